#pragma once

#include "Note.h"
#include "notes/NotesModel.h"

#include <QList>
#include <QString>

#include <optional>

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

// What the notes panel reads about notes and where they sit, from the open database: a meeting's
// notes as the panel lists them (with their agenda item and pack page), the agenda item whose
// papers hold a page, and a new note's meeting, document and item filled in before it is stored.
// Borrows the panel's connection; GUI thread only.
class MeetingNotes final {
public:
    explicit MeetingNotes(Database& database) : m_database(database) { }

    // The meeting's notes, each with where it sits ("Item 5 · Page 12 · PDF p. 14").
    QList<NotesModel::Entry> entries(qint64 meetingId) const;
    // The agenda item whose papers hold the page: the narrowest range that contains it.
    QString itemForPage(qint64 documentId, int pdfPage) const;
    // Where a new note on a page sits, as the editor shows it.
    QString location(const QString& agendaNumber, qint64 documentId, int pdfPage) const;
    // The note ready to store: its document, its meeting (`meetingId`, else the document's), its
    // agenda item (else the page's), its page and boxes only when it has a document. Nothing when
    // it belongs to no meeting.
    std::optional<Note> prepared(Note note, qint64 documentId, qint64 meetingId) const;

    // "Item 5 · Page 12 · PDF p. 14": the parts that are known.
    static QString locationText(const QString& agendaNumber, std::optional<int> packPage, int pdfPage);

private:
    Database& m_database;
};

} // namespace scrutineer::gui
