// Two people, two windows, one team database on PostgreSQL (the shipped roles): each sees the
// other's imports, status updates and corrections within moments, never the other's notes; a
// reader may not import or edit; the second of two officers changing one action is told and
// shown the newer status. Needs the test server (scripts/test starts one).
#include "GuiFixtures.h"
#include "NoteStore.h"
#include "ResolutionStore.h"
#include "TestDatabase.h"
#include "main/MainWindow.h"
#include "main/Workspaces.h"
#include "meetings/MeetingsModel.h"
#include "meetings/MeetingsNavigator.h"
#include "notes/NotesPanel.h"
#include "register/ResolutionRegister.h"
#include "register/ResolutionRegisterModel.h"
#include "tracker/ActionCommands.h"
#include "tracker/ActionLabels.h"
#include "tracker/ActionTableModel.h"
#include "tracker/ActionTracker.h"
#include "tracker/ChairTools.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>

namespace fx = scrutineer::testing;
namespace gui = scrutineer::gui;
using gui::MainWindow;
using gui::Workspaces;
using scrutineer::ActionStatus;
using scrutineer::Database;

namespace {

// With SCRUTINEER_TEAM_SCREENSHOTS set to a folder, saves what a widget shows there.
void shot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("SCRUTINEER_TEAM_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TeamWindowsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (fx::testServer().isEmpty())
            GTEST_SKIP() << fx::noServerMessage();
        m_team = std::make_unique<fx::ScratchDatabase>(fx::Backend::Postgres);
        ASSERT_FALSE(m_team->location().isEmpty());
        const QString failed
            = fx::runSqlFile(m_team->location(), QStringLiteral(SCRUTINEER_SOURCE_DIR "/sql/team-roles.sql"));
        ASSERT_TRUE(failed.isEmpty()) << failed.toStdString();
    }
    void TearDown() override
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (qobject_cast<QMessageBox*>(w))
                w->close();
        }
        m_windows.clear();
        m_team.reset();
    }
    QString person(const QString& stem, const QString& group)
    {
        const QString role = fx::createLoginRole(stem, group);
        EXPECT_FALSE(role.isEmpty());
        return role;
    }
    MainWindow* windowFor(const QString& role)
    {
        auto window = std::make_unique<MainWindow>();
        window->resize(1200, 800);
        window->show();
        QString error;
        EXPECT_TRUE(window->openDatabase(m_team->locationAs(role), &error)) << error.toStdString();
        m_windows.push_back(std::move(window));
        return m_windows.back().get();
    }
    // An import made elsewhere (another program of the same person would do the same).
    void importAs(const QString& role)
    {
        auto db = Database::open(m_team->locationAs(role));
        ASSERT_TRUE(db.hasValue()) << db.error().describe().toStdString();
        fx::writeBundle(*db.value(),
                        fx::childrenPack(m_dir.path(QStringLiteral("pack.pdf")), QDate::currentDate().addDays(7)));
    }
    static gui::ActionTracker* trackerOf(MainWindow* window)
    {
        window->workspaces()->show(Workspaces::Workspace::Actions);
        gui::ActionTracker* tracker = window->chairTools()->actions();
        EXPECT_TRUE(fx::waitUntil([&] { return tracker->model()->rowCount() > 0; }, 10000));
        return tracker;
    }
    static ActionStatus statusIn(gui::ActionTracker* tracker, qint64 actionId)
    {
        const int row = tracker->model()->rowOf(actionId);
        return row >= 0 ? tracker->model()->record(row).action.status : ActionStatus::Unknown;
    }

    fx::GuiTestDir m_dir;
    std::unique_ptr<fx::ScratchDatabase> m_team;
    std::vector<std::unique_ptr<MainWindow>> m_windows;
};

