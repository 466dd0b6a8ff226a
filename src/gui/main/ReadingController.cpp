#include "main/ReadingController.h"

#include "DomainEnums.h"
#include "Log.h"
#include "main/AppSettings.h"
#include "meetings/AgendaLabels.h"
#include "meetings/AgendaPanel.h"
#include "meetings/MeetingLibrary.h"
#include "meetings/MeetingsModel.h"
#include "meetings/MeetingsNavigator.h"
#include "notes/HighlightController.h"
#include "notes/NotesPanel.h"
#include "pdf/PdfView.h"
#include "pdf/PdfViewer.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace scrutineer::gui {

ReadingController::ReadingController(MeetingLibrary* library, const Views& views, QObject* parent)
    : QObject(parent), m_library(library), m_views(views)
{
    connect(library, &MeetingLibrary::meetingsLoaded, this, &ReadingController::onMeetingsLoaded);
    connect(views.navigator, &MeetingsNavigator::meetingSelected, this, &ReadingController::showMeeting);
    connect(views.agenda, &AgendaPanel::openRequested, this, &ReadingController::open);
    connect(views.agenda, &AgendaPanel::agendaItemChanged, this, [this](const QString& number) {
        m_agendaNumber = number;
        updateNotesContext();
    });
    connect(views.viewer, &PdfViewer::currentPageChanged, this, &ReadingController::onPageChanged);
    connect(views.viewer, &PdfViewer::selectionChanged, this, &ReadingController::onSelectionChanged);
    connect(views.notes, &NotesPanel::openRequested, this, &ReadingController::open);
    m_highlights = new HighlightController(views.viewer, views.notes, this);
}

void ReadingController::resetForDatabase(qint64 meetingToRestore)
{
    m_firstLoad = true;
    m_restoreMeeting = meetingToRestore;
    m_openAfterReload = 0;
    m_meetingId = 0;
    m_meetingCount = 0;
    m_contents = {};
    m_views.agenda->clear();
    m_views.notes->setMeeting(0);
    m_views.viewer->showMessage(tr("Choose a meeting, then an agenda item, to read its papers here."));
}

void ReadingController::openAfterReload(qint64 documentId)
{
    m_openAfterReload = documentId;
}

void ReadingController::onMeetingsLoaded(const QList<MeetingStore::MeetingSummary>& meetings)
{
    m_meetingCount = int(meetings.size());
    m_views.navigator->setMeetings(meetings, QDate::currentDate());
    emit meetingsShown(m_meetingCount);
    if (m_openAfterReload > 0) {
        const qint64 document = m_openAfterReload;
        m_openAfterReload = 0;
        m_firstLoad = false;
        open(document, 1, {});
        return;
    }
    if (m_meetingId > 0) {
        // Still listed: refresh what hangs off it (an import may have added minutes or actions).
        if (m_views.navigator->model()->meeting(m_meetingId))
            showMeeting(m_meetingId);
        return;
    }
    if (!m_firstLoad || meetings.isEmpty())
        return;
    m_firstLoad = false;
    const MeetingsModel* model = m_views.navigator->model();
    const qint64 wanted
        = m_restoreMeeting > 0 && model->meeting(m_restoreMeeting) ? m_restoreMeeting : model->suggestedMeeting();
    if (wanted > 0)
        m_views.navigator->selectMeeting(wanted);
}

void ReadingController::showMeeting(qint64 meetingId)
{
    const bool changed = meetingId != m_meetingId;
    m_meetingId = meetingId;
    const MeetingStore::MeetingSummary* summary = m_views.navigator->model()->meeting(meetingId);
    if (!summary) {
        m_contents = {};
        m_views.agenda->clear();
        m_views.notes->setMeeting(0);
        emit meetingChanged(0);
        return;
    }
    QElapsedTimer timer;
    timer.start();
    m_contents = m_library->meetingContents(meetingId);
    m_views.agenda->showMeeting(*summary, m_contents);
    log::debug(QStringLiteral("meeting %1 shown in %2 ms").arg(meetingId).arg(timer.elapsed()));
    m_views.notes->setMeeting(meetingId);
    AppSettings::setLastMeeting(m_library->databasePath(), meetingId);
    if (changed) {
        m_agendaNumber.clear();
        emit meetingChanged(meetingId);
        if (!m_openingDocument)
            openMeetingDocument();
    }
    updateNotesContext();
}

