#pragma once

#include "MeetingStore.h"
#include "meetings/AgendaTreeModel.h"

#include <QObject>
#include <QPointer>

namespace scrutineer::gui {

class AgendaPanel;
class HighlightController;
class MeetingLibrary;
class MeetingsNavigator;
class NotesPanel;
class PdfViewer;

// Keeps the reading room in step: the selected meeting fills the agenda and the notes; an
// "open this page" request from anywhere (agenda, search, notes, import summary) selects its
// meeting and shows the page; the page being read tells the notes which item and page new notes
// belong to. GUI thread only.
class ReadingController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingController)

public:
    struct Views {
        MeetingsNavigator* navigator = nullptr;
        AgendaPanel* agenda = nullptr;
        PdfViewer* viewer = nullptr;
        NotesPanel* notes = nullptr;
    };

    ReadingController(MeetingLibrary* library, const Views& views, QObject* parent = nullptr);

    // A new database: forget the current meeting; the next meetings list selects `meetingId`
    // (the one open last time), else the suggested meeting.
    void resetForDatabase(qint64 meetingToRestore);
    // After an import: the next meetings list opens this document (0 = keep what is shown).
    void openAfterReload(qint64 documentId);
    qint64 currentMeeting() const { return m_meetingId; }
    // Highlights and notes on the page being read.
    HighlightController* highlights() const { return m_highlights; }
    int meetingCount() const { return m_meetingCount; }

public slots:
    void onMeetingsLoaded(const QList<scrutineer::MeetingStore::MeetingSummary>& meetings);
    void showMeeting(qint64 meetingId);
    // Opens a document at a 1-based page and highlights the text there.
    void open(qint64 documentId, int pdfPage, const QString& highlight);
    // Opens a search result (as open()) and selects the agenda item its page belongs to.
    void openResult(qint64 documentId, int pdfPage, const QString& highlight);

signals:
    void meetingChanged(qint64 meetingId);
    void meetingsShown(int count);
    void message(const QString& text);

private:
    void openMeetingDocument();
    void onPageChanged(qint64 documentId, int pdfPage);
    void onSelectionChanged(qint64 documentId, int pdfPage, const QString& text);
    QString agendaNumberAt(qint64 documentId, int pdfPage) const;
    void updateNotesContext();

    MeetingLibrary* m_library;
    Views m_views;
    AgendaTreeModel::Input m_contents;
    qint64 m_meetingId = 0;
    int m_meetingCount = 0;
    bool m_firstLoad = true;
    qint64 m_restoreMeeting = 0;
    qint64 m_openAfterReload = 0;
    bool m_openingDocument = false; // a page request is selecting its meeting: do not auto-open
    QString m_agendaNumber;
    HighlightController* m_highlights = nullptr;
};

} // namespace scrutineer::gui
