// The review queue: what the importer saw and could not read, resolutions recorded in unusual
// ways, attendees it could not match to a member, printed ratings that disagree with the computed
// ones and rows read with little confidence; accepted and dismissed entries stay so through a
// revised pack; accepting a resolution checks it in the register; marking a table over an
// unread part closes its entry.
#include "ReviewQueue.h"
#include "BundleFixtures.h"
#include "ImportWriter.h"
#include "MarkedTableStore.h"
#include "ResolutionStore.h"

#include <algorithm>

using namespace scrutineer;
using namespace scrutineer::testing;

namespace {

ImportBundle packToReview(const QByteArray& sha)
{
    ImportBundle b = samplePack(sha);
    b.regions
        = {PageRegion {1, 1, QStringLiteral("front sheet"), QStringLiteral("Committee")},
           PageRegion {3, 3, QStringLiteral("aligned block"),
                       QStringLiteral("5 lines that look like a plan, from \u201cProposal Sponsor\u201d"), false, 0}};
    // Minutes of the earlier meeting: a decision recorded without RESOLVED, and an attendee the
    // membership does not name (the pack's meeting has members; give the earlier one some too).
    b.meetings[1].minutes[0].resolutions[0].flags = {QStringLiteral("agreed-without-resolved")};
    b.meetings[1].members = {{QStringLiteral("Ann Able"), MemberRole::Chair, {}, {}, 2}};
    b.meetings[1].attendance.append({QStringLiteral("Zed Zebedee"), AttendanceStatus::Present, {}, {}, 2});
    b.actions[1].confidence = 0.5;
    b.actions[1].roles = {QStringLiteral("action")};
    b.readings[0].reportedRating = QStringLiteral("Inadequate"); // 70 is Good by the bands
    return b;
}

QStringList kinds(const QList<ReviewEntry>& entries)
{
    QStringList out;
    for (const ReviewEntry& e : entries)
        out.append(QString::number(int(e.kind)));
    std::sort(out.begin(), out.end());
    return out;
}

const ReviewEntry* ofKind(const QList<ReviewEntry>& entries, ReviewEntry::Kind kind)
{
    for (const ReviewEntry& e : entries) {
        if (e.kind == kind)
            return &e;
    }
    return nullptr;
}

class ReviewQueueTest : public StoreFixture { };

} // namespace

TEST_P(ReviewQueueTest, ListsWhatNeedsAPerson)
{
    ASSERT_TRUE(ImportWriter(*m_db).write(packToReview("v1")).hasValue());
    const QList<ReviewEntry> entries = ReviewQueue(*m_db).entries();
    EXPECT_EQ(kinds(entries),
              (QStringList {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                            QStringLiteral("4")}));
    const ReviewEntry* table = ofKind(entries, ReviewEntry::Kind::UnreadTable);
    ASSERT_TRUE(table);
    EXPECT_EQ(table->pdfPage, 3);
    EXPECT_EQ(table->regionKind, QStringLiteral("aligned block"));
    EXPECT_GT(table->documentId, 0);
    const ReviewEntry* attendee = ofKind(entries, ReviewEntry::Kind::Attendance);
    ASSERT_TRUE(attendee);
    EXPECT_EQ(attendee->subject, QStringLiteral("Zed Zebedee"));
    const ReviewEntry* rating = ofKind(entries, ReviewEntry::Kind::Rating);
    ASSERT_TRUE(rating);
    EXPECT_EQ(rating->printedRating, QStringLiteral("Inadequate"));
    EXPECT_EQ(rating->computedRating, QStringLiteral("Green"));
    EXPECT_GT(rating->indicatorId, 0);
    const ReviewEntry* low = ofKind(entries, ReviewEntry::Kind::LowConfidence);
    ASSERT_TRUE(low);
    EXPECT_EQ(low->subject, QStringLiteral("Recruit twenty new foster carers"));
    EXPECT_GT(low->actionId, 0);
    EXPECT_EQ(ReviewQueue(*m_db).openCount(), 5);
}

TEST_P(ReviewQueueTest, DismissedAndAcceptedEntriesStaySoThroughARevisedPack)
{
    ASSERT_TRUE(ImportWriter(*m_db).write(packToReview("v1")).hasValue());
    ReviewQueue queue(*m_db);
    const QList<ReviewEntry> before = queue.entries();
    const ReviewEntry table = *ofKind(before, ReviewEntry::Kind::UnreadTable);
    const ReviewEntry low = *ofKind(before, ReviewEntry::Kind::LowConfidence);
    EXPECT_FALSE(queue.setState(table.key, ReviewEntry::State::Dismissed).has_value());
    EXPECT_FALSE(queue.setState(low.key, ReviewEntry::State::Accepted).has_value());
    EXPECT_EQ(queue.openCount(), 3);

    auto revised = ImportWriter(*m_db).write(packToReview("v2"));
    ASSERT_TRUE(revised.hasValue());
    ASSERT_EQ(revised.value().status, ImportWriter::Outcome::Status::Replaced);
    EXPECT_EQ(queue.openCount(), 3);
    EXPECT_EQ(queue.state(table.key), ReviewEntry::State::Dismissed);
    const QList<ReviewEntry> all = queue.entries(true);
    EXPECT_EQ(all.size(), 5);
    // Undo: open again.
    EXPECT_FALSE(queue.setState(table.key, ReviewEntry::State::Open).has_value());
    EXPECT_EQ(queue.openCount(), 4);
}

TEST_P(ReviewQueueTest, AcceptingAResolutionChecksItInTheRegister)
{
    ASSERT_TRUE(ImportWriter(*m_db).write(packToReview("v1")).hasValue());
    ReviewQueue queue(*m_db);
    const ReviewEntry resolution = *ofKind(queue.entries(), ReviewEntry::Kind::Resolution);
    EXPECT_EQ(resolution.detail, QStringLiteral("agreed-without-resolved"));
    ASSERT_FALSE(resolution.resolutionKey.isEmpty());
    EXPECT_FALSE(queue.setState(resolution.key, ReviewEntry::State::Accepted).has_value());
    EXPECT_TRUE(ResolutionStore(*m_db).userState(resolution.resolutionKey).checked);
    EXPECT_EQ(ofKind(queue.entries(), ReviewEntry::Kind::Resolution), nullptr);
    EXPECT_FALSE(queue.setState(resolution.key, ReviewEntry::State::Open).has_value());
    EXPECT_FALSE(ResolutionStore(*m_db).userState(resolution.resolutionKey).checked);
}

TEST_P(ReviewQueueTest, MarkingATableOverAnUnreadPartClosesIt)
{
    auto written = ImportWriter(*m_db).write(packToReview("v1"));
    ASSERT_TRUE(written.hasValue());
    MarkedTableSpec spec;
    spec.areas = {{3, QRectF(30, 100, 500, 200)}};
    MarkedRecords records;
    Action action;
    action.origin = ActionOrigin::ImprovementPlan;
    action.text = QStringLiteral("Open a family hub");
    action.pdfPage = 3;
    records.actions = {action};
    ASSERT_TRUE(MarkedTableStore(*m_db).add(written.value().documentId, spec, records).hasValue());
    EXPECT_EQ(ofKind(ReviewQueue(*m_db).entries(), ReviewEntry::Kind::UnreadTable), nullptr);
}

INSTANTIATE_TEST_SUITE_P(Backends, ReviewQueueTest, backends(), backendName);
