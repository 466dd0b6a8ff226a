#include "../minutes/MinutesSheet.h"
#include "agenda/AgendaParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::SheetGeometry;

// Agendas printed as a table under a header row that names the columns: a time slot, the item's
// number, its title, who leads it, what the meeting is asked to do and its paper ("Time | No. |
// Agenda item | Presenter | Action required | Enclosure"), or a Pages column. The number and title
// make the item, the lead is its report-of, a paper letter or 'Verbal' is no page; a row with a
// time and no number (a break, the close) and a heading across the columns are no items. Over
// several page geometries; bodies, names and titles are illustrative.

namespace {

class AgendaTables : public ::testing::TestWithParam<SheetGeometry> { };

// Left edges of a timed agenda's columns, in the default sheet's points.
constexpr qreal kTime = 72;
constexpr qreal kNo = 112;
constexpr qreal kTitle = 140;
constexpr qreal kLead = 320;
constexpr qreal kAction = 440;
constexpr qreal kPaper = 485;

// One line of a timed agenda table; empty cells are left out.
void timedRow(MinutesSheet& sheet, const QString& time, const QString& number, const QString& title,
              const QString& lead = {}, const QString& action = {}, const QString& paper = {})
{
    QList<QPair<qreal, QString>> cells;
    const std::array<std::pair<qreal, QString>, 6> all {
        {{kTime, time}, {kNo, number}, {kTitle, title}, {kLead, lead}, {kAction, action}, {kPaper, paper}}};
    for (const auto& [x, text] : all) {
        if (!text.isEmpty())
            cells.append({sheet.x(x), text});
    }
    sheet.row(cells);
}

void timedHeader(MinutesSheet& sheet)
{
    timedRow(sheet, QStringLiteral("Time"), QStringLiteral("No."), QStringLiteral("Agenda item"),
             QStringLiteral("Presenter"), QStringLiteral("Action"), QStringLiteral("Enclosure"));
    timedRow(sheet, {}, {}, {}, {}, QStringLiteral("required"));
}

const AgendaItem* agendaTableItem(const QList<AgendaItem>& items, const QString& number)
{
    for (const AgendaItem& item : items) {
        if (item.number == number)
            return &item;
    }
    return nullptr;
}

} // namespace

TEST_P(AgendaTables, ATimedTableGivesNumbersTitlesAndLeadsButNoPages)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("Agenda"));
    sheet.gap();
    timedHeader(sheet);
    timedRow(sheet, QStringLiteral("13:30"), QStringLiteral("1."), QStringLiteral("Welcome and apologies"),
             QStringLiteral("Chair"), QStringLiteral("N"), QStringLiteral("Verbal"));
    timedRow(sheet, QStringLiteral("13:40"), QStringLiteral("2."), QStringLiteral("Minutes of the meeting"),
             QStringLiteral("Chair"), QStringLiteral("A"), QStringLiteral("Enc A"));
    timedRow(sheet, {}, {}, QStringLiteral("held on 7 May 2030"));
    timedRow(sheet, QStringLiteral("13:50"), QStringLiteral("3."), QStringLiteral("Care strategy refresh"),
             QStringLiteral("Dr Ann Lee,"), QStringLiteral("A"), QStringLiteral("Enc B"));
    timedRow(sheet, {}, {}, {}, QStringLiteral("Director of Strategy"));
    timedRow(sheet, QStringLiteral("14:10"), QStringLiteral("4."), QStringLiteral("Carers' week"),
             QStringLiteral("Head of Carers"), QStringLiteral("N"), QStringLiteral("Presentation"));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    ASSERT_EQ(items.size(), 4);
    EXPECT_EQ(items.at(0).number.toStdString(), "1");
    EXPECT_EQ(items.at(0).title.toStdString(), "Welcome and apologies");
    EXPECT_EQ(items.at(0).reportOf.toStdString(), "Chair");
    EXPECT_EQ(items.at(1).title.toStdString(), "Minutes of the meeting held on 7 May 2030");
    EXPECT_EQ(items.at(2).title.toStdString(), "Care strategy refresh");
    EXPECT_EQ(items.at(2).reportOf.toStdString(), "Dr Ann Lee, Director of Strategy");
    EXPECT_EQ(items.at(3).title.toStdString(), "Carers' week");
    for (const AgendaItem& item : items) {
        EXPECT_FALSE(item.packPages) << item.number.toStdString(); // letters and 'Verbal' are no pages
        EXPECT_TRUE(item.description.isEmpty()) << item.description.toStdString();
    }
}

