#include "main/MainWindow.h"

#include "ChangeListener.h"
#include "Database.h"
#include "Log.h"
#include "importing/ImportController.h"
#include "importing/ImportDrop.h"
#include "main/AppSettings.h"
#include "main/ConnectDialog.h"
#include "main/DatabaseDialogs.h"
#include "main/DatabaseOpener.h"
#include "main/DatabaseSwitcher.h"
#include "main/DockArrangement.h"
#include "main/EmptyStatePage.h"
#include "main/PreferencesController.h"
#include "main/ReadingController.h"
#include "main/ReadingMode.h"
#include "main/RecentDatabasesMenu.h"
#include "main/WelcomeMode.h"
#include "main/WindowLayout.h"
#include "main/WindowMenus.h"
#include "main/WindowTitle.h"
#include "main/Workspaces.h"
#include "marking/MarkingController.h"
#include "meetings/AgendaPanel.h"
#include "meetings/MeetingLibrary.h"
#include "meetings/MeetingsNavigator.h"
#include "notes/HighlightController.h"
#include "notes/NotesPanel.h"
#include "pdf/PdfViewer.h"
#include "review/ReviewQueuePanel.h"
#include "review/ReviewRoom.h"
#include "search/SearchPanel.h"
#include "tracker/CarryForwardView.h"
#include "tracker/ChairTools.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QToolButton>

namespace scrutineer::gui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_library = new MeetingLibrary(this);
    m_import = new ImportController(this);
    m_drop = new ImportDrop(this, m_import, this);
    m_reading = new ReadingController(
        m_library, {m_ui->meetingsNavigator, m_ui->agendaPanel, m_ui->pdfViewer, m_ui->notesPanel}, this);
    m_recent = new RecentDatabasesMenu(m_ui->menuRecent, m_ui->actionClearRecent, this);
    m_live = new ChangeListener(this);
    m_databases = new DatabaseSwitcher(
        this, [this](const QString& location) { return openDatabase(location); }, [this] { return databasePath(); });
    m_workspaces = new Workspaces(m_ui->centralStack, m_ui->pdfViewer, m_ui->chairTools, this);
    m_ui->chairTools->setLoadOnDemand(true);
    m_carryForward = m_ui->chairTools->createCarryForwardView(m_ui->carryForwardDock);
    m_ui->carryForwardDock->setWidget(m_carryForward);
    m_review = new ReviewRoom(this, m_ui->pdfViewer, this);
    m_workspaces->setReadingUndoStack(m_review->marking()->history());
    m_workspaces->adoptPanelUndoStack(m_review->panel()->history(), m_review->panel());
    m_preferences = new PreferencesController(this, m_ui->actionReadScannedPages);
    m_layout = new WindowLayout(
        this,
        {m_ui->meetingsDock, m_ui->agendaDock, m_ui->carryForwardDock, m_ui->searchDock, m_ui->notesDock,
         m_review->dock()},
        [this] { return m_preferences->preferences().panelLayout; }, this);
    setupMenus();
    m_welcome = std::make_unique<WelcomeMode>(WelcomeMode::Parts {
        m_workspaces, m_layout, m_ui->centralStack, m_ui->emptyStatePage, m_ui->workspaceBar,
        {m_ui->actionFind, m_ui->actionNewNote, m_ui->actionNewQuestion, m_ui->actionExportBriefing,
         m_ui->actionGoMeetings, m_ui->actionGoAgenda, m_ui->actionGoDocument, m_ui->actionGoNotes,
         m_review->marking()->markAction(), m_review->marking()->markPageAction()}});
    connectFeatures();
    statusBar()->addPermanentWidget(m_review->statusButton());
    statusBar()->addPermanentWidget(m_import->progressWidget());
    restoreLayout();
    m_ui->centralStack->setCurrentWidget(m_ui->pdfViewer);
}

MainWindow::~MainWindow() = default;

DatabaseOpener* MainWindow::opener() const
{
    return m_databases->opener();
}

