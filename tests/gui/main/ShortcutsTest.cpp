// Every keyboard shortcut in the main window has one meaning: no two actions (or QShortcuts) the
// window can reach share a key sequence, with every workspace loaded, and the workspace keys
// (Ctrl+1 … Ctrl+5) really switch workspaces when typed.
#include "GuiFixtures.h"
#include "main/MainWindow.h"
#include "main/Workspaces.h"
#include "meetings/MeetingsModel.h"
#include "meetings/MeetingsNavigator.h"
#include "pdf/PdfViewer.h"
#include "review/ReviewQueuePanel.h"
#include "review/ReviewRoom.h"

#include <QAction>
#include <QApplication>
#include <QMap>
#include <QShortcut>
#include <QTest>
#include <QUndoStack>

namespace gui = scrutineer::gui;
namespace fx = scrutineer::testing;
using gui::MainWindow;
using gui::Workspaces;
using scrutineer::Database;

namespace {

class ShortcutsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto database = Database::open(m_dir.databasePath());
        ASSERT_TRUE(database.hasValue());
        fx::writeBundle(*database.value(),
                        fx::childrenPack(m_dir.path(QStringLiteral("next.pdf")), QDate::currentDate()));
        database.value().reset();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        ASSERT_TRUE(m_window->openDatabase(m_dir.databasePath()));
        ASSERT_TRUE(fx::waitUntil([&] { return m_window->navigator()->model()->meetingCount() == 1; }, 10000));
        ASSERT_TRUE(fx::waitUntil([&] { return m_window->viewer()->documentId() > 0; }, 10000));
        // Tools build their actions when first shown: show every workspace once.
        for (QAction* action : m_window->workspaces()->actions())
            action->trigger();
        m_window->workspaces()->actions().first()->trigger();
    }

    // Every key sequence the window answers to, with the names of what it triggers.
    QMap<QString, QStringList> bindings() const
    {
        QMap<QString, QStringList> result;
        auto name = [](const QObject* o, const QString& text) {
            return o->objectName().isEmpty() ? QString(text).remove(QLatin1Char('&')) : o->objectName();
        };
        // A dialog is a window of its own: its keys cannot clash with the main window's.
        auto elsewhere = [&](const QObject* o) {
            for (; o; o = o->parent()) {
                if (const auto* widget = qobject_cast<const QWidget*>(o))
                    return widget->window() != m_window.get();
            }
            return false;
        };
        for (const QAction* action : m_window->findChildren<QAction*>()) {
            if (action->shortcutContext() == Qt::WidgetShortcut || elsewhere(action))
                continue; // only while its own widget has focus, or in another window
            for (const QKeySequence& key : action->shortcuts())
                result[key.toString(QKeySequence::PortableText)].append(name(action, action->text()));
        }
        for (const QShortcut* shortcut : m_window->findChildren<QShortcut*>()) {
            if (shortcut->context() == Qt::WidgetShortcut || elsewhere(shortcut))
                continue;
            for (const QKeySequence& key : shortcut->keys())
                result[key.toString(QKeySequence::PortableText)].append(name(shortcut, QStringLiteral("QShortcut")));
        }
        return result;
    }

    fx::GuiTestDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(ShortcutsTest, NoTwoActionsShareAKey)
{
    const QMap<QString, QStringList> all = bindings();
    EXPECT_GT(all.size(), 15) << "the window's actions were not found";
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        QStringList owners = it.value();
        owners.removeDuplicates(); // one action listed twice (a menu and a toolbar) is one meaning
        EXPECT_EQ(owners.size(), 1) << it.key().toStdString() << " is bound to "
                                    << owners.join(QStringLiteral(", ")).toStdString();
    }
}

TEST_F(ShortcutsTest, WorkspaceKeysSwitchWorkspacesWhenTyped)
{
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    const QList<QAction*> workspaces = m_window->workspaces()->actions();
    for (int i = workspaces.size() - 1; i >= 0; --i) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        EXPECT_TRUE(workspaces.at(i)->isChecked()) << workspaces.at(i)->objectName().toStdString();
    }
    EXPECT_EQ(m_window->workspaces()->current(), Workspaces::Workspace::Reading);
}

TEST_F(ShortcutsTest, FitWidthAndFitPageHaveTheirOwnKeys)
{
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    m_window->viewer()->setFocus();
    const QList<QAction*> viewerActions = m_window->viewer()->findChildren<QAction*>();
    auto checked = [&](const QString& text) {
        for (const QAction* a : viewerActions)
            if (QString(a->text()).remove(QLatin1Char('&')) == text)
                return a->isChecked();
        return false;
    };
    auto enabled = [&] {
        for (const QAction* a : viewerActions)
            if (QString(a->text()).remove(QLatin1Char('&')) == QStringLiteral("Fit Page"))
                return a->isEnabled();
        return false;
    };
    ASSERT_TRUE(fx::waitUntil(enabled, 10000)) << "the pack never opened";
    for (int round = 0; round < 2; ++round) {
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        EXPECT_TRUE(checked(QStringLiteral("Fit Width")));
        EXPECT_FALSE(checked(QStringLiteral("Fit Page")));
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        EXPECT_TRUE(checked(QStringLiteral("Fit Page")));
        EXPECT_FALSE(checked(QStringLiteral("Fit Width")));
    }
    EXPECT_EQ(m_window->workspaces()->current(), Workspaces::Workspace::Reading);
}

TEST_F(ShortcutsTest, CtrlZInTheReviewDockUndoesTheReviewAndElsewhereTheWorkspace)
{
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    gui::ReviewQueuePanel* panel = m_window->reviewRoom()->panel();
    QUndoStack* review = panel->history();
    review->push(new QUndoCommand(QStringLiteral("dismissed")));
    ASSERT_EQ(review->index(), 1);
    auto* dock = m_window->findChild<QWidget*>(QStringLiteral("reviewDock"));
    ASSERT_NE(dock, nullptr);
    dock->show();
    dock->raise();
    ASSERT_TRUE(fx::waitUntil([&] { return panel->isVisible(); }, 5000));
    QWidget* inside = nullptr;
    for (QWidget* w : panel->findChildren<QWidget*>()) {
        if (w->focusPolicy() & Qt::TabFocus && w->isVisible() && w->isEnabled()) {
            inside = w;
            break;
        }
    }
    ASSERT_NE(inside, nullptr);
    inside->setFocus(Qt::OtherFocusReason);
    ASSERT_TRUE(fx::waitUntil([&] { return panel->isAncestorOf(QApplication::focusWidget()); }, 5000))
        << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "no focus");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(review->index(), 0) << "Ctrl+Z in the review dock did not undo its last step";
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(review->index(), 1) << "Ctrl+Y in the review dock did not redo it";
    // Outside the dock the key belongs to the workspace's history again.
    m_window->viewer()->setFocus();
    ASSERT_TRUE(fx::waitUntil([&] { return !panel->isAncestorOf(QApplication::focusWidget()); }, 5000));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(review->index(), 1);
}
