#pragma once

#include "main/Preferences.h"
#include "main/Workspaces.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace scrutineer {
class ChangeListener;
}

namespace scrutineer::gui {

class AgendaPanel;
class CarryForwardView;
class ChairTools;
class EmptyStatePage;
class ImportController;
class ImportDrop;
class MeetingLibrary;
class MeetingsNavigator;
class NotesPanel;
class PdfViewer;
class PreferencesController;
class ReadingController;
class ReadingMode;
class RecentDatabasesMenu;
class ReviewRoom;
class SearchPanel;
class WelcomeMode;
class WindowLayout;
struct ImportSummary;
class DatabaseOpener;
class DatabaseSwitcher;

// The reading room's window. It only wires features together: meetings navigator and agenda
// (docks), the document viewer or a chair's tool (workspaces), search, notes and carried-forward
// actions (docks), the import controller (files dropped on the window: ImportDrop), menus, the
// welcome page (WelcomeMode), the title and status bar (WindowTitle), and the layout and database
// remembered between runs. GUI thread only.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (creating if needed) a database and shows its meetings; on failure keeps the current
    // one and returns the reason.
    bool openDatabase(const QString& path, QString* error = nullptr);
    // Opens a file at once, and a team database once its server has answered (tried off the GUI
    // thread, so the window stays usable). If nothing is open yet and the server cannot be
    // reached, the embedded default library opens instead, and the user is told why.
    void openWhenReachable(const QString& location);
    DatabaseOpener* opener() const;
    QString databasePath() const;
    bool isShowingEmptyState() const;

    MeetingsNavigator* navigator() const;
    AgendaPanel* agendaPanel() const;
    PdfViewer* viewer() const;
    SearchPanel* searchPanel() const;
    NotesPanel* notesPanel() const;
    EmptyStatePage* emptyStatePage() const;
    ImportController* importController() const { return m_import; }
    MeetingLibrary* library() const { return m_library; }
    ReadingController* reading() const { return m_reading; }
    ChairTools* chairTools() const;
    CarryForwardView* carryForward() const { return m_carryForward; }
    Workspaces* workspaces() const { return m_workspaces; }
    ReviewRoom* reviewRoom() const { return m_review; }
    PreferencesController* preferences() const { return m_preferences; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setupMenus();
    void connectFeatures();
    void connectChairTools();
    void connectReviewRoom();
    void applyPreferences(const Preferences& before, const Preferences& after);
    void onWorkspaceChanged(Workspaces::Workspace workspace);
    void restoreLayout();
    void saveLayout();
    void resetLayout();
    void updateTitle();
    void onMeetingsShown(int count);
    void onImportFinished(const ImportSummary& summary);
    void onOthersChanged(const QSet<QString>& tables);
    void setImportRunning(bool running);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    MeetingLibrary* m_library = nullptr;
    ReadingController* m_reading = nullptr;
    ImportController* m_import = nullptr;
    ImportDrop* m_drop = nullptr; // files dropped on the window
    RecentDatabasesMenu* m_recent = nullptr;
    Workspaces* m_workspaces = nullptr;
    CarryForwardView* m_carryForward = nullptr;
    ChangeListener* m_live = nullptr; // other people's changes to a team database
    DatabaseSwitcher* m_databases = nullptr; // opening another library
    bool m_mayImport = true;
    ReviewRoom* m_review = nullptr;
    ReadingMode* m_readingMode = nullptr;
    PreferencesController* m_preferences = nullptr;
    WindowLayout* m_layout = nullptr;
    std::unique_ptr<WelcomeMode> m_welcome; // the welcome page while there are no meetings
    bool m_startReading = true; // reading mode at start-up, when the preferences ask for it
    bool m_meetingsKnown = false;
};

} // namespace scrutineer::gui