TEST_F(TeamWindowsTest, TwoPeopleSeeEachOthersWorkButNotEachOthersNotes)
{
    const QString officerRole = person(QStringLiteral("officer"), QStringLiteral("scrutineer_officer"));
    const QString councillorRole = person(QStringLiteral("councillor"), QStringLiteral("scrutineer_reader"));
    MainWindow* officer = windowFor(officerRole);
    MainWindow* councillor = windowFor(councillorRole);
    EXPECT_TRUE(officer->windowTitle().contains(QStringLiteral("as %1").arg(officerRole)))
        << officer->windowTitle().toStdString();
    EXPECT_TRUE(officer->findChild<QAction*>(QStringLiteral("actionImport"))->isEnabled());
    EXPECT_FALSE(councillor->findChild<QAction*>(QStringLiteral("actionImport"))->isEnabled());

    // The officer imports: the councillor's window shows the meeting without being asked.
    importAs(officerRole);
    ASSERT_TRUE(fx::waitUntil([&] { return councillor->navigator()->model()->meetingCount() == 1; }, 5000));

    // The officer updates an action in the tracker: the councillor's tracker shows it, and by whom.
    gui::ActionTracker* officersTracker = trackerOf(officer);
    gui::ActionTracker* councillorsTracker = trackerOf(councillor);
    const qint64 action = officersTracker->model()->record(0).id;
    officersTracker->setStatus({action}, ActionStatus::Complete, QStringLiteral("signed off"));
    ASSERT_TRUE(fx::waitUntil([&] { return statusIn(councillorsTracker, action) == ActionStatus::Complete; }, 5000));
    const QString update
        = gui::labels::lastUpdate(councillorsTracker->model()->record(councillorsTracker->model()->rowOf(action)));
    EXPECT_TRUE(update.startsWith(QStringLiteral("Status set to Complete by %1, ").arg(officerRole)))
        << update.toStdString();
    EXPECT_EQ(councillorsTracker->editor()->database(), nullptr); // a reader reads
    councillorsTracker->setFilter({});
    councillorsTracker->selectActions({action});
    shot(councillor, QStringLiteral("councillor-tracker"));

    // The officer checks a resolution: the councillor's register shows it checked, and by whom.
    officer->workspaces()->show(Workspaces::Workspace::Resolutions);
    gui::ResolutionRegister* officersRegister = officer->chairTools()->resolutions();
    ASSERT_TRUE(fx::waitUntil([&] { return officersRegister->model()->rowCount() > 0; }, 10000));
    councillor->workspaces()->show(Workspaces::Workspace::Resolutions);
    gui::ResolutionRegister* councillorsRegister = councillor->chairTools()->resolutions();
    ASSERT_TRUE(fx::waitUntil(
        [&] {
            return councillorsRegister->model()->index(0, gui::ResolutionRegisterModel::ReviewColumn).data().toString()
                == QStringLiteral("Not checked");
        },
        10000));
    const QString key = officersRegister->model()->index(0, 0).data(gui::ResolutionRegisterModel::KeyRole).toString();
    officersRegister->setChecked(key, true);
    ASSERT_TRUE(fx::waitUntil(
        [&] {
            return councillorsRegister->model()->index(0, gui::ResolutionRegisterModel::ReviewColumn).data().toString()
                == QStringLiteral("Checked");
        },
        5000));
    EXPECT_TRUE(councillorsRegister->model()
                    ->index(0, gui::ResolutionRegisterModel::ReviewColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("checked by %1").arg(officerRole)));
    councillorsRegister->selectKey(key);
    shot(councillor, QStringLiteral("councillor-register"));

    // Each keeps a note on the meeting; each window lists only its own.
    const qint64 meeting = councillor->navigator()
                               ->model()
                               ->index(0, 0, councillor->navigator()->model()->index(0, 0))
                               .data(gui::MeetingsModel::MeetingIdRole)
                               .toLongLong();
    for (const auto& [role, body] : {std::pair {officerRole, QStringLiteral("officer's reminder")},
                                     std::pair {councillorRole, QStringLiteral("ask about respite care")}}) {
        auto db = Database::open(m_team->locationAs(role));
        ASSERT_TRUE(db.hasValue());
        scrutineer::Note note;
        note.meetingId = meeting;
        note.body = body;
        ASSERT_TRUE(scrutineer::NoteStore(*db.value()).add(note).hasValue());
    }
    for (MainWindow* window : {officer, councillor}) {
        window->notesPanel()->setMeeting(meeting);
        window->notesPanel()->refresh();
    }
    auto notesIn = [](MainWindow* window) {
        QStringList bodies;
        const QAbstractItemModel* model = window->notesPanel()->notesModel();
        for (int group = 0; group < model->rowCount(); ++group) {
            for (int row = 0; row < model->rowCount(model->index(group, 0)); ++row)
                bodies.append(model->index(row, 0, model->index(group, 0)).data().toString());
        }
        return bodies.join(QLatin1Char('|'));
    };
    EXPECT_TRUE(notesIn(councillor).contains(QStringLiteral("respite")));
    EXPECT_FALSE(notesIn(councillor).contains(QStringLiteral("reminder")));
    EXPECT_TRUE(notesIn(officer).contains(QStringLiteral("reminder")));
    EXPECT_FALSE(notesIn(officer).contains(QStringLiteral("respite")));
}

TEST_F(TeamWindowsTest, TheSecondOfTwoOfficersIsToldAndShownTheNewerStatus)
{
    const QString first = person(QStringLiteral("first"), QStringLiteral("scrutineer_officer"));
    const QString second = person(QStringLiteral("second"), QStringLiteral("scrutineer_officer"));
    importAs(first);
    MainWindow* a = windowFor(first);
    MainWindow* b = windowFor(second);
    gui::ActionTracker* trackerA = trackerOf(a);
    gui::ActionTracker* trackerB = trackerOf(b);
    const qint64 action = trackerA->model()->record(0).id;

    // Both change the action before either has heard of the other's change.
    trackerA->setStatus({action}, ActionStatus::Complete, QStringLiteral("signed off"));
    trackerB->setStatus({action}, ActionStatus::AtRisk, QStringLiteral("slipping"));

    QMessageBox* told = nullptr;
    ASSERT_TRUE(fx::waitUntil([&] {
        told = b->findChild<QMessageBox*>();
        return told != nullptr;
    }));
    EXPECT_TRUE(told->text().contains(QStringLiteral("%1 set this action to Complete").arg(first)))
        << told->text().toStdString();
    EXPECT_TRUE(told->text().contains(QStringLiteral("(At risk) was not saved"))) << told->text().toStdString();
    shot(told, QStringLiteral("conflict"));
    ASSERT_TRUE(fx::waitUntil([&] { return statusIn(trackerB, action) == ActionStatus::Complete; }));
    EXPECT_EQ(statusIn(trackerA, action), ActionStatus::Complete);
    EXPECT_EQ(trackerB->undoStack()->count(), 0); // nothing of B's to undo
}
