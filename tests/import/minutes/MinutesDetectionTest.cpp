#include "MinutesSheet.h"

#include "minutes/MinutesParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::MinutesSheet;

namespace {

AgendaItem item(const QString& number, const QString& title, int first, int last, const QString& description = {})
{
    AgendaItem a;
    a.number = number;
    a.title = title;
    a.description = description;
    a.pdfPages = PageRange {first, last};
    return a;
}

// A pack: front sheet (1), the previous meeting's minutes (2-3), a report (4) whose own
// numbered sections must not be read as minutes.
MinutesSheet seftonPack()
{
    MinutesSheet sheet(1);
    sheet.line(QStringLiteral("MEETING: OVERVIEW AND SCRUTINY COMMITTEE (CHILDREN'S SERVICES)"));
    sheet.line(QStringLiteral("DATE: Tuesday, 25th September 2018"));
    sheet.pageBreak().stamp(QStringLiteral("Agenda Item 3"));
    sheet.line(QStringLiteral("THIS SET OF MINUTES IS NOT SUBJECT TO \"CALL IN\"."));
    sheet.line(QStringLiteral("OVERVIEW AND SCRUTINY COMMITTEE (CHILDREN'S SERVICES)"));
    sheet.line(QStringLiteral("MEETING HELD AT THE TOWN HALL, SOUTHPORT"));
    sheet.line(QStringLiteral("ON TUESDAY 10TH JULY, 2018"));
    sheet.line(QStringLiteral("PRESENT: Councillor Murphy (in the Chair)"));
    sheet.line(QStringLiteral("Councillors Brenda O'Brien and Webster"));
    sheet.line(QStringLiteral("1. APOLOGIES FOR ABSENCE"));
    sheet.line(QStringLiteral("Apologies for absence were received from Councillor Hands."));
    sheet.line(QStringLiteral("2. MINUTES OF THE PREVIOUS MEETING"));
    sheet.line(QStringLiteral("RESOLVED:"));
    sheet.line(
        QStringLiteral("That the Minutes of the meeting held on 20 March 2018, be confirmed as a correct record."));
    sheet.pageBreak().stamp(QStringLiteral("Agenda Item 3"));
    sheet.line(QStringLiteral("3. CABINET MEMBER REPORT"));
    sheet.line(QStringLiteral("RESOLVED:"));
    sheet.line(QStringLiteral("That the Cabinet Member update report be noted."));
    sheet.pageBreak().stamp(QStringLiteral("Agenda Item 4"));
    sheet.line(QStringLiteral("Report to: Overview and Scrutiny Committee"));
    sheet.line(QStringLiteral("4. BACKGROUND"));
    sheet.line(QStringLiteral("RESOLVED: That the report be approved."));
    return sheet;
}

MinutesContext packContext()
{
    MinutesContext context;
    context.kind = DocumentKind::AgendaPack;
    context.body = QStringLiteral("Overview and Scrutiny Committee (Children's Services)");
    context.packMeetingDate = QDate(2018, 9, 25);
    return context;
}

} // namespace

TEST(MinutesDetection, PackMinutesBelongToTheMeetingTheyRecordAndStopAtTheNextReport)
{
    const auto result = MinutesParser::parse(seftonPack().document(), packContext());
    const Meeting* meeting = scrutineer::testing::onlyMeeting(result);
    ASSERT_NE(meeting, nullptr);
    EXPECT_EQ(meeting->date, QDate(2018, 7, 10));
    EXPECT_EQ(meeting->body, QStringLiteral("Overview and Scrutiny Committee (Children's Services)"));
    EXPECT_EQ(meeting->venue, QStringLiteral("The Town Hall, Southport"));
    EXPECT_FALSE(meeting->time.isValid()); // the minutes print no start time
    EXPECT_EQ(meeting->pdfPage, 2);
    ASSERT_EQ(meeting->minutes.size(), 3); // "4. BACKGROUND" is the next report's section
    EXPECT_EQ(meeting->minutes.at(2).number, QStringLiteral("3"));
    EXPECT_EQ(meeting->minutes.at(2).pdfPage, 3);
    ASSERT_EQ(result.warnings.size(), 1);
    EXPECT_TRUE(result.warnings.first().contains(QStringLiteral("NOT SUBJECT TO \"CALL IN\"")));
}