void ReadingController::openMeetingDocument()
{
    // Stay on the page being read when it already belongs to this meeting.
    for (const MeetingStore::DocumentSummary& document : m_contents.documents) {
        if (document.id == m_views.viewer->documentId())
            return;
    }
    if (m_contents.documents.isEmpty()) {
        m_views.viewer->showMessage(tr("No document of this meeting has been imported; its details come from "
                                       "another meeting's pack."));
        return;
    }
    // The meeting's own agenda pack first, else whatever was published for it.
    const MeetingStore::DocumentSummary* chosen = &m_contents.documents.first();
    for (const MeetingStore::DocumentSummary& document : m_contents.documents) {
        if (documentKindFromString(document.kind) == DocumentKind::AgendaPack) {
            chosen = &document;
            break;
        }
    }
    open(chosen->id, 1, {});
}

void ReadingController::open(qint64 documentId, int pdfPage, const QString& highlight)
{
    const auto document = m_library->document(documentId);
    if (!document) {
        emit message(tr("That document is no longer in the database."));
        return;
    }
    if (document->meetingId > 0 && document->meetingId != m_meetingId) {
        m_openingDocument = true;
        if (!m_views.navigator->selectMeeting(document->meetingId))
            showMeeting(document->meetingId);
        m_openingDocument = false;
    }
    if (document->filePath.isEmpty()) {
        m_views.viewer->showMessage(tr("%1 was imported without a file location, so it cannot be shown. Import "
                                       "the PDF again to read it here (your notes are kept).")
                                        .arg(document->fileName));
        return;
    }
    if (!QFileInfo::exists(document->filePath)) {
        m_views.viewer->showMessage(tr("%1 is no longer at %2. It may have been moved or deleted: import it again "
                                       "from its new place to read it here (your notes are kept).")
                                        .arg(document->fileName, QDir::toNativeSeparators(document->filePath)));
        return;
    }
    PdfViewer::Document shown;
    shown.id = document->id;
    shown.path = document->filePath;
    shown.title = QStringLiteral("%1 · %2").arg(AgendaLabels::documentKind(document->kind), document->fileName);
    shown.packPages = m_library->packPages(document->id);
    shown.key = document->sha256;
    shown.ocrPages = m_library->ocrPages(document->id);
    m_views.viewer->showDocument(shown, pdfPage, highlight);
}

void ReadingController::openResult(qint64 documentId, int pdfPage, const QString& highlight)
{
    open(documentId, pdfPage, highlight);
    const QString number = agendaNumberAt(documentId, pdfPage);
    if (m_views.agenda->selectAgendaItem(number))
        m_agendaNumber = number;
    updateNotesContext();
}

void ReadingController::onPageChanged(qint64 documentId, int pdfPage)
{
    const QString number = agendaNumberAt(documentId, pdfPage);
    if (!number.isEmpty())
        m_agendaNumber = number;
    updateNotesContext();
}

void ReadingController::onSelectionChanged(qint64, int, const QString&)
{
    updateNotesContext();
}

QString ReadingController::agendaNumberAt(qint64 documentId, int pdfPage) const
{
    QString found;
    int narrowest = 0;
    for (const MeetingStore::AgendaEntry& entry : m_contents.agenda) {
        const int last = std::max(entry.pdfFirst, entry.pdfLast);
        if (entry.documentId != documentId || entry.pdfFirst <= 0 || pdfPage < entry.pdfFirst || pdfPage > last)
            continue;
        // The narrowest range wins: an item nested inside a wider range (an appendix, a part).
        const int width = last - entry.pdfFirst + 1;
        if (found.isEmpty() || width < narrowest) {
            found = entry.number;
            narrowest = width;
        }
    }
    return found;
}

void ReadingController::updateNotesContext()
{
    // Words selected on the page anchor the next note there (as a highlight of them), whichever
    // page the reading line is on.
    const PdfView* view = m_views.viewer->view();
    const qint64 document = m_views.viewer->documentId();
    if (view->selectionPage() > 0 && view->selectionPage() != m_views.viewer->currentPage()) {
        m_views.notes->setContext(document, view->selectionPage(), agendaNumberAt(document, view->selectionPage()),
                                  view->selectedText(), view->selectionBoxes());
        return;
    }
    m_views.notes->setContext(document, m_views.viewer->currentPage(), m_agendaNumber, view->selectedText(),
                              view->selectionBoxes());
}

} // namespace scrutineer::gui