TEST_P(AgendaTables, ARowWithATimeAndNoNumberIsABreakNotAnItem)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("AGENDA"));
    sheet.gap();
    timedHeader(sheet);
    timedRow(sheet, QStringLiteral("14:00"), QStringLiteral("4."), QStringLiteral("Workforce plan"),
             QStringLiteral("Chief Executive"), QStringLiteral("D"), QStringLiteral("Enc C"));
    timedRow(sheet, QStringLiteral("14:20"), {}, QStringLiteral("Comfort break (10 minutes)"));
    timedRow(sheet, QStringLiteral("14:30"), QStringLiteral("5."), QStringLiteral("Questions from the public"),
             QStringLiteral("Chair"), QStringLiteral("N"), QStringLiteral("Verbal"));
    timedRow(sheet, QStringLiteral("16:00"), {}, QStringLiteral("Close"));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).title.toStdString(), "Workforce plan");
    EXPECT_TRUE(items.at(0).description.isEmpty()) << items.at(0).description.toStdString();
    EXPECT_EQ(items.at(1).title.toStdString(), "Questions from the public");
    EXPECT_TRUE(items.at(1).description.isEmpty()) << items.at(1).description.toStdString();
}

TEST_P(AgendaTables, ATitleCellWrapsWhateverItsNextLineBeginsWith)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("Agenda"));
    sheet.gap();
    timedHeader(sheet);
    timedRow(sheet, QStringLiteral("15:35"), QStringLiteral("9."), QStringLiteral("Partnership work programme"),
             QStringLiteral("Sam Hart, Head of"), QStringLiteral("A"), QStringLiteral("Enc F"));
    timedRow(sheet, {}, {}, QStringLiteral("2030/31"), QStringLiteral("Governance"));
    timedRow(sheet, QStringLiteral("15:55"), QStringLiteral("10."), QStringLiteral("Date of next meeting:"),
             QStringLiteral("Chair"), QStringLiteral("N"));
    timedRow(sheet, {}, {}, QStringLiteral("Thursday 13 June 2030"));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).title.toStdString(), "Partnership work programme 2030/31");
    EXPECT_EQ(items.at(0).reportOf.toStdString(), "Sam Hart, Head of Governance");
    EXPECT_EQ(items.at(1).title.toStdString(), "Date of next meeting: Thursday 13 June 2030");
}

TEST_P(AgendaTables, HeadingsAndSentencesAcrossTheColumnsAreNoItems)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("Agenda"));
    sheet.gap();
    timedHeader(sheet);
    sheet.at(sheet.x(kTime), QStringLiteral("OPENING BUSINESS"));
    timedRow(sheet, QStringLiteral("10:00"), QStringLiteral("1."), QStringLiteral("Apologies"),
             QStringLiteral("Chair"), QStringLiteral("N"), QStringLiteral("Verbal"));
    timedRow(sheet, QStringLiteral("10:05"), QStringLiteral("2."), QStringLiteral("Annual report"),
             QStringLiteral("Chair"), QStringLiteral("N"), QStringLiteral("Enc A"));
    sheet.at(sheet.x(kTime), QStringLiteral("CLOSING BUSINESS"));
    timedRow(sheet, QStringLiteral("11:50"), QStringLiteral("3."), QStringLiteral("Any other business"),
             QStringLiteral("Chair"));
    sheet.gap();
    sheet.at(sheet.x(kTime), QStringLiteral("Papers are published a week before the meeting on the website."));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items.at(0).number.toStdString(), "1");
    EXPECT_EQ(items.at(1).title.toStdString(), "Annual report");
    EXPECT_TRUE(items.at(1).description.isEmpty()) << items.at(1).description.toStdString();
    EXPECT_EQ(items.at(2).title.toStdString(), "Any other business");
    EXPECT_TRUE(items.at(2).description.isEmpty()) << items.at(2).description.toStdString();
}

