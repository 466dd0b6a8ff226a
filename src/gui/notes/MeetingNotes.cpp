#include "notes/MeetingNotes.h"

#include "Database.h"
#include "MeetingStore.h"
#include "NoteStore.h"
#include "notes/NotesPanel.h"

#include <QHash>

#include <climits>

namespace scrutineer::gui {

QString MeetingNotes::locationText(const QString& agendaNumber, std::optional<int> packPage, int pdfPage)
{
    QStringList parts;
    if (!agendaNumber.isEmpty())
        parts << NotesPanel::tr("Item %1").arg(agendaNumber);
    if (pdfPage > 0) {
        if (packPage && *packPage != pdfPage)
            parts << NotesPanel::tr("Page %1 · PDF p. %2").arg(*packPage).arg(pdfPage);
        else
            parts << NotesPanel::tr("Page %1").arg(pdfPage);
    }
    return parts.join(QStringLiteral(" · "));
}

QList<NotesModel::Entry> MeetingNotes::entries(qint64 meetingId) const
{
    QList<NotesModel::Entry> entries;
    MeetingStore meetings(m_database);
    QHash<QString, qint64> documentBySha;
    for (const MeetingStore::DocumentSummary& d : meetings.documents(meetingId))
        documentBySha.insert(d.sha256, d.id);
    for (const Note& note : NoteStore(m_database).forMeeting(meetingId)) {
        NotesModel::Entry entry;
        entry.note = note;
        entry.documentId = documentBySha.value(note.documentSha256);
        const std::optional<int> pack = entry.documentId > 0 && note.pdfPage > 0
            ? meetings.packPage(entry.documentId, note.pdfPage)
            : std::nullopt;
        entry.location = locationText(note.agendaNumber, pack, note.pdfPage);
        entry.pageLocation = locationText(QString(), pack, note.pdfPage);
        if (note.orphaned) {
            const QString lost = NotesPanel::tr("the revised pack no longer prints the quote");
            entry.location = entry.location.isEmpty() ? lost : entry.location + QStringLiteral(" · ") + lost;
            entry.pageLocation
                = entry.pageLocation.isEmpty() ? lost : entry.pageLocation + QStringLiteral(" · ") + lost;
        }
        entries.append(entry);
    }
    return entries;
}

QString MeetingNotes::itemForPage(qint64 documentId, int pdfPage) const
{
    if (documentId <= 0 || pdfPage <= 0)
        return {};
    const auto document = MeetingStore(m_database).document(documentId);
    if (!document || document->meetingId <= 0)
        return {};
    QString best;
    int bestSpan = INT_MAX;
    for (const MeetingStore::AgendaEntry& item : MeetingStore(m_database).agenda(document->meetingId)) {
        if (item.documentId == documentId && item.pdfFirst > 0 && item.pdfFirst <= pdfPage && pdfPage <= item.pdfLast
            && item.pdfLast - item.pdfFirst < bestSpan) {
            best = item.number;
            bestSpan = item.pdfLast - item.pdfFirst;
        }
    }
    return best;
}

QString MeetingNotes::location(const QString& agendaNumber, qint64 documentId, int pdfPage) const
{
    std::optional<int> pack;
    if (documentId > 0 && pdfPage > 0)
        pack = MeetingStore(m_database).packPage(documentId, pdfPage);
    return locationText(agendaNumber, pack, pdfPage);
}

std::optional<Note> MeetingNotes::prepared(Note note, qint64 documentId, qint64 meetingId) const
{
    const int pdfPage = note.pdfPage;
    const QString agendaNumber = note.agendaNumber;
    note.meetingId = meetingId;
    MeetingStore meetings(m_database);
    if (documentId > 0) {
        if (auto document = meetings.document(documentId)) {
            note.documentSha256 = document->sha256;
            if (note.meetingId <= 0)
                note.meetingId = document->meetingId;
        }
    }
    if (note.meetingId <= 0)
        return std::nullopt;
    note.agendaNumber = agendaNumber.isEmpty() ? itemForPage(documentId, pdfPage) : agendaNumber;
    note.pdfPage = note.documentSha256.isEmpty() ? 0 : pdfPage;
    note.anchorText = note.anchorText.simplified();
    if (note.pdfPage <= 0)
        note.boxes.clear();
    return note;
}

} // namespace scrutineer::gui