TEST(MinutesDetection, AgendaRangeEndsTheMinutesEvenWithoutStamps)
{
    MinutesSheet sheet = seftonPack();
    MinutesContext context = packContext();
    context.agenda = {item(QStringLiteral("3"), QStringLiteral("Minutes of the Previous Meeting"), 2, 2),
                      item(QStringLiteral("4"), QStringLiteral("Cabinet Member Report"), 3, 4)};
    const auto result = MinutesParser::parse(sheet.document(), context);
    const Meeting* meeting = scrutineer::testing::onlyMeeting(result);
    ASSERT_NE(meeting, nullptr);
    EXPECT_EQ(meeting->minutes.size(), 2); // page 3 belongs to item 4 by the agenda's ranges
}

TEST(MinutesDetection, BlankPageEndsTheMinutes)
{
    MinutesSheet sheet(1);
    sheet.line(QStringLiteral("Children and Families Overview and Scrutiny Panel"));
    sheet.line(QStringLiteral("Wednesday, 11 September 2019, County Hall, Worcester - 10.00 am"));
    sheet.line(QStringLiteral("Present: Mrs F M Oborski (Chairman) and Mr T Baker-Price"));
    sheet.line(QStringLiteral("389 Apologies and Welcome"));
    sheet.line(QStringLiteral("Apologies were received from Ms R L Dent."));
    sheet.blankPage();
    sheet.pageBreak();
    sheet.line(QStringLiteral("390 Report of the Director of Everything"));
    const auto result = MinutesParser::parse(sheet.document(), MinutesContext {});
    const Meeting* meeting = scrutineer::testing::onlyMeeting(result);
    ASSERT_NE(meeting, nullptr);
    EXPECT_EQ(meeting->body, QStringLiteral("Children and Families Overview and Scrutiny Panel"));
    EXPECT_EQ(meeting->venue, QStringLiteral("County Hall, Worcester"));
    EXPECT_EQ(meeting->time, QTime(10, 0));
    EXPECT_EQ(meeting->minutes.size(), 1);
}

TEST(MinutesDetection, MeetingEndedLineCutsWhatFollows)
{
    MinutesSheet sheet(9);
    sheet.line(QStringLiteral("Minutes of the meeting of Children and young people scrutiny committee held at"));
    sheet.line(QStringLiteral("Herefordshire Council Offices, Plough Lane, Hereford, HR4 0LE on Tuesday 7 September"));
    sheet.line(QStringLiteral("2021 at 2.30 pm"));
    sheet.line(QStringLiteral("Present: Councillor Phillip Howells (chairperson)"));
    sheet.line(QStringLiteral("23. APOLOGIES FOR ABSENCE"));
    sheet.line(QStringLiteral("There were no apologies."));
    sheet.line(QStringLiteral("24. DATE OF NEXT MEETING"));
    sheet.line(QStringLiteral("The date of the next meeting was noted as Tuesday 12 October 2021 at 2:30pm."));
    sheet.line(QStringLiteral("The meeting ended at 5:31pm"));
    sheet.line(QStringLiteral("Chairperson"));
    sheet.line(QStringLiteral("25. ACTION TRACKER"));
    MinutesContext context;
    context.body = QStringLiteral("Children and Young People Scrutiny Committee");
    const auto result = MinutesParser::parse(sheet.document(), context);
    const Meeting* meeting = scrutineer::testing::onlyMeeting(result);
    ASSERT_NE(meeting, nullptr);
    EXPECT_EQ(meeting->date, QDate(2021, 9, 7));
    EXPECT_EQ(meeting->time, QTime(14, 30));
    EXPECT_EQ(meeting->venue, QStringLiteral("Herefordshire Council Offices, Plough Lane, Hereford, HR4 0LE"));
    // Same body, printed in sentence case: the pack's spelling is kept so the store can merge.
    EXPECT_EQ(meeting->body, QStringLiteral("Children and Young People Scrutiny Committee"));
    ASSERT_EQ(meeting->minutes.size(), 2);
    EXPECT_TRUE(meeting->minutes.last().text.endsWith(QStringLiteral("The meeting ended at 5:31pm")));
}

