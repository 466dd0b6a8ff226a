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
    explicit NoteStore(Database& database) : m_database(database) {}

    Expected<qint64> add(const Note& note);
    std::optional<Error> update(const Note& note);
    std::optional<Error> remove(qint64 id);
    QList<Note> forMeeting(qint64 meetingId) const;
    QList<Note> all() const;

    // Moves notes anchored to an old version of a document onto its replacement: the page whose
    // text holds the quoted anchor (nearest the old page), else the same page number.
    // Returns how many notes were moved. Runs inside the caller's transaction.
    static int reanchor(QSqlDatabase db, const QString& oldSha, const QString& newSha, const QList<PageRecord>& pages);

private:
    Database& m_database;
};

} // namespace scrutineer
