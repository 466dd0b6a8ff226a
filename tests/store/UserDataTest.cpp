#include "ActionStore.h"
#include "BundleFixtures.h"
#include "ImportWriter.h"
#include "NoteStore.h"

using namespace scrutineer;
using scrutineer::testing::samplePack;

class UserDataTest : public scrutineer::testing::StoreFixture {};

TEST_P(UserDataTest, NotesSurviveReimportAndFollowTheirQuotedText)
{
    ImportWriter writer(*m_db);
    auto first = writer.write(samplePack("v1"));
    ASSERT_TRUE(first.hasValue());
    NoteStore notes(*m_db);
    Note note;
    note.meetingId = first->meetingId;
    note.agendaNumber = QStringLiteral("3");
    note.documentSha256 = QStringLiteral("v1");
    note.pdfPage = 3;
    note.anchorText = QStringLiteral("foster carer allowance");
    note.body = QStringLiteral("Ask how the allowance compares with neighbours");
    ASSERT_TRUE(notes.add(note).hasValue());

    // The corrected pack moves the report one page later.
    ImportBundle revised = samplePack("v2");
    revised.pages.insert(2, scrutineer::testing::page(3, QStringLiteral("Errata sheet")));
    for (int i = 0; i < revised.pages.size(); ++i)
        revised.pages[i].pdfPage = i + 1;
    revised.pageCount = int(revised.pages.size());
    auto second = writer.write(revised);
    ASSERT_TRUE(second.hasValue());
    EXPECT_EQ(second->status, ImportWriter::Outcome::Status::Replaced);
    EXPECT_EQ(second->notesReanchored, 1);
    EXPECT_EQ(second->meetingId, first->meetingId);

    const QList<Note> kept = notes.forMeeting(first->meetingId);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.first().body, note.body);
    EXPECT_EQ(kept.first().documentSha256, QStringLiteral("v2"));
    EXPECT_EQ(kept.first().pdfPage, 4);
}

TEST_P(UserDataTest, EditedActionStatusSurvivesReimportWithHistory)
{
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(samplePack("v1")).hasValue());
    ActionStore actions(*m_db);
    QList<ActionRecord> all = actions.list();
    ASSERT_EQ(all.size(), 2);
    const ActionRecord plan = all.at(1).action.ref == QLatin1String("1.1.1") ? all.at(1) : all.at(0);
    ASSERT_TRUE(actions.setStatus(plan.actionKey, ActionStatus::AtRisk, QStringLiteral("recruitment paused")).hasValue());
    ASSERT_TRUE(actions.setStatus(plan.actionKey, ActionStatus::Complete, QStringLiteral("target met")).hasValue());

    ASSERT_TRUE(writer.write(samplePack("v2")).hasValue()); // re-publication

    all = actions.list();
    const auto it = std::find_if(all.begin(), all.end(), [](const ActionRecord& r) { return r.action.ref == QLatin1String("1.1.1"); });
    ASSERT_NE(it, all.end());
    EXPECT_EQ(it->action.status, ActionStatus::Complete);
    EXPECT_TRUE(it->statusEdited);
    EXPECT_EQ(it->action.statusText, QStringLiteral("Action not yet completed, but on track")); // printed text kept
    const auto history = actions.history(it->actionKey);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(0).status, ActionStatus::AtRisk);
    EXPECT_EQ(history.at(1).comment, QStringLiteral("target met"));
}

TEST_P(UserDataTest, ManualActionsAreNotRemovedByReimport)
{
    ImportWriter writer(*m_db);
    auto first = writer.write(samplePack("v1"));
    ASSERT_TRUE(first.hasValue());
    ActionStore actions(*m_db);
    Action manual;
    manual.text = QStringLiteral("Visit the fostering team");
    manual.owner = QStringLiteral("Chair");
    ASSERT_TRUE(actions.addManual(manual, first->meetingId).hasValue());
    ASSERT_TRUE(writer.write(samplePack("v2")).hasValue());
    ActionFilter filter;
    filter.owner = QStringLiteral("chair");
    const auto found = actions.list(filter);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().action.origin, ActionOrigin::Manual);
    EXPECT_EQ(found.first().action.status, ActionStatus::Open);
}

TEST(ActionFilter, OverdueUsesTheEndOfAMonthDueDate)
{
    ActionRecord r;
    r.action.status = ActionStatus::Open;
    r.action.due = QStringLiteral("2030-05");
    ActionFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = QDate(2030, 5, 31);
    EXPECT_FALSE(overdue.matches(r));
    overdue.today = QDate(2030, 6, 1);
    EXPECT_TRUE(overdue.matches(r));
    EXPECT_EQ(daysOverdue(r, QDate(2030, 6, 3)), 3);
    r.action.status = ActionStatus::Complete;
    EXPECT_FALSE(overdue.matches(r));
    r.action.status = ActionStatus::Open;
    r.action.due.clear();
    EXPECT_FALSE(overdue.matches(r)); // no date, never overdue
}

INSTANTIATE_TEST_SUITE_P(Backends, UserDataTest, scrutineer::testing::backends(), scrutineer::testing::backendName);
