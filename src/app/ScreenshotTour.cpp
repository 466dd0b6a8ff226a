#include "ScreenshotTour.h"

#include "importing/ImportController.h"
#include "importing/ImportSummaryDialog.h"
#include "main/MainWindow.h"
#include "main/ReadingController.h"
#include "meetings/MeetingsNavigator.h"
#include "main/Workspaces.h"
#include "meetings/AgendaPanel.h"
#include "meetings/AgendaTreeModel.h"
#include "notes/HighlightController.h"
#include "notes/NotesPanel.h"
#include "pdf/PageText.h"
#include "pdf/PdfView.h"
#include "pdf/PdfViewer.h"
#include "search/SearchPanel.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QPixmap>
#include <QTimer>

namespace scrutineer::app {

ScreenshotTour::ScreenshotTour(gui::MainWindow* window, const QString& directory, QObject* parent)
    : QObject(parent), m_window(window), m_directory(directory)
{
    m_directory.mkpath(QStringLiteral("."));
    // SCRUTINEER_SCREENSHOT_SIZE=1280x800 takes the tour at another window size.
    const QStringList size = qEnvironmentVariable("SCRUTINEER_SCREENSHOT_SIZE").split(QLatin1Char('x'));
    if (size.size() == 2 && size.at(0).toInt() > 0 && size.at(1).toInt() > 0)
        window->resize(size.at(0).toInt(), size.at(1).toInt());
    else
        window->resize(1440, 900);
    after(1200, [this] {
        if (m_window->isShowingEmptyState())
            grab(m_window, QStringLiteral("01-welcome"));
        importSample();
    });
}

void ScreenshotTour::grab(QWidget* widget, const QString& name)
{
    widget->grab().save(m_directory.filePath(name + QStringLiteral(".png")));
}

void ScreenshotTour::after(int ms, const std::function<void()>& step)
{
    QTimer::singleShot(ms, this, step);
}

void ScreenshotTour::importSample()
{
    gui::ImportController* import = m_window->importController();
    if (!m_window->isShowingEmptyState()) {
        // The archive already has meetings: tour them as they are, from the meeting
        // SCRUTINEER_SCREENSHOT_MEETING names (its id) when set.
        if (const int meeting = qEnvironmentVariableIntValue("SCRUTINEER_SCREENSHOT_MEETING"); meeting > 0)
            m_window->navigator()->selectMeeting(meeting);
        after(1500, [this] { showAgendaItem(); });
        return;
    }
    connect(
        import, &gui::ImportController::finished, this,
        [this, import] {
            after(600, [this, import] {
                if (gui::ImportSummaryDialog* dialog = import->summaryDialog(); dialog && dialog->isVisible()) {
                    grab(dialog, QStringLiteral("02-import-summary"));
                    dialog->close();
                }
                after(1500, [this] {
                    grab(m_window, QStringLiteral("03-reading-room"));
                    showAgendaItem();
                });
            });
        },
        Qt::SingleShotConnection);
    import->importSample();
}

void ScreenshotTour::showAgendaItem()
{
    gui::AgendaTreeModel* model = m_window->agendaPanel()->model();
    // The last agenda item with pages: usually a report deep in the pack.
    QModelIndex chosen;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(gui::AgendaTreeModel::PdfPageRole).toInt() > 1
            && index.data(gui::AgendaTreeModel::KindRole).value<gui::AgendaTreeModel::Kind>()
                == gui::AgendaTreeModel::Kind::Item)
            chosen = index;
    }
    if (chosen.isValid())
        m_window->agendaPanel()->openRow(chosen);
    after(1500, [this] {
        grab(m_window, QStringLiteral("04-agenda-item"));
        auto* reading = m_window->findChild<QAction*>(QStringLiteral("actionReadingMode"));
        if (!reading)
            return search();
        reading->trigger();
        after(1200, [this, reading] {
            grab(m_window, QStringLiteral("04b-reading-mode"));
            reading->trigger();
            search();
        });
    });
}

void ScreenshotTour::search()
{
    if (auto* find = m_window->findChild<QAction*>(QStringLiteral("actionFind")))
        find->trigger();
    m_window->searchPanel()->setQuery(QStringLiteral("report"));
    after(1500, [this] {
        grab(m_window, QStringLiteral("05-search"));
        notes();
    });
}

void ScreenshotTour::notes()
{
    gui::NotesPanel* notes = m_window->notesPanel();
    const qint64 document = m_window->viewer()->documentId();
    const int page = m_window->viewer()->currentPage();
    notes->addNoteAt(tr("Compare the figures with last year's report before the meeting."), false, {}, document, page);
    notes->addNoteAt(tr("What is the timetable for the recommendations, and who will report back?"), true, {}, document,
                     page);
    if (auto* go = m_window->findChild<QAction*>(QStringLiteral("actionGoNotes")))
        go->trigger();
    // Highlights on the page: two lines kept as a highlight, the next two with a question on them.
    gui::PdfView* view = m_window->viewer()->view();
    view->requestPageText(page);
    after(600, [this, view, page] {
        const gui::PageText text = view->pageText(page);
        auto lineRange = [&text](int firstLine, int lastLine) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < text.size(); ++i) {
                const int line = text.words().at(i).line;
                if (line >= firstLine && line <= lastLine) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            return std::make_pair(first, last);
        };
        if (const auto [first, last] = lineRange(3, 4); first >= 0) {
            view->selectWords(page, first, last);
            m_window->reading()->highlights()->highlightSelection();
        }
        if (const auto [first, last] = lineRange(6, 7); first >= 0) {
            view->selectWords(page, first, last);
            m_window->notesPanel()->addNoteAt(tr("Ask which of these figures the committee can compare year on year."),
                                              true, {}, m_window->viewer()->documentId(), page, view->selectedText(),
                                              view->selectionBoxes());
            view->clearSelection();
        }
    });
    after(1800, [this] {
        grab(m_window, QStringLiteral("06-notes"));
        if (auto* carried = m_window->findChild<QDockWidget*>(QStringLiteral("carryForwardDock"))) {
            carried->show();
            carried->raise();
        }
        after(1200, [this] {
            grab(m_window, QStringLiteral("06b-carried-forward"));
            chairTools();
        });
    });
}

void ScreenshotTour::chairTools()
{
    // Reading is the first workspace; then actions, resolutions, performance and reports. One at a
    // time: each is grabbed before the next is shown, however slowly a busy machine loads them.
    const QList<QAction*> workspaces = m_window->workspaces()->actions();
    showWorkspace(workspaces, 1);
}

void ScreenshotTour::showWorkspace(const QList<QAction*>& workspaces, int i)
{
    if (i >= workspaces.size()) {
        after(800, [] { QCoreApplication::quit(); });
        return;
    }
    QAction* action = workspaces.at(i);
    action->trigger();
    after(1500, [this, workspaces, action, i] {
        grab(m_window, QStringLiteral("%1-%2")
                           .arg(6 + i, 2, 10, QLatin1Char('0'))
                           .arg(action->objectName().remove(QStringLiteral("actionWorkspace")).toLower()));
        showWorkspace(workspaces, i + 1);
    });
}

} // namespace scrutineer::app
