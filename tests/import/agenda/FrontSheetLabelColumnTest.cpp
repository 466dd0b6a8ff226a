// A front sheet's meeting details set as a label column printed without colons ("Date" beside
// "Wednesday, 17 April 2030", "Venue" beside a venue that wraps under its value): each label
// alone in its cell, the value in the next. A row of headings is not read as a label and value.
#include "AgendaFixtures.h"
#include "agenda/FrontLabels.h"
#include "agenda/FrontSheetParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;

TEST(FrontSheetLabelColumn, LabelsWithoutColonsBesideTheirValues)
{
    PageBuilder page(1);
    page.text(60, 50, QStringLiteral("OLDBURY COUNTY COUNCIL"), 14);
    page.text(60, 72, QStringLiteral("Highways Scrutiny Committee"), 13);
    page.row(100, {{60, QStringLiteral("Date")}, {150, QStringLiteral("Wednesday, 17 April 2030")}}, 11);
    page.row(115, {{60, QStringLiteral("Time")}, {150, QStringLiteral("2.30 pm")}}, 11);
    page.row(130, {{60, QStringLiteral("Venue")}, {150, QStringLiteral("Council Chamber, Shire Hall,")}}, 11);
    page.text(150, 145, QStringLiteral("Market Square, Oldbury OB1 2CD"), 11);
    page.row(160, {{60, QStringLiteral("Contact")}, {150, QStringLiteral("Sam Reed, Democratic Services")}}, 11);
    page.text(60, 200, QStringLiteral("AGENDA"), 12);
    page.row(220, {{60, QStringLiteral("1.")}, {90, QStringLiteral("Apologies for absence")}});
    const Meeting m = parse::FrontSheetParser::parse(documentOf({page.build()})).meeting;
    EXPECT_EQ(m.date, QDate(2030, 4, 17));
    EXPECT_EQ(m.time, QTime(14, 30));
    EXPECT_EQ(m.venue.toStdString(), "Council Chamber, Shire Hall, Market Square, Oldbury OB1 2CD");
}

TEST(FrontSheetLabelColumn, OnlyALabelAloneInItsCellBesideAValue)
{
    PageBuilder page(1);
    page.row(100, {{60, QStringLiteral("Venue")}, {150, QStringLiteral("Shire Hall")}}, 11);
    page.row(115, {{60, QStringLiteral("Date")}, {150, QStringLiteral("Time")}, {240, QStringLiteral("Venue")}}, 11);
    page.text(60, 130, QStringLiteral("Date of the next meeting to be agreed"), 11);
    page.text(60, 145, QStringLiteral("Time"), 11);
    const layout::LayoutPage built = page.build();
    ASSERT_EQ(built.lines.size(), 4);
    EXPECT_EQ(parse::FrontLabels::labelColumnText(built.lines.at(0)).toStdString(), "Venue: Shire Hall");
    EXPECT_TRUE(parse::FrontLabels::labelColumnText(built.lines.at(1)).isEmpty()); // a row of headings
    EXPECT_TRUE(parse::FrontLabels::labelColumnText(built.lines.at(2)).isEmpty()); // running text
    EXPECT_TRUE(parse::FrontLabels::labelColumnText(built.lines.at(3)).isEmpty()); // no value beside it
}

TEST(FrontSheetLabelColumn, AReportsDateOfMeetingIsTheMeetingsDate)
{
    // A report's front sheet names the meeting it goes to with 'Date of meeting:' in its label
    // column, among labels of the report's own.
    PageBuilder page(1);
    page.text(60, 50, QStringLiteral("OLDBURY COUNTY COUNCIL"), 14);
    page.text(60, 72, QStringLiteral("CABINET"), 13);
    page.row(100, {{60, QStringLiteral("Date of meeting:")}, {200, QStringLiteral("16 July 2030")}}, 10);
    page.row(114, {{60, QStringLiteral("Report title:")}, {200, QStringLiteral("Year-End Performance 2029/30")}}, 10);
    page.row(128, {{60, QStringLiteral("Report of:")}, {200, QStringLiteral("Director of Resources")}}, 10);
    page.text(60, 160, QStringLiteral("1. Summary"), 11);
    page.text(60, 176, QStringLiteral("1.1 This report sets out the Council's performance at the end of 2029/30."), 10);
    const Meeting m = parse::FrontSheetParser::parse(documentOf({page.build()})).meeting;
    EXPECT_EQ(m.date, QDate(2030, 7, 16));
    EXPECT_EQ(parse::FrontLabels::match(QStringLiteral("Date of the meeting: 3 March 2031")).label,
              parse::FrontLabel::Date);
}

TEST(FrontSheetLabelColumn, AMeetingLabelWithOnlyADateGivesTheDateNotTheBody)
{
    // 'Meeting: 2 December 2030' under the committee's heading names when, not who: the date is
    // the meeting's, and no committee is called '2 December 2030'.
    PageBuilder page(1);
    page.text(60, 50, QStringLiteral("OLDBURY COUNTY COUNCIL"), 14);
    page.text(60, 72, QStringLiteral("Corporate Overview and Scrutiny Committee"), 12);
    page.text(60, 100, QStringLiteral("Meeting: 2 December 2030"), 10);
    page.text(60, 114, QStringLiteral("Report by: Assistant Chief Executive"), 10);
    page.text(60, 128, QStringLiteral("Title: Council Plan Measures: Half-Year Position"), 10);
    page.text(60, 160, QStringLiteral("1. Summary"), 11);
    page.text(60, 176, QStringLiteral("1.1 This report sets out where the Council stands."), 10);
    const Meeting m = parse::FrontSheetParser::parse(documentOf({page.build()})).meeting;
    EXPECT_EQ(m.date, QDate(2030, 12, 2));
    EXPECT_FALSE(m.body.contains(QStringLiteral("December"))) << m.body.toStdString();
}
