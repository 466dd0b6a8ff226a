#include "../minutes/MinutesSheet.h"
#include "agenda/AgendaParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::SheetGeometry;

// Agendas whose items carry a time and whose parts hang under a parent item: a time printed in a
// column of its own without any header row, left of the numbers ("7.00pm  1.  Apologies") or at
// the right end of the line ("1.  Apologies      10:00"), timed
// rows without a number (a forum, the close) that are no items, and parts numbered with their
// item's number and a letter ("6a", "5(a)") in the number column, each an item with its own
// number and pages. Over several page geometries; bodies, names and titles are illustrative.

namespace {

class AgendaTimes : public ::testing::TestWithParam<SheetGeometry> { };

// Left edges of a header-less timed agenda's columns, in the default sheet's points.
constexpr qreal kTimesTime = 72;
constexpr qreal kTimesNo = 118;
constexpr qreal kTimesTitle = 150;

void timesRow(MinutesSheet& sheet, const QString& time, const QString& number, const QString& title)
{
    QList<QPair<qreal, QString>> cells;
    if (!time.isEmpty())
        cells.append({sheet.x(kTimesTime), time});
    if (!number.isEmpty())
        cells.append({sheet.x(kTimesNo), number});
    cells.append({sheet.x(kTimesTitle), title});
    sheet.row(cells);
}

const AgendaItem* agendaTimesItem(const QList<AgendaItem>& items, const QString& number)
{
    for (const AgendaItem& item : items) {
        if (item.number == number)
            return &item;
    }
    return nullptr;
}

} // namespace

TEST_P(AgendaTimes, ATimeLeftOfTheNumbersIsNoPartOfTheItem)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("AGENDA"));
    sheet.gap();
    timesRow(sheet, QStringLiteral("7.00pm"), QStringLiteral("1."), QStringLiteral("Apologies for absence"));
    timesRow(sheet, {}, {}, QStringLiteral("To receive apologies."));
    timesRow(sheet, QStringLiteral("7.05 pm"), QStringLiteral("2."), QStringLiteral("Minutes"));
    timesRow(sheet, QStringLiteral("19:10"), QStringLiteral("3."),
             QStringLiteral("Street trading consent: Friday market,"));
    timesRow(sheet, {}, {}, QStringLiteral("8.00am to"));
    timesRow(sheet, {}, {}, QStringLiteral("2.00pm"));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items.at(0).number.toStdString(), "1");
    EXPECT_EQ(items.at(0).title.toStdString(), "Apologies for absence");
    EXPECT_EQ(items.at(0).description.toStdString(), "To receive apologies.");
    EXPECT_EQ(items.at(1).number.toStdString(), "2");
    EXPECT_EQ(items.at(1).title.toStdString(), "Minutes"); // '7.05 pm' printed as two words
    // Times inside a title, on the title's own lines, stay in it.
    EXPECT_EQ(items.at(2).title.toStdString(), "Street trading consent: Friday market, 8.00am to 2.00pm");
}

TEST_P(AgendaTimes, ATimedRowWithoutANumberIsNoItem)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("AGENDA"));
    sheet.gap();
    timesRow(sheet, QStringLiteral("7.00pm"), QStringLiteral("1."), QStringLiteral("Apologies for absence"));
    timesRow(sheet, QStringLiteral("7.05pm"), QStringLiteral("2."), QStringLiteral("Minutes"));
    timesRow(sheet, {}, {}, QStringLiteral("To approve the minutes of the last meeting."));
    timesRow(sheet, QStringLiteral("7.10pm"), {}, QStringLiteral("Public forum (up to 15 minutes)"));
    timesRow(sheet, {}, {}, QStringLiteral("Members of the public may speak."));
    timesRow(sheet, QStringLiteral("7.25pm"), QStringLiteral("3."), QStringLiteral("Clerk's report"));
    sheet.gap();
    timesRow(sheet, QStringLiteral("9.00pm"), {}, QStringLiteral("Close of meeting"));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items.at(1).title.toStdString(), "Minutes");
    EXPECT_EQ(items.at(1).description.toStdString(), "To approve the minutes of the last meeting.");
    EXPECT_EQ(items.at(2).number.toStdString(), "3");
    EXPECT_EQ(items.at(2).title.toStdString(), "Clerk's report");
    EXPECT_TRUE(items.at(2).description.isEmpty()) << items.at(2).description.toStdString();
}

TEST_P(AgendaTimes, ATimeAtTheRightEndOfTheLineIsNoPartOfTheTitle)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("AGENDA"));
    sheet.gap();
    const qreal no = sheet.x(72);
    const qreal title = sheet.x(100);
    const qreal time = sheet.x(470);
    sheet.row({{no, QStringLiteral("1.")},
               {title, QStringLiteral("Apologies for absence")},
               {time, QStringLiteral("10:00")}});
    sheet.row({{no, QStringLiteral("2.")},
               {title, QStringLiteral("Questions from the public")},
               {time, QStringLiteral("10:05")}});
    sheet.row({{title, QStringLiteral("Lunch")}, {time, QStringLiteral("12:30")}});
    sheet.row({{no, QStringLiteral("3.")},
               {title, QStringLiteral("Review of the 10.30 bus service")},
               {time, QStringLiteral("13:15")}});
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items.at(0).title.toStdString(), "Apologies for absence");
    EXPECT_EQ(items.at(1).title.toStdString(), "Questions from the public");
    EXPECT_TRUE(items.at(1).description.isEmpty()) << items.at(1).description.toStdString(); // 'Lunch' is no item's
    EXPECT_EQ(items.at(2).title.toStdString(), "Review of the 10.30 bus service");
}

