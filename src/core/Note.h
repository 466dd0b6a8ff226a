#pragma once

#include <QDateTime>
#include <QString>

namespace scrutineer {

// A councillor's private note or "question to ask", anchored to a meeting, optionally an agenda
// item, and a page with a quoted piece of its text (so it can be found again in a new version
// of the pack). User data: never touched by an import.
struct Note {
    enum class Kind { Note, Question };
    qint64 id = 0;
    qint64 meetingId = 0;
    QString agendaNumber;
    QString documentSha256;
    int pdfPage = 0;
    QString anchorText;
    Kind kind = Kind::Note;
    QString body;
    bool done = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace scrutineer
