// File → Connect to Team Database…: the address the fields make (never with a password), the
// recent connections, a connection to the test server, and the reason when one fails.
#include "main/ConnectDialog.h"
#include "GuiFixtures.h"
#include "TestDatabase.h"
#include "main/AppSettings.h"
#include "main/RecentConnections.h"
#include "main/RecentDatabasesMenu.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

namespace fx = scrutineer::testing;
using scrutineer::gui::ConnectDialog;
using scrutineer::gui::RecentConnections;

TEST(ConnectDialog, TheFieldsMakeAnAddressAndNoFieldTakesAPassword)
{
    fx::GuiTestDir dir;
    ConnectDialog dialog;
    dialog.findChild<QLineEdit*>(QStringLiteral("hostEdit"))->setText(QStringLiteral("db.council.example"));
    dialog.findChild<QSpinBox*>(QStringLiteral("portSpin"))->setValue(6543);
    dialog.findChild<QLineEdit*>(QStringLiteral("databaseEdit"))->setText(QStringLiteral("scrutiny"));
    dialog.findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(QStringLiteral("jsmith"));
    auto* security = dialog.findChild<QComboBox*>(QStringLiteral("securityCombo"));
    security->setCurrentIndex(security->findData(QStringLiteral("require")));
    EXPECT_EQ(dialog.address(), QStringLiteral("postgresql://jsmith@db.council.example:6543/scrutiny?sslmode=require"));
    for (const QLineEdit* edit : dialog.findChildren<QLineEdit*>())
        EXPECT_NE(edit->echoMode(), QLineEdit::Password) << edit->objectName().toStdString();

    ConnectDialog again;
    again.setAddress(dialog.address());
    EXPECT_EQ(again.address(), dialog.address());
}

TEST(ConnectDialog, RecentConnectionsAreListedByNameAndFillTheFields)
{
    fx::GuiTestDir dir;
    RecentConnections::add(QStringLiteral("postgresql://acllr@db.council.example:5432/scrutiny"));
    RecentConnections::add(
        QStringLiteral("postgresql://jsmith:secret@db.council.example/other")); // refused: a password
    scrutineer::gui::AppSettings::addRecentDatabase(dir.path(QStringLiteral("mine.sqlite"))); // a file: not listed here
    ConnectDialog dialog;
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("recentList"));
    ASSERT_EQ(list->count(), 1);
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("scrutiny on db.council.example as acllr"));
    list->setCurrentRow(0);
    EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("userEdit"))->text(), QStringLiteral("acllr"));
    EXPECT_EQ(dialog.address(), QStringLiteral("postgresql://acllr@db.council.example:5432/scrutiny"));
    if (const QString folder = qEnvironmentVariable("SCRUTINEER_TEAM_SCREENSHOTS"); !folder.isEmpty()) {
        dialog.show();
        dialog.grab().save(folder + QStringLiteral("/connect-dialog.png"));
    }
    for (const QString& kept : scrutineer::gui::AppSettings::recentDatabases())
        EXPECT_FALSE(kept.contains(QStringLiteral("secret")));
}

TEST(ConnectDialog, ConnectsToTheServerAndRemembersIt)
{
    if (fx::testServer().isEmpty())
        GTEST_SKIP() << fx::noServerMessage();
    fx::GuiTestDir dir;
    fx::ScratchDatabase team(fx::Backend::Postgres);
    ASSERT_FALSE(team.location().isEmpty());
    ConnectDialog dialog;
    dialog.setAddress(team.location());
    dialog.show();
    QSignalSpy connected(&dialog, &ConnectDialog::connected);
    dialog.tryConnect();
    EXPECT_FALSE(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled()); // while it tries
    ASSERT_TRUE(fx::waitUntil([&] { return !connected.isEmpty(); }, 10000)) << dialog.statusText().toStdString();
    EXPECT_EQ(connected.first().first().toString(), team.location());
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_TRUE(RecentConnections::addresses().contains(team.location()));
}

TEST(ConnectDialog, SaysWhyItCouldNotConnectAndStaysOpen)
{
    if (fx::testServer().isEmpty())
        GTEST_SKIP() << fx::noServerMessage();
    fx::GuiTestDir dir;
    ConnectDialog dialog;
    dialog.setAddress(fx::serverLocation(QStringLiteral("no_such_database_here")));
    dialog.show();
    QSignalSpy connected(&dialog, &ConnectDialog::connected);
    dialog.tryConnect();
    ASSERT_TRUE(fx::waitUntil([&] { return !dialog.isConnecting(); }, 10000));
    EXPECT_TRUE(connected.isEmpty());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.statusText().startsWith(QStringLiteral("Could not connect")))
        << dialog.statusText().toStdString();
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("no_such_database_here")))
        << dialog.statusText().toStdString();
    EXPECT_TRUE(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
}

TEST(ConnectDialog, TheRecentMenuNamesATeamDatabaseBesideFilesAndOpensItsAddress)
{
    fx::GuiTestDir dir;
    const QString file = dir.path(QStringLiteral("mine.sqlite"));
    QFile(file).open(QIODevice::WriteOnly); // the recent list keeps files that exist
    scrutineer::gui::AppSettings::addRecentDatabase(file);
    RecentConnections::add(QStringLiteral("postgresql://acllr@db.council.example:5432/scrutiny"));
    QMenu menu;
    QAction clear(QStringLiteral("Clear"));
    scrutineer::gui::RecentDatabasesMenu recent(&menu, &clear);
    recent.refresh();
    QStringList texts;
    QAction* team = nullptr;
    for (QAction* action : menu.actions()) {
        texts.append(action->text());
        if (action->text().contains(QStringLiteral("db.council.example")))
            team = action;
    }
    ASSERT_NE(team, nullptr) << texts.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(team->text(), QStringLiteral("&1 scrutiny on db.council.example as acllr"));
    EXPECT_TRUE(texts.contains(QStringLiteral("&2 mine.sqlite"))) << texts.join(QLatin1Char('|')).toStdString();
    QSignalSpy chosen(&recent, &scrutineer::gui::RecentDatabasesMenu::databaseChosen);
    team->trigger();
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen.first().first().toString(), QStringLiteral("postgresql://acllr@db.council.example:5432/scrutiny"));
}