MeetingsNavigator* MainWindow::navigator() const
{
    return m_ui->meetingsNavigator;
}
AgendaPanel* MainWindow::agendaPanel() const
{
    return m_ui->agendaPanel;
}
PdfViewer* MainWindow::viewer() const
{
    return m_ui->pdfViewer;
}
SearchPanel* MainWindow::searchPanel() const
{
    return m_ui->searchPanel;
}
NotesPanel* MainWindow::notesPanel() const
{
    return m_ui->notesPanel;
}
EmptyStatePage* MainWindow::emptyStatePage() const
{
    return m_ui->emptyStatePage;
}
ChairTools* MainWindow::chairTools() const
{
    return m_ui->chairTools;
}
QString MainWindow::databasePath() const
{
    return m_library->databasePath();
}
bool MainWindow::isShowingEmptyState() const
{
    return m_welcome->isShown();
}

void MainWindow::applyPreferences(const Preferences& before, const Preferences& after)
{
    OcrOptions options = m_import->ocrOptions();
    options.enabled = after.ocr;
    m_import->setOcrOptions(options);
    m_import->setWorkerEnabled(after.importInWorker);
    if (before.panelLayout == after.panelLayout)
        return;
    m_readingMode->setActive(false);
    m_layout->setPanelLayout(after.panelLayout);
}

void MainWindow::setupMenus()
{
    m_readingMode = new ReadingMode(this);
    WindowMenus::build(
        this, m_ui.get(),
        {m_workspaces, m_review, m_readingMode, m_preferences, m_reading->highlights(), m_layout->docks()});
    connect(m_ui->actionImport, &QAction::triggered, m_import, &ImportController::chooseFiles);
    connect(m_ui->actionImportFolder, &QAction::triggered, m_import, &ImportController::chooseFolder);
    connect(m_ui->actionOpenSample, &QAction::triggered, m_import, &ImportController::importSample);
    applyPreferences(m_preferences->preferences(), m_preferences->preferences());
    connect(m_preferences, &PreferencesController::changed, this, &MainWindow::applyPreferences);
    connect(m_ui->actionNewDatabase, &QAction::triggered, m_databases, [this] { m_databases->choose(true); });
    connect(m_ui->actionOpenDatabase, &QAction::triggered, m_databases, [this] { m_databases->choose(false); });
    connect(m_ui->actionConnectTeam, &QAction::triggered, this,
            [this] { ConnectDialog::ask(this, [this](const QString& address) { openDatabase(address); }); });
    connect(m_ui->actionExportBriefing, &QAction::triggered, m_ui->notesPanel, &NotesPanel::exportBriefing);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionResetLayout, &QAction::triggered, this, &MainWindow::resetLayout);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_recent, &RecentDatabasesMenu::databaseChosen, this, &MainWindow::openWhenReachable);
}

void MainWindow::openWhenReachable(const QString& location)
{
    m_databases->openWhenReachable(location);
}

