#include "../minutes/MinutesSheet.h"
#include "agenda/FrontSheetParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::SheetGeometry;

// ModernGov titles a meeting with its body, date and time on one line ("Planning Committee -
// Thursday, 11th April, 2024 7.00 pm") over a labelled venue: on agendas printed from its pages
// that line is the meeting's body and date. Words after the time make it no such title. Over
// several page geometries; councils, names and places are illustrative.

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

INSTANTIATE_TEST_SUITE_P(Geometry, FrontSheetTitleLine, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
