// Two people changing the same action's status: the second is told, nothing of theirs is
// written, and they can see the newer value (optimistic concurrency on ActionRecord::revision).
#include "ActionStore.h"
#include "ActionUpdateLog.h"
#include "BundleFixtures.h"
#include "ImportWriter.h"

#include <QSqlQuery>
#include <QTest>

#include <future>

using namespace scrutineer;
using scrutineer::testing::samplePack;

class StatusConflictTest : public scrutineer::testing::StoreFixture {
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_TRUE(ImportWriter(*m_db).write(samplePack("v1")).hasValue());
        auto second = Database::open(location());
        ASSERT_TRUE(second.hasValue());
        m_other = std::move(second.value());
        m_action = ActionStore(*m_db).list().first();
    }
    void TearDown() override
    {
        m_other.reset();
        StoreFixture::TearDown();
    }

    std::unique_ptr<Database> m_other; // a second user's connection
    ActionRecord m_action;
};

TEST_P(StatusConflictTest, TheSecondEditOfTheSameRevisionIsRefusedAndShownTheNewerValue)
{
    // Both open the action at the same revision.
    const ActionRecord seenByFirst = *ActionStore(*m_db).find(m_action.id);
    const ActionRecord seenBySecond = *ActionStore(*m_other).find(m_action.id);
    ASSERT_EQ(seenByFirst.revision, 0);
    ASSERT_EQ(seenBySecond.revision, 0);

    ASSERT_TRUE(
        ActionStore(*m_db)
            .setStatus(m_action.actionKey, ActionStatus::Complete, QStringLiteral("signed off"), seenByFirst.revision)
            .hasValue());
    const auto second = ActionStore(*m_other).setStatus(m_action.actionKey, ActionStatus::AtRisk,
                                                        QStringLiteral("slipping"), seenBySecond.revision);
    ASSERT_FALSE(second.hasValue());
    EXPECT_EQ(second.error().code, Error::Code::Conflict);

    // Nothing of the second edit was written; the newer value is there to show.
    const auto history = ActionStore(*m_other).history(m_action.actionKey);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.first().status, ActionStatus::Complete);
    EXPECT_EQ(history.first().comment, QStringLiteral("signed off"));
    EXPECT_EQ(history.first().changedBy, m_db->userName());
    const ActionRecord now = *ActionStore(*m_other).find(m_action.id);
    EXPECT_EQ(now.action.status, ActionStatus::Complete);
    EXPECT_EQ(now.revision, 1);

    // Having seen it, the second user's edit goes through.
    EXPECT_TRUE(ActionStore(*m_other)
                    .setStatus(m_action.actionKey, ActionStatus::AtRisk, QStringLiteral("slipping"), now.revision)
                    .hasValue());
    EXPECT_EQ(ActionStore(*m_db).find(m_action.id)->action.status, ActionStatus::AtRisk);
}

TEST_P(StatusConflictTest, TwoEditsAtTheSameMomentCannotBothWin)
{
    // The first edit is written but not committed when the second arrives on another connection
    // (its own thread); the second waits for the first and is then refused.
    Transaction first(m_db->connection());
    ASSERT_TRUE(first.isActive());
    ASSERT_TRUE(ActionStore(*m_db).setStatus(m_action.actionKey, ActionStatus::Complete, {}, 0).hasValue());

    const QString where = location();
    std::future<Error::Code> second = std::async(std::launch::async, [where, key = m_action.actionKey] {
        auto db = Database::open(where);
        if (!db)
            return Error::Code::Internal;
        const auto written = ActionStore(*db.value()).setStatus(key, ActionStatus::AtRisk, {}, 0);
        return written ? Error::Code::Cancelled : written.error().code; // Cancelled: "it was written"
    });
    if (isServer()) {
        // Make sure the second is really waiting on the first before the first commits.
        auto monitor = Database::open(scrutineer::testing::testServer());
        ASSERT_TRUE(monitor.hasValue());
        const QString database = m_scratch->serverDatabase();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                QSqlQuery q(monitor.value()->connection());
                return q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '%1' AND "
                                             "wait_event_type = 'Lock'")
                                  .arg(database))
                    && q.next() && q.value(0).toInt() > 0;
            },
            10000));
    }
    ASSERT_TRUE(first.commit());
    ASSERT_EQ(second.wait_for(std::chrono::seconds(20)), std::future_status::ready);
    EXPECT_EQ(second.get(), Error::Code::Conflict);
    const auto history = ActionStore(*m_db).history(m_action.actionKey);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.first().status, ActionStatus::Complete);
}

TEST_P(StatusConflictTest, UndoingYourOwnEditLeavesTheOthersIntact)
{
    ActionUpdateLog log(*m_db);
    const auto mine = log.record(m_action.actionKey, ActionStatus::OnTrack, {}, 0);
    ASSERT_TRUE(mine.hasValue());
    const auto theirs = ActionUpdateLog(*m_other).record(m_action.actionKey, ActionStatus::Complete, {}, 1);
    ASSERT_TRUE(theirs.hasValue());
    ASSERT_FALSE(log.remove({*mine}).has_value());
    const ActionRecord now = *ActionStore(*m_db).find(m_action.id);
    EXPECT_EQ(now.action.status, ActionStatus::Complete);
    EXPECT_EQ(now.revision, 2);
    // An edit from before both is still stale.
    EXPECT_EQ(log.record(m_action.actionKey, ActionStatus::AtRisk, {}, 1).error().code, Error::Code::Conflict);
}

INSTANTIATE_TEST_SUITE_P(Backends, StatusConflictTest, scrutineer::testing::backends(),
                         scrutineer::testing::backendName);
