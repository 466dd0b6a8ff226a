#pragma once

#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>

namespace scrutineer {

// A councillor's private note or "question to ask", anchored to a meeting, optionally an agenda
// item, and a page with a quoted piece of its text (so it can be found again in a new version
// of the pack). A note with boxes is a highlight on the page: the boxes (PDF points, on its
// page) cover the quoted words; kind Highlight is one with nothing written about it yet.
// User data: an import only moves it to the page of a new version that prints its quote.
struct Note {
    enum class Kind { Note, Question, Highlight };
    qint64 id = 0;
    qint64 meetingId = 0;
    QString agendaNumber;
    QString documentSha256;
    int pdfPage = 0;
    QString anchorText;
    // The quoted words' boxes on this version of the document (empty for a note on a page, and
    // for a highlight moved to a revised version until the viewer finds its quote again).
    QList<QRectF> boxes;
    // A revised version no longer prints the quote: the note stays at its old page number.
    bool orphaned = false;
    Kind kind = Kind::Note;
    QString body;
    bool done = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString owner; // who wrote it (the server role, or the login name); empty when not recorded
};

} // namespace scrutineer
