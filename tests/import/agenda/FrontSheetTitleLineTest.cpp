#include "../minutes/MinutesSheet.h"
#include "agenda/AgendaParser.h"
#include "agenda/FrontSheetParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::SheetGeometry;

// ModernGov titles a meeting with its body, date and time on one line ("Planning Committee -
// Thursday, 11th April, 2024 7.00 pm") over a labelled venue: on agendas printed from its pages
// that line is the meeting's body and date. Words after the time make it no such title. Its items
// print the number alone over the title ("1." ⏎ "Apologies for absence"). Over several page
// geometries; councils, names and places are illustrative.

namespace {

class FrontSheetTitleLine : public ::testing::TestWithParam<SheetGeometry> { };

parse::FrontSheet parsedTitleSheet(const QString& title)
{
    MinutesSheet sheet(1, SheetGeometry(), false);
    sheet.line(QStringLiteral("Westford Borough Council"));
    sheet.line(QStringLiteral("Agenda"));
    sheet.line(title);
    sheet.line(QStringLiteral("Venue: Council Chamber, Civic Centre, Westford"));
    sheet.gap();
    sheet.row({{sheet.x(72), QStringLiteral("1.")}, {sheet.x(100), QStringLiteral("Apologies for absence")}});
    sheet.row({{sheet.x(72), QStringLiteral("2.")}, {sheet.x(100), QStringLiteral("Appeals update (Pages 1 - 6)")}});
    return parse::FrontSheetParser::parse(sheet.document());
}

} // namespace

TEST_P(FrontSheetTitleLine, BodyDateAndTimeOnOneLine)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("Westford Borough Council"));
    sheet.line(QStringLiteral("Agenda"));
    sheet.line(QStringLiteral("Planning Committee - Thursday, 11th April, 2024 7.00 pm"));
    sheet.line(QStringLiteral("Venue: Council Chamber, Civic Centre, Westford"));
    sheet.line(QStringLiteral("Contact: Jane Roe, Democratic Services Officer"));
    sheet.gap();
    sheet.row({{sheet.x(72), QStringLiteral("1.")}, {sheet.x(100), QStringLiteral("Apologies for absence")}});
    sheet.row({{sheet.x(72), QStringLiteral("2.")}, {sheet.x(100), QStringLiteral("Appeals update (Pages 1 - 6)")}});
    const parse::FrontSheet front = parse::FrontSheetParser::parse(sheet.document());
    EXPECT_EQ(front.meeting.date, QDate(2024, 4, 11));
    EXPECT_EQ(front.meeting.time, QTime(19, 0));
    EXPECT_EQ(front.meeting.body, QStringLiteral("Planning Committee"));
}

TEST(FrontSheetTitleLineWords, WordsAfterTheTimeMakeNoTitle)
{
    EXPECT_EQ(parsedTitleSheet(QStringLiteral("Cabinet - Tuesday, 5th March, 2024 10.00 am")).meeting.date,
              QDate(2024, 3, 5));
    EXPECT_NE(parsedTitleSheet(QStringLiteral("Cabinet - Tuesday, 5th March, 2024 when the report was deferred"))
                  .meeting.date,
              QDate(2024, 3, 5));
}

TEST_P(FrontSheetTitleLine, ItemNumbersAloneOverTheirTitles)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("Agenda"));
    sheet.line(QStringLiteral("Planning Committee - Thursday, 11th April, 2024 7.00 pm"));
    sheet.gap();
    sheet.line(QStringLiteral("1."));
    sheet.line(QStringLiteral("Apologies for absence"));
    sheet.line(QStringLiteral("To receive apologies for absence."));
    sheet.gap();
    sheet.line(QStringLiteral("2."));
    sheet.line(QStringLiteral("24/00512/FUL - Land at Mill Lane (Pages 9 - 30)"));
    sheet.line(QStringLiteral("Report of the Head of Planning."));
    sheet.gap();
    sheet.line(QStringLiteral("3."));
    sheet.line(QStringLiteral("Appeals update (Pages 31 - 36)"));
    sheet.gap();
    sheet.line(QStringLiteral("4"));
    sheet.line(QStringLiteral("Any other business"));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    QStringList numbers;
    for (const AgendaItem& item : items)
        numbers.append(item.number);
    // "4" without its stop is no number standing for an item: a page or a count could be one.
    EXPECT_EQ(numbers, (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items.at(0).title, QStringLiteral("Apologies for absence"));
    EXPECT_EQ(items.at(1).title, QStringLiteral("24/00512/FUL - Land at Mill Lane"));
    ASSERT_TRUE(items.at(1).packPages.has_value());
    EXPECT_EQ(items.at(1).packPages->first, 9);
    EXPECT_EQ(items.at(2).title, QStringLiteral("Appeals update"));
}

INSTANTIATE_TEST_SUITE_P(Geometry, FrontSheetTitleLine, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });

// A council's name printed before its committee's on the title line ("Northby District Council -
// Cabinet, 18 March 2030", an appendix's running title) names the authority and the body apart.
TEST_P(FrontSheetTitleLine, CouncilBeforeTheCommitteeNamesTheAuthority)
{
    for (const QString& dash : {QStringLiteral("-"), QStringLiteral("\u2013")}) {
        MinutesSheet sheet(1, GetParam(), false);
        sheet.line(QStringLiteral("Northby District Council %1 Cabinet, 18 March 2030").arg(dash));
        sheet.line(QStringLiteral("Item 9, Appendix A: Council plan monitoring"));
        sheet.gap();
        sheet.line(QStringLiteral("Milestones are shown against the dates agreed in June."));
        const parse::FrontSheet front = parse::FrontSheetParser::parse(sheet.document());
        EXPECT_EQ(front.meeting.body.toStdString(), "Cabinet");
        EXPECT_EQ(front.meeting.authority.toStdString(), "Northby District Council");
        EXPECT_EQ(front.meeting.date, QDate(2030, 3, 18));
    }
    // A committee whose own name holds a council's is left whole.
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("Northby District Council, 18 March 2030"));
    sheet.line(QStringLiteral("Item 9: Council plan monitoring"));
    const parse::FrontSheet front = parse::FrontSheetParser::parse(sheet.document());
    EXPECT_FALSE(front.meeting.body.contains(QStringLiteral(" - ")));
}
