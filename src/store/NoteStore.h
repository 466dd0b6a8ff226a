#pragma once

#include "Database.h"
#include "Error.h"
#include "Note.h"
#include "PageRecord.h"

#include <QList>

namespace scrutineer {

// Reads and writes user notes. Use from the thread that owns the Database.
class NoteStore final {
public:
    explicit NoteStore(Database& database) : m_database(database) { }

    Expected<qint64> add(const Note& note);
    // Changes what the user can change: the text, the kind and whether a question was asked.
    std::optional<Error> update(const Note& note);
    // The boxes of a note's quote on its page, found again by the viewer after a re-import.
    std::optional<Error> setBoxes(qint64 id, const QList<QRectF>& boxes);
    std::optional<Error> remove(qint64 id);
    QList<Note> forMeeting(qint64 meetingId) const;
    // Notes on one version of a document (by SHA-256), page by page: what the viewer draws.
    QList<Note> forDocument(const QString& sha256) const;
    QList<Note> all() const;

    // Boxes as stored: a JSON array of [x, y, width, height] in points (empty text for none).
    static QString boxesToJson(const QList<QRectF>& boxes);
    static QList<QRectF> boxesFromJson(const QString& json);

    // Moves notes anchored to an old version of a document onto its replacement: the page whose
    // text holds the quoted anchor (nearest the old page); a quote printed nowhere in the new
    // version leaves the note at its old page number (the last page when there are fewer),
    // marked orphaned. Boxes are dropped: they were the old version's (the viewer finds the
    // quote again). Returns how many notes were moved. Runs inside the caller's transaction.
    static int reanchor(QSqlDatabase db, const QString& oldSha, const QString& newSha, const QList<PageRecord>& pages);

private:
    Database& m_database;
};

} // namespace scrutineer
