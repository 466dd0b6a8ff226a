// Live updates on a team database: another program's commits reach a listener through
// LISTEN/NOTIFY within moments, naming the tables that changed; this program's own do not.
#include "ChangeListener.h"
#include "ActionStore.h"
#include "BundleFixtures.h"
#include "ImportWriter.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace scrutineer;
using scrutineer::testing::Backend;

class ChangeListenerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (scrutineer::testing::testServer().isEmpty())
            GTEST_SKIP() << scrutineer::testing::noServerMessage();
        m_scratch = std::make_unique<scrutineer::testing::ScratchDatabase>(Backend::Postgres);
        ASSERT_FALSE(m_scratch->location().isEmpty());
    }
    std::unique_ptr<scrutineer::testing::ScratchDatabase> m_scratch;
};

TEST_F(ChangeListenerTest, AnotherProgramsCommitArrivesAndOurOwnDoNot)
{
    ChangeListener listener;
    listener.setQuietPeriod(50);
    ASSERT_TRUE(listener.listenTo(m_scratch->location()));
    QSignalSpy changed(&listener, &ChangeListener::changed);

    // This program imports (its own change: the views that did it refresh themselves) ...
    auto ours = Database::open(m_scratch->location());
    ASSERT_TRUE(ours.hasValue());
    ASSERT_TRUE(ImportWriter(*ours.value()).write(scrutineer::testing::samplePack("v1")).hasValue());
    // ... and another program, another person, changes an action's status.
    {
        QSqlDatabase theirs = scrutineer::testing::rawConnection(m_scratch->location(), QStringLiteral("someone-else"));
        ASSERT_TRUE(theirs.isOpen());
        QSqlQuery q(theirs);
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO action_update(action_key, status, changed_at, revision) VALUES "
                                          "('k', 'complete', '2030-01-01T00:00:00Z', 1)")));
        theirs.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("someone-else"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 3000));
    const auto tables = changed.first().first().value<QSet<QString>>();
    EXPECT_TRUE(tables.contains(QStringLiteral("action_update")));
    EXPECT_FALSE(tables.contains(QStringLiteral("document"))); // our own import
}

TEST_F(ChangeListenerTest, TwoPeopleInOneProgramHearEachOther)
{
    const QString colleague = scrutineer::testing::createLoginRole(
        QStringLiteral("colleague"), QStringLiteral("pg_write_all_data, pg_read_all_data"));
    ASSERT_FALSE(colleague.isEmpty());
    ChangeListener listener;
    listener.setQuietPeriod(50);
    ASSERT_TRUE(listener.listenTo(m_scratch->location()));
    QSignalSpy changed(&listener, &ChangeListener::changed);
    auto theirs = Database::open(m_scratch->locationAs(colleague));
    ASSERT_TRUE(theirs.hasValue()) << theirs.error().describe().toStdString();
    const auto written = ActionStore(*theirs.value()).setStatus(QStringLiteral("k"), ActionStatus::Complete, {});
    ASSERT_TRUE(written.hasValue()) << written.error().describe().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 3000));
    EXPECT_TRUE(changed.first().first().value<QSet<QString>>().contains(QStringLiteral("action_update")));
}

TEST_F(ChangeListenerTest, AFileHasNoLiveUpdates)
{
    ChangeListener listener;
    QTemporaryDir dir;
    EXPECT_FALSE(listener.listenTo(dir.filePath(QStringLiteral("mine.sqlite"))));
    EXPECT_FALSE(listener.isListening());
}
