#include "../minutes/MinutesSheet.h"
#include "agenda/FrontSheetParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::SheetGeometry;

// The date a summons, notice or letter was sent is not the meeting's date. The meeting's date is
// the one tied to the meeting: "Meeting on Thursday, 9th January, 2025 at 10.00 am" on a cover
// (wrapped over several short lines), "A meeting of the County Council will be held … on …", a
// "BODY – DATE" line, a labelled meeting date. A lone date standing at the right under an address,
// at the foot under the proper officer's name, or labelled as the date of issue is when the papers
// went out. Over several page geometries; councils, names and places are illustrative.

namespace {

class FrontSheetDates : public ::testing::TestWithParam<SheetGeometry> { };

qreal right(const MinutesSheet& sheet, const QString& text)
{
    const SheetGeometry& g = sheet.geometry();
    return g.page.width() - g.margin - text.size() * g.font * 0.5;
}

} // namespace

TEST_P(FrontSheetDates, SummonsCoverAndLetterGiveTheMeetingNotTheDateSent)
{
    MinutesSheet sheet(1, GetParam(), false);
    for (const char* line : {"Summons to and", "Agenda for an", "Extraordinary", "Meeting on", "Thursday, 9th",
                             "January, 2025", "at 10.00 am"})
        sheet.line(QString::fromLatin1(line));
    sheet.pageBreak(); // a blank verso with no text at all
    sheet.pageBreak();
    for (const char* line : {"DEMOCRATIC SERVICES", "TOWN HALL", "WESTFORD"})
        sheet.at(right(sheet, QString::fromLatin1(line)), QString::fromLatin1(line));
    sheet.gap();
    sheet.at(right(sheet, QStringLiteral("Tuesday, 31 December 2024")), QStringLiteral("Tuesday, 31 December 2024"));
    sheet.gap();
    sheet.line(QStringLiteral("To: All Members of the County Council"));
    sheet.gap();
    sheet.line(QStringLiteral("An extraordinary meeting of the County Council will be held in the Council Chamber,"));
    sheet.line(
        QStringLiteral("County Hall, Westford, WF1 2AB on Thursday, 9th January, 2025 at 10.00 am to deal with"));
    sheet.line(QStringLiteral("the following business. The meeting is scheduled to end at 4.30pm."));
    sheet.gap();
    sheet.at(sheet.geometry().page.width() / 2 - 20, QStringLiteral("AGENDA"));
    sheet.gap();
    sheet.row({{sheet.x(72), QStringLiteral("1.")}, {sheet.x(100), QStringLiteral("Apologies for Absence")}});
    sheet.row({{sheet.x(72), QStringLiteral("2.")}, {sheet.x(100), QStringLiteral("Devolution White Paper")}});
    sheet.gap();
    sheet.at(right(sheet, QStringLiteral("Jane Roe")), QStringLiteral("Jane Roe"));
    sheet.at(right(sheet, QStringLiteral("General Counsel")), QStringLiteral("General Counsel"));
    layout::LayoutDocument document = sheet.document();
    document.pages[1].words.clear(); // the verso has no text layer at all
    document.pages[1].lines.clear();
    const parse::FrontSheet front = parse::FrontSheetParser::parse(document);
    const Meeting& m = front.meeting;
    EXPECT_EQ(m.date, QDate(2025, 1, 9));
    EXPECT_EQ(m.time, QTime(10, 0));
    EXPECT_EQ(m.body, QStringLiteral("County Council"));
    EXPECT_EQ(m.venue, QStringLiteral("the Council Chamber, County Hall, Westford, WF1 2AB"));
}