TEST(MinutesDetection, StandAloneKentMinutesNameAuthorityBodyAndVenue)
{
    MinutesSheet sheet(1);
    sheet.at(234, QStringLiteral("KENT COUNTY COUNCIL"));
    sheet.at(252, QStringLiteral("COUNTY COUNCIL"));
    sheet.at(90, QStringLiteral("MINUTES of a meeting of the County Council held in the Council Chamber,"));
    sheet.at(90, QStringLiteral("Sessions House, County Hall, Maidstone on Thursday, 13 March 2025."));
    sheet.at(90, QStringLiteral("PRESENT: Mr B J Sweetland (Chairman) and Mr A M Ridgers (Vice-Chairman)"));
    sheet.gap();
    sheet.row({{54, QStringLiteral("292.")}, {90, QStringLiteral("Apologies for Absence")}});
    sheet.at(90, QStringLiteral("(Item 1)"));
    sheet.at(90, QStringLiteral("The Democratic Services Manager reported apologies from Mr Bond."));
    const auto result = MinutesParser::parse(sheet.document(), MinutesContext {});
    const Meeting* meeting = scrutineer::testing::onlyMeeting(result);
    ASSERT_NE(meeting, nullptr);
    EXPECT_EQ(meeting->authority, QStringLiteral("Kent County Council"));
    EXPECT_EQ(meeting->body, QStringLiteral("County Council"));
    EXPECT_EQ(meeting->date, QDate(2025, 3, 13));
    EXPECT_FALSE(meeting->time.isValid());
    EXPECT_EQ(meeting->venue, QStringLiteral("the Council Chamber, Sessions House, County Hall, Maidstone"));
    ASSERT_EQ(meeting->minutes.size(), 1);
    EXPECT_EQ(meeting->minutes.first().title, QStringLiteral("Apologies for Absence"));
    EXPECT_EQ(meeting->minutes.first().item, QStringLiteral("1"));
}

TEST(MinutesDetection, AgendaLineAboutMinutesIsNotAMinutesHeader)
{
    MinutesSheet sheet(3);
    sheet.line(QStringLiteral("3. Minutes of the Previous Meeting (Pages 5 - 20)"));
    sheet.line(QStringLiteral("Minutes of the meeting held on 10 July 2018"));
    sheet.line(QStringLiteral("4. Children's Social Care Continuous Improvement Plan (Pages 21 - 60)"));
    EXPECT_TRUE(MinutesParser::parse(sheet.document(), packContext()).meetings.isEmpty());
}

TEST(MinutesDetection, MinutesEmbeddedInAReportAreNotThisBodysMeeting)
{
    // A select committee's "Formal Minutes" printed inside a report appended to item 9.
    MinutesSheet sheet(218);
    sheet.line(QStringLiteral("Formal Minutes"));
    sheet.line(QStringLiteral("Monday 11 December 2017"));
    sheet.line(QStringLiteral("Members present:"));
    sheet.line(QStringLiteral("Mr Clive Betts, in the Chair"));
    sheet.line(QStringLiteral("1 Written Evidence From Somebody (OSG0006)"));
    MinutesContext context = packContext();
    context.agenda = {item(QStringLiteral("9"), QStringLiteral("Effectiveness of Local Authority Scrutiny"), 200, 230)};
    EXPECT_TRUE(MinutesParser::parse(sheet.document(), context).meetings.isEmpty());
    // Without any agenda the header still names no body: not attributable either.
    EXPECT_TRUE(MinutesParser::parse(sheet.document(), MinutesContext {}).meetings.isEmpty());
}

TEST(MinutesDetection, AgendaDescriptionDatesMinutesWithAnUnfamiliarHeader)
{
    MinutesSheet sheet(5);
    sheet.line(QStringLiteral("Record of proceedings"));
    sheet.line(QStringLiteral("PRESENT: Councillor Murphy (in the Chair)"));
    sheet.line(QStringLiteral("1. APOLOGIES FOR ABSENCE"));
    sheet.line(QStringLiteral("No apologies were received."));
    MinutesContext context = packContext();
    context.agenda = {item(QStringLiteral("3"), QStringLiteral("Minutes of the Previous Meeting"), 5, 5,
                           QStringLiteral("Minutes of the meeting held on 10 July 2018"))};
    const auto result = MinutesParser::parse(sheet.document(), context);
    const Meeting* meeting = scrutineer::testing::onlyMeeting(result);
    ASSERT_NE(meeting, nullptr);
    EXPECT_EQ(meeting->date, QDate(2018, 7, 10));
    EXPECT_EQ(meeting->body, context.body);
    ASSERT_EQ(meeting->attendance.size(), 1);
    EXPECT_EQ(meeting->attendance.first().name, QStringLiteral("Murphy"));
}