TEST_P(AgendaTimes, PartsLetteredAfterTheirItemsNumberAreItemsOfTheirOwn)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("AGENDA"));
    sheet.gap();
    timesRow(sheet, QStringLiteral("7.30pm"), QStringLiteral("5."), QStringLiteral("Planning applications"));
    timesRow(sheet, {}, QStringLiteral("5(a)"), QStringLiteral("24/00312/FUL - 14 Mill Lane: rear extension and"));
    timesRow(sheet, {}, {}, QStringLiteral("replacement garage"));
    timesRow(sheet, {}, QStringLiteral("5(b)"), QStringLiteral("24/00327/LBC - The Old Granary: rooflights"));
    timesRow(sheet, QStringLiteral("8.10pm"), QStringLiteral("6."), QStringLiteral("Planning appeals"));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    ASSERT_EQ(items.size(), 4);
    EXPECT_EQ(items.at(0).title.toStdString(), "Planning applications");
    EXPECT_EQ(items.at(1).number.toStdString(), "5(a)");
    EXPECT_EQ(items.at(1).title.toStdString(), "24/00312/FUL - 14 Mill Lane: rear extension and replacement garage");
    EXPECT_EQ(items.at(2).number.toStdString(), "5(b)");
    EXPECT_EQ(items.at(3).number.toStdString(), "6");
}

TEST_P(AgendaTimes, APartNumberedWithALetterInATablesNumberColumnKeepsItsPages)
{
    // 'Item | Business | Report of | Pages | Time': parts 6a and 6b of item 6 under it, each with
    // its own pages and report-of and no time; the time is the last column.
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("Agenda"));
    sheet.gap();
    const qreal item = sheet.x(72);
    const qreal business = sheet.x(102);
    const qreal report = sheet.x(300);
    const qreal pages = sheet.x(420);
    const qreal time = sheet.x(480);
    sheet.row({{item, QStringLiteral("Item")},
               {business, QStringLiteral("Business")},
               {report, QStringLiteral("Report of")},
               {pages, QStringLiteral("Pages")},
               {time, QStringLiteral("Time")}});
    sheet.row({{item, QStringLiteral("5")},
               {business, QStringLiteral("Proposed precept")},
               {report, QStringLiteral("Commissioner")},
               {pages, QStringLiteral("9 - 36")},
               {time, QStringLiteral("10.50")}});
    sheet.row(
        {{item, QStringLiteral("6")}, {business, QStringLiteral("Plan monitoring")}, {time, QStringLiteral("11.35")}});
    sheet.row({{item, QStringLiteral("6a")},
               {business, QStringLiteral("Neighbourhood policing")},
               {report, QStringLiteral("Chief Executive")},
               {pages, QStringLiteral("37 - 52")}});
    sheet.row({{item, QStringLiteral("6b")},
               {business, QStringLiteral("Violence against women")},
               {report, QStringLiteral("Head of Service")},
               {pages, QStringLiteral("53 - 70")}});
    sheet.row({{item, QStringLiteral("7")},
               {business, QStringLiteral("Decisions")},
               {report, QStringLiteral("Commissioner")},
               {pages, QStringLiteral("71 - 78")},
               {time, QStringLiteral("12.25")}});
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    ASSERT_EQ(items.size(), 5);
    const AgendaItem* a = agendaTimesItem(items, QStringLiteral("6a"));
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->title.toStdString(), "Neighbourhood policing");
    EXPECT_EQ(a->packPages, (PageRange {37, 52}));
    EXPECT_EQ(a->reportOf.toStdString(), "Chief Executive");
    const AgendaItem* b = agendaTimesItem(items, QStringLiteral("6b"));
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->packPages, (PageRange {53, 70}));
    const AgendaItem* seven = agendaTimesItem(items, QStringLiteral("7"));
    ASSERT_NE(seven, nullptr);
    EXPECT_EQ(seven->title.toStdString(), "Decisions");
}

TEST_P(AgendaTimes, ALetteredPartOutOfOrderStillEndsTheAgenda)
{
    // Numbering that runs back to an earlier item, letter or not, is a report's, not the agenda's.
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("AGENDA"));
    sheet.gap();
    timesRow(sheet, {}, QStringLiteral("1."), QStringLiteral("Apologies"));
    timesRow(sheet, {}, QStringLiteral("2."), QStringLiteral("Minutes"));
    timesRow(sheet, {}, QStringLiteral("3."), QStringLiteral("Budget"));
    timesRow(sheet, {}, QStringLiteral("1a"), QStringLiteral("Background to the report"));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items.at(2).title.toStdString(), "Budget");
}

INSTANTIATE_TEST_SUITE_P(Geometry, AgendaTimes, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
