#include "AgendaMerger.h"
#include "BundleFixtures.h"
#include "ImportWriter.h"

#include <gtest/gtest.h>

using scrutineer::AgendaMerger;
using scrutineer::MeetingStore;

namespace {

MeetingStore::AgendaEntry mergerEntry(qint64 document, const QString& number, const QString& title, int first = 0,
                                      int last = 0)
{
    MeetingStore::AgendaEntry e;
    e.documentId = document;
    e.number = number;
    e.title = title;
    e.pdfFirst = first;
    e.pdfLast = last;
    return e;
}

QStringList mergerNumbers(const QList<MeetingStore::AgendaEntry>& entries)
{
    QStringList out;
    for (const auto& e : entries)
        out << QStringLiteral("%1@%2").arg(e.number).arg(e.documentId);
    return out;
}

} // namespace

TEST(AgendaMergerTest, FrontSheetAndPackItemsAppearOnceAtThePackPages)
{
    const QList<MeetingStore::AgendaEntry> merged = AgendaMerger::merge({
        mergerEntry(1, QStringLiteral("1."), QStringLiteral("APOLOGIES FOR ABSENCE"), 1, 1),
        mergerEntry(1, QStringLiteral("2."), QStringLiteral("Declarations of Interest"), 1, 1),
        mergerEntry(1, QStringLiteral("3."), QStringLiteral("Minutes"), 1, 1),
        mergerEntry(2, QStringLiteral("1"), QStringLiteral("Apologies for Absence"), 0, 0),
        mergerEntry(2, QStringLiteral("2"), QStringLiteral("Declarations of interest"), 3, 3),
        mergerEntry(2, QStringLiteral("3"), QStringLiteral("Minutes of the meeting held on 4 February 2025"), 4, 9),
    });
    ASSERT_EQ(merged.size(), 3);
    EXPECT_EQ(mergerNumbers(merged),
              (QStringList {QStringLiteral("1.@1"), QStringLiteral("2.@1"), QStringLiteral("3.@2")}));
    // Item 1 has pages only on the front sheet; item 3 opens on the pack's six pages.
    EXPECT_EQ(merged[0].pdfFirst, 1);
    EXPECT_EQ(merged[2].pdfFirst, 4);
    EXPECT_EQ(merged[2].pdfLast, 9);
    EXPECT_EQ(merged[2].title, QStringLiteral("Minutes of the meeting held on 4 February 2025"));
}

TEST(AgendaMergerTest, ItemsOnlyOneDocumentPrintsFollowTheItemBeforeThem)
{
    const QList<MeetingStore::AgendaEntry> merged = AgendaMerger::merge({
        mergerEntry(1, QStringLiteral("1"), QStringLiteral("Apologies")),
        mergerEntry(1, QStringLiteral("2"), QStringLiteral("Budget monitoring")),
        mergerEntry(1, QStringLiteral("4"), QStringLiteral("Work programme")),
        mergerEntry(2, QStringLiteral("2"), QStringLiteral("Budget Monitoring"), 3, 12),
        mergerEntry(2, QStringLiteral("3"), QStringLiteral("Urgent item: school transport"), 13, 15),
        mergerEntry(2, QStringLiteral("4"), QStringLiteral("Work Programme"), 16, 18),
        mergerEntry(2, QStringLiteral("5"), QStringLiteral("Exclusion of the press and public"), 19, 19),
    });
    QStringList numbers;
    for (const auto& e : merged)
        numbers << e.number;
    EXPECT_EQ(numbers,
              (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                            QStringLiteral("5")}));
}

TEST(AgendaMergerTest, DifferentTitlesUnderOneNumberStayApart)
{
    // A supplementary agenda numbering its own items from 1 is not the main agenda's item 1.
    const QList<MeetingStore::AgendaEntry> merged = AgendaMerger::merge({
        mergerEntry(1, QStringLiteral("1"), QStringLiteral("Apologies for absence")),
        mergerEntry(2, QStringLiteral("1"), QStringLiteral("Capital programme update"), 2, 8),
    });
    EXPECT_EQ(merged.size(), 2);
}