TEST_P(AgendaTables, ABareItemHeadingNamesNumbersOrTitlesByTheHeadingsBesideIt)
{
    // 'Item | Subject | Lead | Pages': the item numbers, beside a Pages column that prints ranges.
    MinutesSheet numbers(1, GetParam(), false);
    numbers.line(QStringLiteral("AGENDA"));
    numbers.gap();
    numbers.row({{numbers.x(72), QStringLiteral("Item")}, {numbers.x(110), QStringLiteral("Subject")},
                 {numbers.x(330), QStringLiteral("Lead")}, {numbers.x(460), QStringLiteral("Pages")}});
    numbers.row({{numbers.x(72), QStringLiteral("1")}, {numbers.x(110), QStringLiteral("Minutes")},
                 {numbers.x(330), QStringLiteral("Chair")}, {numbers.x(460), QStringLiteral("3 - 8")}});
    numbers.row({{numbers.x(72), QStringLiteral("2")}, {numbers.x(110), QStringLiteral("Budget monitoring")},
                 {numbers.x(330), QStringLiteral("Treasurer")}, {numbers.x(460), QStringLiteral("Verbal")}});
    const QList<AgendaItem> items = parse::AgendaParser::parse(numbers.document());
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).title.toStdString(), "Minutes");
    EXPECT_EQ(items.at(0).packPages, (PageRange {3, 8}));
    EXPECT_EQ(items.at(0).reportOf.toStdString(), "Chair");
    EXPECT_EQ(items.at(1).title.toStdString(), "Budget monitoring");
    EXPECT_FALSE(items.at(1).packPages);
    EXPECT_EQ(items.at(1).reportOf.toStdString(), "Treasurer");

    // 'No. | Item | Led by | Paper': the items' titles.
    MinutesSheet titles(1, GetParam(), false);
    titles.line(QStringLiteral("AGENDA"));
    titles.gap();
    titles.row({{titles.x(72), QStringLiteral("No.")}, {titles.x(100), QStringLiteral("Item")},
                {titles.x(330), QStringLiteral("Led by")}, {titles.x(460), QStringLiteral("Paper")}});
    titles.row({{titles.x(72), QStringLiteral("1")}, {titles.x(100), QStringLiteral("Notes of the last meeting")},
                {titles.x(330), QStringLiteral("Chair")}, {titles.x(460), QStringLiteral("Paper 1")}});
    titles.row({{titles.x(72), QStringLiteral("2")}, {titles.x(100), QStringLiteral("Crime dashboard")},
                {titles.x(330), QStringLiteral("Inspector")}, {titles.x(460), QStringLiteral("Paper 2")}});
    const QList<AgendaItem> titled = parse::AgendaParser::parse(titles.document());
    ASSERT_EQ(titled.size(), 2);
    EXPECT_EQ(titled.at(0).title.toStdString(), "Notes of the last meeting");
    EXPECT_FALSE(titled.at(0).packPages); // 'Paper 1' names a paper, not a page
    EXPECT_EQ(titled.at(1).reportOf.toStdString(), "Inspector");
}

TEST_P(AgendaTables, AHeaderRepeatedOnTheNextPageKeepsTheColumns)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("Agenda"));
    sheet.gap();
    timedHeader(sheet);
    timedRow(sheet, QStringLiteral("10:00"), QStringLiteral("1."), QStringLiteral("Apologies"),
             QStringLiteral("Chair"), QStringLiteral("N"), QStringLiteral("Verbal"));
    timedRow(sheet, QStringLiteral("10:05"), QStringLiteral("2."), QStringLiteral("Housing strategy"),
             QStringLiteral("Director of Housing"), QStringLiteral("A"), QStringLiteral("Enc A"));
    sheet.pageBreak();
    sheet.line(QStringLiteral("Agenda (continued)"));
    timedHeader(sheet);
    timedRow(sheet, QStringLiteral("10:30"), QStringLiteral("3."), QStringLiteral("Work programme"),
             QStringLiteral("Clerk"), QStringLiteral("A"), QStringLiteral("Enc B"));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items.at(1).title.toStdString(), "Housing strategy");
    EXPECT_EQ(items.at(1).reportOf.toStdString(), "Director of Housing");
    const AgendaItem* third = agendaTableItem(items, QStringLiteral("3"));
    ASSERT_NE(third, nullptr);
    EXPECT_EQ(third->title.toStdString(), "Work programme");
    EXPECT_EQ(third->reportOf.toStdString(), "Clerk");
}

TEST(AgendaTables, ABareNumberInItsColumnOpensItsItemInSmallType)
{
    // 'No. | Item | Led by | Timing' printed in 5 pt: numbers without a stop, closer to the titles
    // than a few points, are still the Number column's cells.
    SheetGeometry tiny {5, 36, 6.5, QSizeF(595, 842), 0, 40, "Tiny"};
    MinutesSheet sheet(1, tiny, false);
    sheet.line(QStringLiteral("AGENDA"));
    sheet.gap();
    const qreal no = sheet.x(72);
    const qreal item = sheet.x(100);
    const qreal lead = sheet.x(300);
    const qreal timing = sheet.x(440);
    sheet.row({{no, QStringLiteral("No.")}, {item, QStringLiteral("Item")}, {lead, QStringLiteral("Led by")},
               {timing, QStringLiteral("Timing")}});
    sheet.row({{no, QStringLiteral("9")}, {item, QStringLiteral("Forward plan")}, {lead, QStringLiteral("Manager")},
               {timing, QStringLiteral("11.40")}});
    sheet.row({{no, QStringLiteral("10")}, {item, QStringLiteral("Any other business")}, {lead, QStringLiteral("All")},
               {timing, QStringLiteral("11.45")}});
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(1).number.toStdString(), "10");
    EXPECT_EQ(items.at(1).title.toStdString(), "Any other business");
    EXPECT_EQ(items.at(1).reportOf.toStdString(), "All");
}

INSTANTIATE_TEST_SUITE_P(Geometry, AgendaTables, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
