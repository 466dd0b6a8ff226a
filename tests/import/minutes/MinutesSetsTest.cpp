#include "MinutesSheet.h"

#include "minutes/MinutesParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::minuteNumbers;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::SheetGeometry;

// Several sets of minutes in one document (a bundle, or a pack item holding the minutes of two
// earlier meetings): one meeting per set, each with its own attendance, minutes and resolutions.
// Sets are told apart by structure (a new header block with its own date before an attendance
// list, a restart of attendance), on new pages or part-way down a page, whatever the geometry.
// Bodies, places and names are illustrative.

namespace {

const Meeting* meetingOn(const MinutesResult& result, const QDate& date)
{
    for (const Meeting& m : result.meetings) {
        if (m.date == date)
            return &m;
    }
    return nullptr;
}

bool attends(const Meeting& meeting, const QString& name)
{
    for (const Attendance& a : meeting.attendance) {
        if (a.name == name)
            return true;
    }
    return false;
}

int resolutionCount(const Meeting& meeting)
{
    int n = 0;
    for (const Minute& m : meeting.minutes)
        n += int(m.resolutions.size());
    return n;
}

// The first set: a district committee's minutes with a "MINUTES of a meeting of ..." sentence.
void firstSet(MinutesSheet& sheet)
{
    sheet.line(QStringLiteral("MINUTES of a meeting of the Licensing Committee held in the Council Chamber,"));
    sheet.line(QStringLiteral("Civic Offices, Eastbrook on Tuesday, 4 June 2024."));
    sheet.gap();
    sheet.line(QStringLiteral("PRESENT: Councillor A Moreno (Chair), Councillors B Okoye and C Lindgren"));
    sheet.gap();
    sheet.line(QStringLiteral("1. APOLOGIES FOR ABSENCE"));
    sheet.line(QStringLiteral("Apologies were received from Councillor D Feld."));
    sheet.gap();
    sheet.line(QStringLiteral("2. STREET TRADING POLICY"));
    sheet.line(QStringLiteral("RESOLVED: That the revised policy be adopted."));
    sheet.gap();
    sheet.line(QStringLiteral("The meeting ended at 8.05 pm"));
    sheet.gap();
    sheet.line(QStringLiteral("Chair"));
}

// The second set: another body, its date on the title line, its sentence naming only the venue.
void secondSet(MinutesSheet& sheet)
{
    sheet.line(QStringLiteral("HOUSING PANEL \u2013 18 June 2024"));
    sheet.gap();
    sheet.line(QStringLiteral("MINUTES of the meeting held in the Willow Room, Civic Offices,"));
    sheet.line(QStringLiteral("Eastbrook."));
    sheet.gap();
    sheet.line(QStringLiteral("PRESENT: Councillor E Walsh (Chair), Councillors F Adeyemi and G Novak"));
    sheet.gap();
    sheet.line(QStringLiteral("1. APOLOGIES FOR ABSENCE"));
    sheet.line(QStringLiteral("There were no apologies."));
    sheet.gap();
    sheet.line(QStringLiteral("2. TENANCY STRATEGY"));
    sheet.line(QStringLiteral("RESOLVED: That the strategy be endorsed."));
    sheet.gap();
    sheet.line(QStringLiteral("3. WORK PROGRAMME"));
    sheet.line(QStringLiteral("RESOLVED: That the work programme be noted."));
}

void expectTwoSets(const MinutesResult& result, int secondPage)
{
    ASSERT_EQ(result.meetings.size(), 2);
    const Meeting* first = meetingOn(result, QDate(2024, 6, 4));
    const Meeting* second = meetingOn(result, QDate(2024, 6, 18));
    ASSERT_NE(first, nullptr);
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(first->body, QStringLiteral("Licensing Committee"));
    EXPECT_EQ(second->body, QStringLiteral("Housing Panel"));
    EXPECT_EQ(second->venue, QStringLiteral("the Willow Room, Civic Offices, Eastbrook"));
    EXPECT_EQ(second->pdfPage, secondPage);
    EXPECT_TRUE(attends(*first, QStringLiteral("A Moreno")));
    EXPECT_FALSE(attends(*first, QStringLiteral("E Walsh")));
    EXPECT_TRUE(attends(*second, QStringLiteral("E Walsh")));
    EXPECT_TRUE(attends(*second, QStringLiteral("G Novak")));
    EXPECT_FALSE(attends(*second, QStringLiteral("A Moreno")));
    EXPECT_EQ(minuteNumbers(*first), QStringList({QStringLiteral("1"), QStringLiteral("2")}));
    EXPECT_EQ(minuteNumbers(*second), QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    EXPECT_EQ(resolutionCount(*first), 1);
    EXPECT_EQ(resolutionCount(*second), 2);
    EXPECT_FALSE(first->minutes.last().text.contains(QStringLiteral("HOUSING PANEL")));
}

class MinutesSets : public ::testing::TestWithParam<SheetGeometry> { };

} // namespace

TEST_P(MinutesSets, EachSetOnItsOwnPageIsItsOwnMeeting)
{
    MinutesSheet sheet(1, GetParam());
    firstSet(sheet);
    sheet.pageBreak();
    secondSet(sheet);
    expectTwoSets(MinutesParser::parse(sheet.document(), MinutesContext {}), 2);
}

TEST_P(MinutesSets, ASecondSetPartWayDownAPageStartsAtItsHeader)
{
    MinutesSheet sheet(7, GetParam());
    firstSet(sheet);
    sheet.gap();
    sheet.gap();
    secondSet(sheet);
    expectTwoSets(MinutesParser::parse(sheet.document(), MinutesContext {}), 7);
}

TEST_P(MinutesSets, ARestartOfAttendanceWithoutADateIsAMeetingOfUnknownDate)
{
    MinutesSheet sheet(1, GetParam());
    firstSet(sheet);
    sheet.pageBreak();
    sheet.line(QStringLiteral("Record of the informal session"));
    sheet.gap();
    sheet.line(QStringLiteral("PRESENT: Councillor H Bauer (Chair), Councillors J Costa and K Ito"));
    sheet.gap();
    sheet.line(QStringLiteral("1. NOTES OF THE PREVIOUS SESSION"));
    sheet.line(QStringLiteral("RESOLVED: That the notes be agreed."));
    MinutesContext context;
    context.body = QStringLiteral("Licensing Committee");
    const MinutesResult result = MinutesParser::parse(sheet.document(), context);
    ASSERT_EQ(result.meetings.size(), 2);
    const Meeting& first = result.meetings.first();
    const Meeting& second = result.meetings.last();
    EXPECT_EQ(first.date, QDate(2024, 6, 4));
    EXPECT_FALSE(attends(first, QStringLiteral("H Bauer")));
    EXPECT_EQ(minuteNumbers(first), QStringList({QStringLiteral("1"), QStringLiteral("2")}));
    EXPECT_FALSE(second.date.isValid()); // unknown, not guessed
    EXPECT_EQ(second.pdfPage, 2);
    EXPECT_TRUE(attends(second, QStringLiteral("H Bauer")));
    EXPECT_EQ(minuteNumbers(second), QStringList({QStringLiteral("1")}));
    EXPECT_EQ(resolutionCount(second), 1);
}

TEST_P(MinutesSets, UsMinutesOfTwoMeetingsWithRollCalls)
{
    MinutesSheet sheet(4, GetParam());
    const qreal centre = sheet.geometry().page.width() / 2 - 90;
    sheet.at(centre, QStringLiteral("MINUTES OF THE REGULAR MEETING"));
    sheet.at(centre, QStringLiteral("BOARD OF COMMISSIONERS"));
    sheet.at(centre, QStringLiteral("JANUARY 10, 2023"));
    sheet.gap();
    sheet.line(QStringLiteral("Present: Commissioners Alvarez, Brooks and Chen"));
    sheet.line(QStringLiteral("Absent: Commissioner Dunn"));
    sheet.gap();
    sheet.line(QStringLiteral("PUBLIC COMMENT"));
    sheet.gap();
    sheet.line(QStringLiteral("There were no public comments."));
    sheet.gap();
    sheet.line(QStringLiteral("ADJOURNMENT"));
    sheet.gap();
    sheet.line(QStringLiteral("The meeting was adjourned at 7:45 p.m."));
    sheet.gap();
    sheet.gap();
    sheet.at(centre, QStringLiteral("MINUTES OF THE SPECIAL MEETING"));
    sheet.at(centre, QStringLiteral("BOARD OF COMMISSIONERS"));
    sheet.at(centre, QStringLiteral("JANUARY 24, 2023"));
    sheet.gap();
    sheet.line(QStringLiteral("Present: Commissioners Alvarez, Dunn and Chen"));
    sheet.line(QStringLiteral("Absent: Commissioner Brooks"));
    sheet.gap();
    sheet.line(QStringLiteral("CLOSED SESSION"));
    sheet.gap();
    sheet.line(QStringLiteral("The Board met in closed session."));
    const MinutesResult result = MinutesParser::parse(sheet.document(), MinutesContext {});
    ASSERT_EQ(result.meetings.size(), 2);
    const Meeting* regular = meetingOn(result, QDate(2023, 1, 10));
    const Meeting* special = meetingOn(result, QDate(2023, 1, 24));
    ASSERT_NE(regular, nullptr);
    ASSERT_NE(special, nullptr);
    EXPECT_EQ(regular->body, QStringLiteral("Board of Commissioners"));
    EXPECT_EQ(regular->attendance.size(), 4);
    EXPECT_EQ(special->attendance.size(), 4);
    for (const Attendance& a : special->attendance) {
        if (a.name == QStringLiteral("Brooks")) {
            EXPECT_EQ(a.status, AttendanceStatus::Absent);
        } else if (a.name == QStringLiteral("Dunn")) {
            EXPECT_EQ(a.status, AttendanceStatus::Present);
        }
    }
}

TEST_P(MinutesSets, AMinuteAboutEarlierMinutesIsNoNewSet)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("MINUTES of a meeting of the Cabinet held at the Town Hall on"));
    sheet.line(QStringLiteral("Thursday, 9 January 2025."));
    sheet.gap();
    sheet.line(QStringLiteral("PRESENT: Mr R Hale (Chairman), Mrs S Iqbal and Mr T Jonas"));
    sheet.gap();
    sheet.row({{sheet.x(40), QStringLiteral("78.")},
               {sheet.x(72), QStringLiteral("Minutes of the Meeting held on 28 November 2024")}});
    sheet.line(QStringLiteral("(Item 3)"));
    sheet.gap();
    sheet.line(QStringLiteral("Present at that meeting had been the same Members."));
    sheet.line(QStringLiteral("RESOLVED that the minutes of the meeting on 28 November 2024 were a correct record."));
    sheet.gap();
    sheet.row({{sheet.x(40), QStringLiteral("79.")}, {sheet.x(72), QStringLiteral("Budget Update")}});
    sheet.line(QStringLiteral("(Item 4)"));
    sheet.line(QStringLiteral("RESOLVED that the update be noted."));
    const MinutesResult result = MinutesParser::parse(sheet.document(), MinutesContext {});
    const Meeting* meeting = scrutineer::testing::onlyMeeting(result);
    ASSERT_NE(meeting, nullptr);
    EXPECT_EQ(minuteNumbers(*meeting), QStringList({QStringLiteral("78"), QStringLiteral("79")}));
    EXPECT_EQ(resolutionCount(*meeting), 2);
}