void MainWindow::connectFeatures()
{
    EmptyStatePage* empty = m_ui->emptyStatePage;
    connect(empty, &EmptyStatePage::importFilesRequested, m_import, &ImportController::chooseFiles);
    connect(empty, &EmptyStatePage::importFolderRequested, m_import, &ImportController::chooseFolder);
    connect(empty, &EmptyStatePage::sampleRequested, m_import, &ImportController::importSample);
    connect(empty, &EmptyStatePage::openDatabaseRequested, m_databases, [this] { m_databases->choose(false); });

    connect(m_ui->searchPanel, &SearchPanel::openRequested, m_reading, &ReadingController::openResult);
    connectChairTools();
    connectReviewRoom();
    connect(m_import, &ImportController::openRequested, m_reading, &ReadingController::open);
    connect(m_import, &ImportController::started, this, [this] { setImportRunning(true); });
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(m_import, &ImportController::databaseChanged, m_library, &MeetingLibrary::reloadMeetings);
    connect(m_ui->notesPanel, &NotesPanel::notesChanged, m_ui->searchPanel, &SearchPanel::refresh);

    connect(m_library, &MeetingLibrary::loadFailed, this,
            [this](const QString& reason) { m_databases->showError(databasePath(), reason); });
    connect(m_library, &MeetingLibrary::meetingsLoaded, this,
            [](const QList<MeetingStore::MeetingSummary>& meetings, qint64 elapsedMs) {
                log::debug(QStringLiteral("%1 meetings listed in %2 ms").arg(meetings.size()).arg(elapsedMs));
            });
    connect(m_reading, &ReadingController::meetingsShown, this, &MainWindow::onMeetingsShown);
    connect(m_live, &ChangeListener::changed, this, &MainWindow::onOthersChanged);
    connect(m_reading, &ReadingController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
}

void MainWindow::connectChairTools()
{
    ChairTools* tools = m_ui->chairTools;
    // A page asked for from a tool is read in the reading workspace.
    auto read = [this](qint64 documentId, int pdfPage, const QString& highlight) {
        m_workspaces->show(Workspaces::Workspace::Reading);
        m_reading->open(documentId, pdfPage, highlight);
    };
    connect(tools, &ChairTools::openRequested, this, read);
    connect(m_carryForward, &CarryForwardView::openRequested, this, read);
    // Statuses and resolutions feed the navigator's open-action counts and the search index.
    connect(tools, &ChairTools::dataChanged, m_library, &MeetingLibrary::reloadMeetings);
    connect(tools, &ChairTools::dataChanged, m_ui->searchPanel, &SearchPanel::refresh);
    connect(tools, &ChairTools::dataChanged, m_carryForward, &CarryForwardView::reload);
    connect(m_reading, &ReadingController::meetingChanged, this, [this, tools](qint64 meetingId) {
        tools->setMeetingContext(meetingId);
        m_carryForward->setMeeting(meetingId);
    });
    connect(m_workspaces, &Workspaces::currentChanged, this, &MainWindow::onWorkspaceChanged);
    connect(m_ui->agendaPanel, &AgendaPanel::agendaItemChanged, this,
            [this, tools](const QString& number) { tools->setMeetingContext(m_reading->currentMeeting(), number); });
}

void MainWindow::connectReviewRoom()
{
    ChairTools* tools = m_ui->chairTools;
    connect(m_review, &ReviewRoom::openRequested, this, [this](qint64 documentId, int pdfPage, const QString& text) {
        m_workspaces->show(Workspaces::Workspace::Reading);
        m_reading->open(documentId, pdfPage, text);
    });
    connect(m_review, &ReviewRoom::showActionRequested, this, [this, tools](qint64 id) {
        m_workspaces->show(Workspaces::Workspace::Actions);
        tools->selectAction(id);
    });
    connect(m_review, &ReviewRoom::showResolutionRequested, this, [this, tools](const QString& key) {
        m_workspaces->show(Workspaces::Workspace::Resolutions);
        tools->selectResolution(key);
    });
    connect(m_review, &ReviewRoom::showIndicatorRequested, this, [this, tools](const QString& key) {
        m_workspaces->show(Workspaces::Workspace::Performance);
        tools->selectIndicator(key);
    });
    connect(m_review, &ReviewRoom::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connect(m_review, &ReviewRoom::dataChanged, this, [this, tools] {
        tools->reload();
        m_library->reloadMeetings();
        m_ui->searchPanel->refresh();
        m_carryForward->reload();
    });
    connect(tools, &ChairTools::dataChanged, m_review, &ReviewRoom::reload);
}

void MainWindow::onWorkspaceChanged(Workspaces::Workspace workspace)
{
    // The tools are wide tables: they get the window to themselves, and the reading room's docks
    // come back as they were.
    const bool reading = workspace == Workspaces::Workspace::Reading;
    if (!reading)
        m_readingMode->setActive(false); // the docks come back before they are put away
    m_layout->setReading(reading);
}

bool MainWindow::openDatabase(const QString& path, QString* error)
{
    const QString previous = m_library->databasePath();
    if (auto failed = m_library->setDatabasePath(path)) {
        const QString reason = failed->describe();
        if (error)
            *error = reason;
        if (!previous.isEmpty() && !m_library->setDatabasePath(previous))
            m_library->reloadMeetings();
        m_databases->showError(path, reason);
        return false;
    }
    const QString opened = m_library->databasePath();
    m_reading->resetForDatabase(AppSettings::lastMeeting(opened));
    m_ui->searchPanel->setDatabasePath(opened);
    m_ui->notesPanel->setDatabasePath(opened);
    m_import->setDatabasePath(opened);
    m_ui->emptyStatePage->setDatabasePath(opened);
    m_ui->chairTools->setDatabasePath(opened);
    m_carryForward->setDatabasePath(opened);
    m_review->setDatabasePath(opened);
    AppSettings::setLastDatabase(opened);
    AppSettings::addRecentDatabase(opened);
    m_live->listenTo(opened);
    m_mayImport = m_library->mayImport();
    setImportRunning(m_import->isRunning());
    m_meetingsKnown = false;
    // Decide the welcome page now, so a new user never sees empty docks flash by.
    m_welcome->setShown(!m_library->hasMeetings());
    updateTitle();
    m_library->reloadMeetings();
    return true;
}

void MainWindow::onMeetingsShown(int count)
{
    if (count > 0 && std::exchange(m_startReading, false) && m_preferences->preferences().startInReadingMode)
        m_readingMode->setActive(true);
    m_meetingsKnown = true;
    m_welcome->setShown(count == 0);
    updateTitle();
}

void MainWindow::onImportFinished(const ImportSummary& summary)
{
    setImportRunning(false);
    // One new document: show it, as the sample pack and a single dropped file expect.
    qint64 only = 0;
    int written = 0;
    for (const ImportFileResult& file : summary.files) {
        if (file.status == ImportFileResult::Status::Imported || file.status == ImportFileResult::Status::Replaced) {
            only = file.documentId;
            ++written;
        }
    }
    if (written == 1)
        m_reading->openAfterReload(only);
    m_ui->searchPanel->refresh();
    m_ui->notesPanel->refresh();
    m_ui->chairTools->reload();
    m_carryForward->reload();
    m_review->reload();
}

void MainWindow::onOthersChanged(const QSet<QString>& tables)
{
    // Someone else imported or edited: the open views read again, keeping what is selected.
    m_library->reloadMeetings();
    m_ui->searchPanel->refresh();
    if (tables.contains(QStringLiteral("note")))
        m_ui->notesPanel->refresh();
    m_ui->chairTools->reload();
    m_carryForward->reload();
    m_review->reload(); // the queue, and the tables others marked on the shown document
}

void MainWindow::setImportRunning(bool running)
{
    // A reader of a team database may not import at all.
    for (QAction* action : {m_ui->actionImport, m_ui->actionImportFolder, m_ui->actionOpenSample})
        action->setEnabled(!running && m_mayImport);
    for (QAction* action : {m_ui->actionNewDatabase, m_ui->actionOpenDatabase, m_ui->actionConnectTeam})
        action->setEnabled(!running);
    m_ui->menuRecent->setEnabled(!running);
    m_drop->setMayImport(m_mayImport);
    m_ui->emptyStatePage->setImportRunning(running || !m_mayImport);
}

void MainWindow::updateTitle()
{
    WindowTitle::show(this, databasePath(),
                      m_meetingsKnown ? std::optional<int>(m_reading->meetingCount()) : std::nullopt);
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About Scrutineer"),
                                tr("<h3>Scrutineer %1</h3><p>Agenda packs, minutes and actions for council "
                                   "scrutiny, searchable in one place.</p><p>Free software under the GNU General "
                                   "Public License, version 3 or later.</p>")
                                    .arg(QStringLiteral(SCRUTINEER_VERSION)),
                                QMessageBox::Ok, this);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreLayout()
{
    const AppSettings::Layout layout = AppSettings::layout();
    m_layout->restore(layout);
    m_ui->pdfViewer->restoreState(layout.viewer);
    m_ui->meetingsNavigator->restoreState(layout.navigator);
    m_ui->agendaPanel->restoreState(layout.agenda);
}

void MainWindow::saveLayout()
{
    AppSettings::Layout layout;
    m_layout->save(layout);
    layout.viewer = m_ui->pdfViewer->saveState();
    layout.navigator = m_ui->meetingsNavigator->saveState();
    layout.agenda = m_ui->agendaPanel->saveState();
    AppSettings::setLayout(layout);
}

void MainWindow::resetLayout()
{
    m_workspaces->show(Workspaces::Workspace::Reading);
    m_layout->reset();
    m_ui->pdfViewer->thumbnailsAction()->setChecked(false);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_readingMode->setActive(false); // the layout is saved with its panels
    saveLayout();
    m_import->cancel();
    event->accept();
}

} // namespace scrutineer::gui