TEST_P(FrontSheetDates, DateUnderTheProperOfficersNameAtTheFootIsTheIssueDate)
{
    MinutesSheet sheet(1, GetParam(), false);
    const qreal centre = sheet.geometry().page.width() / 2 - 30;
    sheet.at(centre, QStringLiteral("AGENDA"));
    sheet.at(centre, QStringLiteral("CABINET"));
    sheet.gap();
    sheet.line(QStringLiteral("Thursday, 30th January, 2025, at 10.00 am"));
    sheet.line(QStringLiteral("Council Chamber, Civic Centre, Westford"));
    sheet.gap();
    sheet.row({{sheet.x(72), QStringLiteral("1.")}, {sheet.x(100), QStringLiteral("Apologies")}});
    sheet.row(
        {{sheet.x(72), QStringLiteral("2.")}, {sheet.x(100), QStringLiteral("Budget Monitoring (Pages 1 - 10)")}});
    sheet.gap();
    sheet.line(QStringLiteral("Jane Roe"));
    sheet.line(QStringLiteral("Proper Officer"));
    sheet.gap();
    sheet.line(QStringLiteral("Wednesday, 22 January 2025"));
    const parse::FrontSheet front = parse::FrontSheetParser::parse(sheet.document());
    EXPECT_EQ(front.meeting.date, QDate(2025, 1, 30));
    EXPECT_EQ(front.meeting.time, QTime(10, 0));
    EXPECT_EQ(front.meeting.body, QStringLiteral("Cabinet"));

    // Only the date of issue is printed: the meeting's date stays unknown.
    MinutesSheet issueOnly(1, GetParam(), false);
    issueOnly.at(centre, QStringLiteral("AGENDA"));
    issueOnly.at(centre, QStringLiteral("CABINET"));
    issueOnly.gap();
    issueOnly.row({{issueOnly.x(72), QStringLiteral("1.")}, {issueOnly.x(100), QStringLiteral("Apologies")}});
    issueOnly.gap();
    issueOnly.line(QStringLiteral("Jane Roe"));
    issueOnly.line(QStringLiteral("Proper Officer"));
    issueOnly.line(QStringLiteral("Date of issue: 22 January 2025"));
    EXPECT_FALSE(parse::FrontSheetParser::parse(issueOnly.document()).meeting.date.isValid());

    // Nor is a lone date at the right under the office's address, or one after the agenda.
    MinutesSheet letterhead(1, GetParam(), false);
    for (const char* line : {"DEMOCRATIC SERVICES", "TOWN HALL", "Friday, 24 January 2025"})
        letterhead.at(right(letterhead, QString::fromLatin1(line)), QString::fromLatin1(line));
    letterhead.gap();
    letterhead.at(centre, QStringLiteral("AGENDA"));
    letterhead.at(centre, QStringLiteral("CABINET"));
    letterhead.row({{letterhead.x(72), QStringLiteral("1.")}, {letterhead.x(100), QStringLiteral("Apologies")}});
    letterhead.gap();
    letterhead.line(QStringLiteral("Wednesday, 22 January 2025"));
    EXPECT_FALSE(parse::FrontSheetParser::parse(letterhead.document()).meeting.date.isValid());
}

TEST_P(FrontSheetDates, NoticeOfAMeetingToBeHeldNamesBodyDateTimeAndPlace)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("NOTICE OF SPECIAL MEETING"));
    sheet.gap();
    sheet.line(
        QStringLiteral("NOTICE IS HEREBY GIVEN that a special meeting of the Board of Supervisors will be held"));
    sheet.line(QStringLiteral("on Tuesday, March 4, 2025 at 6:00 p.m. in the Board Chambers, 100 Main Street,"));
    sheet.line(QStringLiteral("Riverton, for the following purposes:"));
    sheet.gap();
    sheet.line(QStringLiteral("AGENDA"));
    sheet.row({{sheet.x(72), QStringLiteral("1.")}, {sheet.x(100), QStringLiteral("Call to Order")}});
    sheet.row({{sheet.x(72), QStringLiteral("2.")}, {sheet.x(100), QStringLiteral("Closed Session")}});
    sheet.gap();
    sheet.line(QStringLiteral("Dated: February 28, 2025"));
    sheet.line(QStringLiteral("Ann Cole, Clerk of the Board"));
    const parse::FrontSheet front = parse::FrontSheetParser::parse(sheet.document());
    const Meeting& m = front.meeting;
    EXPECT_EQ(m.date, QDate(2025, 3, 4));
    EXPECT_EQ(m.time, QTime(18, 0));
    EXPECT_EQ(m.body, QStringLiteral("Board of Supervisors"));
    EXPECT_EQ(m.venue, QStringLiteral("the Board Chambers, 100 Main Street, Riverton"));
}

TEST_P(FrontSheetDates, LettersDateLabelInItsHeaderBlockIsNotTheMeetings)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("Our ref: DS/25/07"));
    sheet.line(QStringLiteral("Date: 27 January 2025"));
    sheet.gap();
    sheet.line(QStringLiteral("Dear Councillor"));
    sheet.gap();
    sheet.line(QStringLiteral("PLANNING COMMITTEE - THURSDAY, 6 FEBRUARY 2025"));
    sheet.gap();
    sheet.line(QStringLiteral("Please find enclosed the following report, which was not available when the agenda"));
    sheet.line(QStringLiteral("was published."));
    sheet.gap();
    sheet.line(QStringLiteral("Yours sincerely"));
    const parse::FrontSheet front = parse::FrontSheetParser::parse(sheet.document());
    EXPECT_EQ(front.meeting.date, QDate(2025, 2, 6));
    EXPECT_EQ(front.meeting.body, QStringLiteral("Planning Committee"));
}

INSTANTIATE_TEST_SUITE_P(Geometry, FrontSheetDates, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