TEST_P(MinutesSets, APackItemHoldingTwoSetsGivesBothMeetings)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("MEETING: LICENSING COMMITTEE"));
    sheet.line(QStringLiteral("DATE: Tuesday, 16 July 2024"));
    sheet.pageBreak();
    firstSet(sheet);
    sheet.pageBreak();
    secondSet(sheet);
    sheet.pageBreak();
    sheet.line(QStringLiteral("Report to: Licensing Committee"));
    sheet.line(QStringLiteral("Subject: Fees and Charges"));
    sheet.line(QStringLiteral("1. RECOMMENDATIONS"));
    MinutesContext context;
    context.kind = DocumentKind::AgendaPack;
    context.body = QStringLiteral("Licensing Committee");
    context.packMeetingDate = QDate(2024, 7, 16);
    AgendaItem minutes;
    minutes.number = QStringLiteral("3");
    minutes.title = QStringLiteral("Minutes of the meetings held on 4 and 18 June 2024");
    minutes.pdfPages = PageRange {2, 3};
    AgendaItem report;
    report.number = QStringLiteral("4");
    report.title = QStringLiteral("Fees and Charges");
    report.pdfPages = PageRange {4, 4};
    context.agenda = {minutes, report};
    expectTwoSets(MinutesParser::parse(sheet.document(), context), 3);
}

INSTANTIATE_TEST_SUITE_P(Geometry, MinutesSets, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