TEST(AgendaMergerTest, OneDocumentPrintingANumberTwiceKeepsBoth)
{
    const QList<MeetingStore::AgendaEntry> merged = AgendaMerger::merge({
        mergerEntry(1, QStringLiteral("5"), QStringLiteral("Questions")),
        mergerEntry(1, QStringLiteral("5"), QStringLiteral("Questions")),
        mergerEntry(2, QStringLiteral("5"), QStringLiteral("Questions"), 4, 5),
    });
    ASSERT_EQ(merged.size(), 2);
    EXPECT_EQ(merged[0].pdfFirst, 4); // the other document's copy folds into the first only
    EXPECT_EQ(merged[1].pdfFirst, 0);
}

TEST(AgendaMergerTest, FoldKeepsReportAuthorAndExemption)
{
    MeetingStore::AgendaEntry sheet = mergerEntry(1, QStringLiteral("7"), QStringLiteral("Property disposal"));
    sheet.exempt = true;
    MeetingStore::AgendaEntry pack = mergerEntry(2, QStringLiteral("7"), QStringLiteral("Property Disposal"), 30, 31);
    pack.reportOf = QStringLiteral("Director of Resources");
    const QList<MeetingStore::AgendaEntry> merged = AgendaMerger::merge({sheet, pack});
    ASSERT_EQ(merged.size(), 1);
    EXPECT_TRUE(merged[0].exempt);
    EXPECT_EQ(merged[0].reportOf, QStringLiteral("Director of Resources"));
    EXPECT_EQ(merged[0].documentId, 2);
}

TEST(AgendaMergerTest, SameItemComparesNumbersAndTitles)
{
    EXPECT_TRUE(AgendaMerger::sameItem(mergerEntry(1, QStringLiteral("3(a)"), QStringLiteral("Call-in: Highways")),
                                       mergerEntry(2, QStringLiteral("3(a)."), QStringLiteral("CALL-IN – HIGHWAYS"))));
    EXPECT_FALSE(AgendaMerger::sameItem(mergerEntry(1, QStringLiteral("3"), QStringLiteral("Minutes")),
                                        mergerEntry(2, QStringLiteral("4"), QStringLiteral("Minutes"))));
    EXPECT_TRUE(AgendaMerger::sameItem(
        mergerEntry(1, QStringLiteral("6"), QStringLiteral("Performance report quarter 3")),
        mergerEntry(2, QStringLiteral("6"), QStringLiteral("Quarter 3 performance report for 2024/25"))));
}

// Through the store, on both backends: a front sheet and the reports pack of one meeting.
class MergedAgendaTest : public scrutineer::testing::StoreFixture { };

TEST_P(MergedAgendaTest, FrontSheetAndPackOfOneMeetingListEachItemOnce)
{
    using namespace scrutineer;
    const ImportBundle pack = scrutineer::testing::samplePack("merged-pack");
    ImportBundle sheet;
    sheet.fileName = QStringLiteral("front-sheet.pdf");
    sheet.sha256 = "merged-sheet";
    sheet.kind = DocumentKind::AgendaPack;
    sheet.pageCount = 1;
    sheet.pages = {scrutineer::testing::page(1, QStringLiteral("Agenda"))};
    Meeting meeting = pack.meetings.first();
    meeting.members.clear();
    AgendaItem apologies;
    apologies.number = QStringLiteral("1.");
    apologies.title = QStringLiteral("Apologies");
    AgendaItem fostering;
    fostering.number = QStringLiteral("3.");
    fostering.title = QStringLiteral("FOSTERING RECRUITMENT");
    fostering.pdfPages = PageRange {1, 1};
    meeting.agendaItems = {apologies, fostering};
    sheet.meetings = {meeting};
    sheet.documentMeetingIndex = 0;
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(sheet).hasValue());
    ASSERT_TRUE(writer.write(pack).hasValue());

    MeetingStore store(*m_db);
    qint64 meetingId = 0;
    for (const MeetingStore::MeetingSummary& m : store.meetings()) {
        if (m.date == meeting.date) {
            meetingId = m.id;
            EXPECT_EQ(m.agendaItems, 2) << "item 3 is printed by both documents";
            EXPECT_EQ(m.documents, 2);
        }
    }
    ASSERT_GT(meetingId, 0);
    EXPECT_EQ(store.agenda(meetingId).size(), 3);
    const QList<MeetingStore::AgendaEntry> merged = store.mergedAgenda(meetingId);
    ASSERT_EQ(merged.size(), 2);
    EXPECT_EQ(merged[1].pdfFirst, 3) << "opens on the pack's report page";
    EXPECT_EQ(store.meeting(meetingId)->agendaItems, 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, MergedAgendaTest, scrutineer::testing::backends(), scrutineer::testing::backendName);