TEST(MinutesDetection, UsMinutesInAPackRecordTheEarlierMeeting)
{
    MinutesSheet sheet(3);
    sheet.at(200, QStringLiteral("MINUTES OF THE REGULAR MEETING"));
    sheet.at(210, QStringLiteral("NORWALK HOUSING AUTHORITY"));
    sheet.at(215, QStringLiteral("NORWALK, CALIFORNIA"));
    sheet.at(225, QStringLiteral("OCTOBER 18, 2022"));
    sheet.gap();
    sheet.line(
        QStringLiteral("Chair Ramirez called the hybrid meeting to order at 5:48 p.m. in the Council Chambers,"));
    sheet.line(QStringLiteral("Norwalk City Hall, 12700 Norwalk Boulevard, Norwalk, California and via"));
    sheet.line(QStringLiteral("videoconference per Assembly Bill 361. Responding to roll call were Commissioners"));
    sheet.line(QStringLiteral("Perez, Vice Chair Valencia, and Chair Ramirez in person."));
    sheet.gap();
    sheet.line(QStringLiteral("CONSENT CALENDAR"));
    MinutesContext context;
    context.kind = DocumentKind::AgendaPack;
    context.body = QStringLiteral("Housing Authority");
    context.packMeetingDate = QDate(2022, 11, 15);
    const auto result = MinutesParser::parse(sheet.document(), context);
    const Meeting* meeting = scrutineer::testing::onlyMeeting(result);
    ASSERT_NE(meeting, nullptr);
    EXPECT_EQ(meeting->date, QDate(2022, 10, 18));
    EXPECT_EQ(meeting->time, QTime(17, 48));
    EXPECT_EQ(meeting->venue,
              QStringLiteral("Council Chambers, Norwalk City Hall, 12700 Norwalk Boulevard, Norwalk, California"));
    EXPECT_TRUE(meeting->body.contains(QStringLiteral("Housing Authority")));
    EXPECT_TRUE(meeting->minutes.isEmpty());
    EXPECT_EQ(meeting->attendance.size(), 3);
}

TEST(MinutesDetection, NothingInADocumentWithoutMinutes)
{
    MinutesSheet sheet(1);
    sheet.line(QStringLiteral("County Council is asked to:"));
    sheet.line(QStringLiteral("(1) Endorse the proposals set out in the report;"));
    sheet.line(QStringLiteral("RESOLVED that the amendment be noted."));
    const auto result = MinutesParser::parse(sheet.document(), MinutesContext {});
    EXPECT_TRUE(result.meetings.isEmpty());
    EXPECT_TRUE(result.actions.isEmpty());
}

TEST(MinutesDetection, NextReportsFrontSheetEndsTheMinutesWithoutStampsOrAgenda)
{
    MinutesSheet sheet(5);
    sheet.line(QStringLiteral("OVERVIEW AND SCRUTINY COMMITTEE (CHILDREN'S SERVICES)"));
    sheet.line(QStringLiteral("MEETING HELD AT THE TOWN HALL, SOUTHPORT"));
    sheet.line(QStringLiteral("ON TUESDAY 10TH JULY, 2018"));
    sheet.line(QStringLiteral("PRESENT: Councillor Murphy (in the Chair)"));
    sheet.line(QStringLiteral("1. APOLOGIES FOR ABSENCE"));
    sheet.line(QStringLiteral("There were no apologies."));
    sheet.pageBreak();
    sheet.line(QStringLiteral("Report to: Overview and Scrutiny Committee"));
    sheet.line(QStringLiteral("Subject: Children's Social Care Continuous Improvement Plan"));
    sheet.line(QStringLiteral("Report of: Director of Social Care and Health"));
    sheet.line(QStringLiteral("2. RECOMMENDATIONS"));
    const auto result = MinutesParser::parse(sheet.document(), packContext());
    const Meeting* meeting = scrutineer::testing::onlyMeeting(result);
    ASSERT_NE(meeting, nullptr);
    EXPECT_EQ(meeting->minutes.size(), 1);
}
