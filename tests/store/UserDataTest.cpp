#include "ActionStore.h"
#include "BundleFixtures.h"
#include "ImportWriter.h"
#include "NoteStore.h"

using namespace scrutineer;
using scrutineer::testing::samplePack;

namespace {

// The sample pack with an errata sheet put in front of page 3, so the report moves to page 4.
ImportBundle revisedWithErrata(const char* sha)
{
    ImportBundle revised = samplePack(sha);
    revised.pages.insert(2, scrutineer::testing::page(3, QStringLiteral("Errata sheet")));
    for (int i = 0; i < revised.pages.size(); ++i)
        revised.pages[i].pdfPage = i + 1;
    revised.pageCount = int(revised.pages.size());
    return revised;
}

Note highlightOn(qint64 meetingId, const QString& quote, Note::Kind kind = Note::Kind::Highlight)
{
    Note note;
    note.meetingId = meetingId;
    note.documentSha256 = QStringLiteral("v1");
    note.pdfPage = 3;
    note.anchorText = quote;
    note.kind = kind;
    note.boxes = {QRectF(72, 100.5, 120.25, 11), QRectF(72, 113.5, 64, 11)};
    return note;
}

} // namespace

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
    auto second = writer.write(revisedWithErrata("v2"));
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

TEST_P(UserDataTest, HighlightsKeepTheirQuoteBoxesKindAndAuthor)
{
    auto first = ImportWriter(*m_db).write(samplePack("v1"));
    ASSERT_TRUE(first.hasValue());
    NoteStore notes(*m_db);
    const auto plain = notes.add(highlightOn(first->meetingId, QStringLiteral("foster carer allowance")));
    ASSERT_TRUE(plain.hasValue()) << plain.error().describe().toStdString();
    Note question = highlightOn(first->meetingId, QStringLiteral("fostering recruitment"), Note::Kind::Question);
    question.body = QStringLiteral("How many carers left this year?");
    ASSERT_TRUE(notes.add(question).hasValue());

    const QList<Note> onDocument = notes.forDocument(QStringLiteral("v1"));
    ASSERT_EQ(onDocument.size(), 2);
    const Note& stored = onDocument.first().id == *plain ? onDocument.first() : onDocument.last();
    EXPECT_EQ(stored.kind, Note::Kind::Highlight);
    EXPECT_EQ(stored.anchorText, QStringLiteral("foster carer allowance"));
    EXPECT_TRUE(stored.body.isEmpty());
    EXPECT_EQ(stored.pdfPage, 3);
    EXPECT_EQ(stored.boxes, highlightOn(0, {}).boxes);
    EXPECT_FALSE(stored.orphaned);
    EXPECT_TRUE(stored.createdAt.isValid());
    EXPECT_EQ(stored.owner, m_db->userName());
    EXPECT_TRUE(notes.forDocument(QStringLiteral("v2")).isEmpty());

    // Writing a note on a highlight makes it a note; the boxes stay.
    Note edited = stored;
    edited.body = QStringLiteral("Compare with neighbours");
    edited.kind = Note::Kind::Note;
    ASSERT_FALSE(notes.update(edited).has_value());
    const QList<Note> after = notes.forMeeting(first->meetingId);
    const auto it = std::find_if(after.begin(), after.end(), [&](const Note& n) { return n.id == *plain; });
    ASSERT_NE(it, after.end());
    EXPECT_EQ(it->kind, Note::Kind::Note);
    EXPECT_EQ(it->boxes.size(), 2);
}

TEST_P(UserDataTest, ARevisedPackMovesHighlightsToTheirQuoteAndKeepsTheOnesItLost)
{
    ImportWriter writer(*m_db);
    auto first = writer.write(samplePack("v1"));
    ASSERT_TRUE(first.hasValue());
    NoteStore notes(*m_db);
    const auto moved = notes.add(highlightOn(first->meetingId, QStringLiteral("foster  carer\nallowance")));
    Note lost = highlightOn(first->meetingId, QStringLiteral("a sentence the revision cut"), Note::Kind::Question);
    lost.body = QStringLiteral("Why was this removed?");
    const auto orphan = notes.add(lost);
    ASSERT_TRUE(moved.hasValue() && orphan.hasValue());

    // The same file again changes nothing.
    auto again = writer.write(samplePack("v1"));
    ASSERT_TRUE(again.hasValue());
    EXPECT_EQ(again->notesReanchored, 0);
    EXPECT_EQ(notes.forDocument(QStringLiteral("v1")).size(), 2);

    auto second = writer.write(revisedWithErrata("v2"));
    ASSERT_TRUE(second.hasValue());
    EXPECT_EQ(second->notesReanchored, 2);
    const QList<Note> kept = notes.forDocument(QStringLiteral("v2"));
    ASSERT_EQ(kept.size(), 2);
    for (const Note& note : kept) {
        EXPECT_TRUE(note.boxes.isEmpty()) << "boxes of the old version are dropped";
        if (note.id == *moved) {
            EXPECT_EQ(note.pdfPage, 4);
            EXPECT_FALSE(note.orphaned);
            EXPECT_EQ(note.kind, Note::Kind::Highlight);
        } else {
            EXPECT_EQ(note.id, *orphan);
            EXPECT_EQ(note.pdfPage, 3);
            EXPECT_TRUE(note.orphaned);
            EXPECT_EQ(note.body, lost.body);
            EXPECT_EQ(note.anchorText, lost.anchorText);
        }
    }

    // The viewer finds the quote again and stores its boxes on the new version.
    ASSERT_FALSE(notes.setBoxes(*moved, {QRectF(80, 90, 100, 12)}).has_value());
    const QList<Note> relocated = notes.forDocument(QStringLiteral("v2"));
    const auto it = std::find_if(relocated.begin(), relocated.end(), [&](const Note& n) { return n.id == *moved; });
    ASSERT_NE(it, relocated.end());
    EXPECT_EQ(it->boxes, QList<QRectF>{QRectF(80, 90, 100, 12)});
}

TEST(NoteBoxes, RoundTripThroughJsonAndRefuseNonsense)
{
    const QList<QRectF> boxes{QRectF(1.234, 2, 3, 4.5)};
    EXPECT_EQ(NoteStore::boxesToJson(boxes), QStringLiteral("[[1.23,2,3,4.5]]"));
    EXPECT_EQ(NoteStore::boxesFromJson(QStringLiteral("[[1.23,2,3,4.5]]")), QList<QRectF>{QRectF(1.23, 2, 3, 4.5)});
    EXPECT_TRUE(NoteStore::boxesToJson({}).isEmpty());
    EXPECT_TRUE(NoteStore::boxesFromJson(QStringLiteral("[[1,2,0,4],[1,2],\"x\"]")).isEmpty());
    EXPECT_TRUE(NoteStore::boxesFromJson(QStringLiteral("not json")).isEmpty());
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
