// The officers' and chairs' tools inside the main window: the workspace bar switches between the
// pack and each tool, a tool has the window to itself and the reading docks come back, a tool's
// "open page" reads the pack at that page, status edits refresh the navigator's open-action
// counts, tools load only when first shown, and the selected meeting reaches the tools and the carried-forward list.
#include "GuiFixtures.h"
#include "main/MainWindow.h"
#include "main/Workspaces.h"
#include "meetings/MeetingsModel.h"
#include "meetings/MeetingsNavigator.h"
#include "pdf/PdfView.h"
#include "pdf/PdfViewer.h"
#include "performance/PerformanceView.h"
#include "tracker/ActionTracker.h"
#include "tracker/CarryForwardView.h"
#include "tracker/ChairTools.h"

#include <QAction>
#include <QDockWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>

namespace gui = scrutineer::gui;
namespace fx = scrutineer::testing;
using scrutineer::ActionStatus;
using scrutineer::Database;
using gui::MainWindow;
using gui::Workspaces;

namespace {

class WorkspacesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto database = Database::open(m_dir.databasePath());
        ASSERT_TRUE(database.hasValue());
        m_documentId = fx::writeBundle(*database.value(),
                                       fx::childrenPack(m_dir.path(QStringLiteral("next.pdf")), QDate::currentDate().addDays(7)));
        QSqlQuery q(database.value()->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM action ORDER BY id LIMIT 1")) && q.next());
        m_actionId = q.value(0).toLongLong();
        database.value().reset();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 850);
        m_window->show();
        ASSERT_TRUE(m_window->openDatabase(m_dir.databasePath()));
        ASSERT_TRUE(fx::waitUntil([&] { return m_window->navigator()->model()->meetingCount() == 1; }, 10000));
        ASSERT_TRUE(fx::waitUntil([&] { return m_window->viewer()->documentId() == m_documentId; }, 10000));
    }

    QAction* workspaceAction(const QString& name) const
    {
        for (QAction* action : m_window->workspaces()->actions())
            if (action->objectName() == name)
                return action;
        return nullptr;
    }
    QStackedWidget* stack() const { return m_window->findChild<QStackedWidget*>(QStringLiteral("centralStack")); }
    QDockWidget* dock(const QString& name) const { return m_window->findChild<QDockWidget*>(name); }
    int openActionsShown() const
    {
        const gui::MeetingsModel* model = m_window->navigator()->model();
        return model->index(0, 0, model->index(0, 0)).data(gui::MeetingsModel::OpenActionsRole).toInt();
    }

    fx::GuiTestDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_documentId = 0;
    qint64 m_actionId = 0;
};

} // namespace

