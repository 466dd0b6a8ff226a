#include "../minutes/MinutesSheet.h"
#include "agenda/AgendaParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::SheetGeometry;

// Agendas whose items carry a time: a time printed in a column of its own left of the numbers
// without any header row ("7.00pm  1.  Apologies"), and timed rows without a number (a forum,
// the close) that are no items. Over several page geometries; bodies, names and titles are illustrative.

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

} // namespace

TEST_P(AgendaTimes, ATimeLeftOfTheNumbersIsNoPartOfTheItem)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("AGENDA"));
    sheet.gap();
    timesRow(sheet, QStringLiteral("7.00pm"), QStringLiteral("1."), QStringLiteral("Apologies for absence"));
    timesRow(sheet, {}, {}, QStringLiteral("To receive apologies."));
    timesRow(sheet, QStringLiteral("7.05 pm"), QStringLiteral("2."), QStringLiteral("Minutes"));
    timesRow(sheet, QStringLiteral("19:10"), QStringLiteral("3."), QStringLiteral("Street trading consent: Friday market,"));
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

INSTANTIATE_TEST_SUITE_P(Geometry, AgendaTimes, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