TEST_F(WorkspacesTest, TheBarSwitchesBetweenThePackAndEachTool)
{
    ASSERT_EQ(m_window->workspaces()->actions().size(), 6);
    EXPECT_EQ(stack()->currentWidget(), m_window->viewer());
    EXPECT_TRUE(dock(QStringLiteral("meetingsDock"))->isVisible());

    QAction* actions = workspaceAction(QStringLiteral("actionWorkspaceActions"));
    ASSERT_NE(actions, nullptr);
    EXPECT_EQ(actions->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    actions->trigger();
    EXPECT_EQ(stack()->currentWidget(), m_window->chairTools());
    EXPECT_EQ(m_window->chairTools()->currentWidget(), m_window->chairTools()->actions());
    EXPECT_TRUE(actions->isChecked());
    // The tool has the window to itself.
    EXPECT_FALSE(dock(QStringLiteral("meetingsDock"))->isVisible());
    EXPECT_FALSE(dock(QStringLiteral("searchDock"))->isVisible());

    // A tool reads the database only once it is shown.
    EXPECT_TRUE(m_window->chairTools()->performance()->databasePath().isEmpty());
    workspaceAction(QStringLiteral("actionWorkspacePerformance"))->trigger();
    EXPECT_EQ(m_window->chairTools()->currentWidget(), m_window->chairTools()->performance());
    EXPECT_EQ(m_window->chairTools()->performance()->databasePath(), m_window->databasePath());
    EXPECT_EQ(m_window->workspaces()->current(), Workspaces::Workspace::Performance);

    workspaceAction(QStringLiteral("actionWorkspaceReading"))->trigger();
    EXPECT_EQ(stack()->currentWidget(), m_window->viewer());
    EXPECT_TRUE(dock(QStringLiteral("meetingsDock"))->isVisible());
    EXPECT_TRUE(dock(QStringLiteral("searchDock"))->isVisible() || dock(QStringLiteral("notesDock"))->isVisible());
}

TEST_F(WorkspacesTest, AToolsOpenPageRequestIsReadInThePack)
{
    workspaceAction(QStringLiteral("actionWorkspaceActions"))->trigger();
    QSignalSpy highlighted(m_window->viewer()->view(), &gui::PdfView::highlightShown);
    emit m_window->chairTools()->openRequested(m_documentId, 3, QStringLiteral("foster carers"));
    EXPECT_EQ(m_window->workspaces()->current(), Workspaces::Workspace::Reading);
    EXPECT_EQ(stack()->currentWidget(), m_window->viewer());
    ASSERT_TRUE(highlighted.wait(10000));
    EXPECT_EQ(m_window->viewer()->currentPage(), 3);
}

TEST_F(WorkspacesTest, AStatusChangeInTheTrackerUpdatesTheNavigatorsCount)
{
    gui::ActionTracker* tracker = m_window->chairTools()->actions();
    ASSERT_TRUE(fx::waitUntil([&] { return openActionsShown() == 1; }, 10000));
    QSignalSpy loaded(tracker, &gui::ActionTracker::loaded);
    workspaceAction(QStringLiteral("actionWorkspaceActions"))->trigger();
    ASSERT_TRUE(loaded.wait(10000));
    QSignalSpy changed(tracker, &gui::ActionTracker::actionsChanged);
    tracker->setStatus({m_actionId}, ActionStatus::Complete, QStringLiteral("Done at the last meeting"));
    ASSERT_TRUE(fx::waitUntil([&] { return changed.count() > 0; }, 10000));
    EXPECT_TRUE(fx::waitUntil([&] { return openActionsShown() == 0; }, 10000));
}

TEST_F(WorkspacesTest, TheSelectedMeetingReachesTheCarriedForwardList)
{
    const qint64 meeting = m_window->navigator()->currentMeeting();
    ASSERT_GT(meeting, 0);
    EXPECT_EQ(m_window->carryForward()->meetingId(), meeting);
    QDockWidget* carried = dock(QStringLiteral("carryForwardDock"));
    ASSERT_NE(carried, nullptr);
    EXPECT_EQ(carried->widget(), m_window->carryForward());
}

TEST_F(WorkspacesTest, TheWindowsUndoFollowsTheShownTool)
{
    QAction* undo = m_window->workspaces()->undoAction();
    ASSERT_NE(undo, nullptr);
    EXPECT_EQ(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_FALSE(undo->isEnabled()); // reading: nothing to undo
    gui::ActionTracker* tracker = m_window->chairTools()->actions();
    QSignalSpy loaded(tracker, &gui::ActionTracker::loaded);
    workspaceAction(QStringLiteral("actionWorkspaceActions"))->trigger();
    ASSERT_TRUE(loaded.wait(10000));
    ASSERT_TRUE(fx::waitUntil([&] { return openActionsShown() == 1; }, 10000));
    tracker->setStatus({m_actionId}, ActionStatus::Complete, QString());
    ASSERT_TRUE(fx::waitUntil([&] { return openActionsShown() == 0; }, 10000));
    ASSERT_TRUE(undo->isEnabled());
    // The tool gave its own Ctrl+Z to the window's, so the shortcut is not ambiguous.
    for (QAction* action : tracker->findChildren<QAction*>())
        EXPECT_NE(action->shortcut(), QKeySequence(QKeySequence::Undo)) << action->text().toStdString();
    undo->trigger();
    EXPECT_TRUE(fx::waitUntil([&] { return openActionsShown() == 1; }, 10000));
    workspaceAction(QStringLiteral("actionWorkspaceReading"))->trigger();
    EXPECT_FALSE(undo->isEnabled());
}
