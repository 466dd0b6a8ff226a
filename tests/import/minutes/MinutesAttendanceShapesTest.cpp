#include "MinutesSheet.h"

#include "minutes/AttendanceParser.h"
#include "minutes/MinutesParser.h"
#include "minutes/SubstitutionParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::attendanceCount;
using scrutineer::testing::attendanceNamed;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::parsedMeeting;
using scrutineer::testing::SheetGeometry;

// Attendance in the shapes councils print it, over several page geometries: officers "in
// attendance" one per line with their job titles (after a dash, a comma, in brackets or in a
// column of their own), prose lists whose roles and names wrap across lines, US roll calls
// ("Present: Commissioners A, B and C", "Absent: D", "Council Members present: …", titles before
// names) and substitutes named in prose or in a list. Names and places are illustrative.

namespace {

void ukHeader(MinutesSheet& sheet)
{
    sheet.line(QStringLiteral("MINUTES of a meeting of the Adults and Health Committee held at County Hall,"));
    sheet.line(QStringLiteral("Northgate on Monday, 3 February 2025."));
    sheet.gap();
}

class AttendanceShapes : public ::testing::TestWithParam<SheetGeometry> { };

} // namespace

TEST_P(AttendanceShapes, OfficersInAttendanceOnePerLineWithTheirJobTitles)
{
    MinutesSheet sheet(1, GetParam());
    ukHeader(sheet);
    sheet.line(QStringLiteral("PRESENT: Councillor M Quinn (Chair), Councillors R Patel, S Nowak and T Evans"));
    sheet.gap();
    sheet.line(QStringLiteral("In attendance:"));
    sheet.line(QStringLiteral("Helen Ward \u2013 Director of Adult Social Care"));
    sheet.line(QStringLiteral("Omar Farouk, Head of Commissioning"));
    sheet.row(
        {{sheet.x(72), QStringLiteral("Lucy Tran")}, {sheet.x(250), QStringLiteral("Democratic Services Officer")}});
    sheet.line(QStringLiteral("Dr Kim Osei (Director of Public Health)"));
    sheet.gap();
    sheet.line(QStringLiteral("1. APOLOGIES FOR ABSENCE"));
    sheet.line(QStringLiteral("There were no apologies."));
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(attendanceCount(meeting, AttendanceStatus::Present), 4);
    EXPECT_EQ(attendanceCount(meeting, AttendanceStatus::InAttendance), 4);
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Helen Ward")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Helen Ward"))->roleText,
              QStringLiteral("Director of Adult Social Care"));
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Omar Farouk")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Omar Farouk"))->roleText,
              QStringLiteral("Head of Commissioning"));
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Lucy Tran")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Lucy Tran"))->roleText,
              QStringLiteral("Democratic Services Officer"));
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Kim Osei")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Kim Osei"))->status, AttendanceStatus::InAttendance);
    EXPECT_EQ(meeting.minutes.size(), 1);
}

TEST_P(AttendanceShapes, ProseListsWrapNamesRolesAndBracketsAcrossLines)
{
    MinutesSheet sheet(1, GetParam());
    ukHeader(sheet);
    sheet.justified(QStringLiteral("PRESENT: Councillor M Quinn (Chair), Councillor R Patel (Vice-Chair), Councillor"));
    sheet.line(QStringLiteral("S Nowak, Councillor T Evans and Councillor U Brandt"));
    sheet.justified(
        QStringLiteral("ALSO PRESENT: Councillor V Sorensen, Cabinet Member for Adult Social Care, Public"));
    sheet.line(QStringLiteral("Health Services."));
    sheet.gap();
    sheet.justified(QStringLiteral("IN ATTENDANCE: Mrs J Cole (Democratic Services Officer), Mrs A Burke (Chief"));
    sheet.justified(QStringLiteral("Executive), Mr D Shaw (Head of Finance Policy, Planning and Strategy), Robin"));
    sheet.line(QStringLiteral("Cahill (Senior Commissioner) and Gavin Swann (Service Manager)"));
    sheet.gap();
    sheet.line(QStringLiteral("1. APOLOGIES FOR ABSENCE"));
    sheet.line(QStringLiteral("There were no apologies."));
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(attendanceCount(meeting, AttendanceStatus::Present), 5);
    EXPECT_EQ(attendanceCount(meeting, AttendanceStatus::InAttendance), 6);
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("S Nowak")), nullptr);
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("V Sorensen")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("V Sorensen"))->roleText,
              QStringLiteral("Cabinet Member for Adult Social Care, Public Health Services"));
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("A Burke")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("A Burke"))->roleText, QStringLiteral("Chief Executive"));
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Robin Cahill")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Robin Cahill"))->roleText,
              QStringLiteral("Senior Commissioner"));
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Gavin Swann")), nullptr);
}

TEST_P(AttendanceShapes, UsRollCallLabelsWithPluralTitles)
{
    MinutesSheet sheet(2, GetParam());
    sheet.line(QStringLiteral("MINUTES OF THE REGULAR MEETING"));
    sheet.line(QStringLiteral("BOARD OF COMMISSIONERS"));
    sheet.line(QStringLiteral("JANUARY 10, 2023"));
    sheet.gap();
    sheet.line(QStringLiteral("ROLL CALL"));
    sheet.line(QStringLiteral("Present: Commissioners Alvarez, Brooks and Chen"));
    sheet.line(QStringLiteral("Absent: Commissioner Dunn"));
    sheet.line(QStringLiteral("Staff present: County Administrator Joan Miller, County Counsel Raj Singh"));
    sheet.gap();
    sheet.line(QStringLiteral("PUBLIC COMMENT"));
    sheet.gap();
    sheet.line(QStringLiteral("There were no public comments."));
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(meeting.date, QDate(2023, 1, 10));
    EXPECT_EQ(attendanceCount(meeting, AttendanceStatus::Present), 3);
    EXPECT_EQ(attendanceCount(meeting, AttendanceStatus::Absent), 1);
    EXPECT_EQ(attendanceCount(meeting, AttendanceStatus::InAttendance), 2);
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Dunn")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Dunn"))->status, AttendanceStatus::Absent);
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Joan Miller")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Joan Miller"))->roleText,
              QStringLiteral("County Administrator"));
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Raj Singh")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Raj Singh"))->roleText, QStringLiteral("County Counsel"));
}

TEST_P(AttendanceShapes, UsCouncilMembersPresentInAColumnBesideTheirLabels)
{
    MinutesSheet sheet(1, GetParam());
    const qreal names = sheet.x(200);
    sheet.line(QStringLiteral("MINUTES OF THE CITY COUNCIL"));
    sheet.line(QStringLiteral("REGULAR MEETING OF MARCH 14, 2023"));
    sheet.gap();
    sheet.row({{sheet.x(72), QStringLiteral("Council Members present:")}, {names, QStringLiteral("Mayor Karen Lee")}});
    sheet.at(names, QStringLiteral("Mayor Pro Tem Sam Ortiz"));
    sheet.at(names, QStringLiteral("Councilmember Ana Park"));
    sheet.row(
        {{sheet.x(72), QStringLiteral("Council Members absent:")}, {names, QStringLiteral("Councilmember Tom Diaz")}});
    sheet.row({{sheet.x(72), QStringLiteral("Also present:")}, {names, QStringLiteral("City Manager Ann Cole")}});
    sheet.at(names, QStringLiteral("City Clerk Bo Li"));
    sheet.gap();
    sheet.line(QStringLiteral("CONSENT CALENDAR"));
    sheet.gap();
    sheet.line(QStringLiteral("The consent calendar was approved."));
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(meeting.date, QDate(2023, 3, 14));
    EXPECT_EQ(attendanceCount(meeting, AttendanceStatus::Present), 3);
    EXPECT_EQ(attendanceCount(meeting, AttendanceStatus::Absent), 1);
    EXPECT_EQ(attendanceCount(meeting, AttendanceStatus::InAttendance), 2);
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Sam Ortiz")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Sam Ortiz"))->roleText, QStringLiteral("Mayor Pro Tem"));
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Tom Diaz")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Tom Diaz"))->status, AttendanceStatus::Absent);
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Bo Li")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Bo Li"))->roleText, QStringLiteral("City Clerk"));
}

TEST_P(AttendanceShapes, SubstitutesNamedInProseAndInTheList)
{
    MinutesSheet sheet(1, GetParam());
    ukHeader(sheet);
    sheet.line(QStringLiteral("PRESENT: Councillor M Quinn (Chair), Councillor P Grant, Councillor Y Ito,"));
    sheet.line(QStringLiteral("Councillor K Mehta (substitute for Councillor J Abbott) and Mr V Rossi"));
    sheet.gap();
    sheet.line(QStringLiteral("1. APOLOGIES AND SUBSTITUTES"));
    sheet.line(QStringLiteral("Apologies were received from Councillor L Hart and Mrs W Chu. Councillor P Grant"));
    sheet.line(QStringLiteral("substituted for Councillor L Hart. Mr V Rossi attended as substitute for Mrs W Chu."));
    sheet.line(QStringLiteral("Councillor Y Ito was present as a substitute for Councillor Z Berg."));
    sheet.gap();
    sheet.line(QStringLiteral("2. DECLARATIONS OF INTEREST"));
    sheet.line(QStringLiteral("There were none."));
    const Meeting meeting = parsedMeeting(sheet);
    const Attendance* hart = attendanceNamed(meeting, QStringLiteral("L Hart"));
    ASSERT_NE(hart, nullptr);
    EXPECT_EQ(hart->status, AttendanceStatus::Apologies);
    EXPECT_EQ(hart->substitute, QStringLiteral("P Grant"));
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("W Chu")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("W Chu"))->substitute, QStringLiteral("V Rossi"));
    const Attendance* berg = attendanceNamed(meeting, QStringLiteral("Z Berg"));
    ASSERT_NE(berg, nullptr); // not among the apologies, but replaced all the same
    EXPECT_EQ(berg->substitute, QStringLiteral("Y Ito"));
    const Attendance* abbott = attendanceNamed(meeting, QStringLiteral("J Abbott"));
    ASSERT_NE(abbott, nullptr);
    EXPECT_EQ(abbott->substitute, QStringLiteral("K Mehta"));
    EXPECT_NE(abbott->status, AttendanceStatus::Present);
    // The substitutes themselves are present, once each.
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("P Grant"))->status, AttendanceStatus::Present);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("K Mehta"))->status, AttendanceStatus::Present);
    EXPECT_EQ(attendanceCount(meeting, AttendanceStatus::Present), 5);
}

TEST(AttendanceSubstitutes, ProseShapes)
{
    QList<Attendance> out;
    EXPECT_TRUE(
        SubstitutionParser::parse(QStringLiteral("Councillor A Shah substituted for Councillor B Long."), 4, out));
    EXPECT_TRUE(SubstitutionParser::parse(
        QStringLiteral("Mrs C Dove was in attendance as the substitute member for Mr D Eng."), 4, out));
    EXPECT_TRUE(
        SubstitutionParser::parse(QStringLiteral("Councillor F Gray was substituted by Councillor G Hill."), 4, out));
    EXPECT_TRUE(
        SubstitutionParser::parse(QStringLiteral("Councillor H Kaur attended in place of Councillor I Moss."), 4, out));
    EXPECT_FALSE(
        SubstitutionParser::parse(QStringLiteral("The Chair thanked the officers who attended for the item."), 4, out));
    EXPECT_FALSE(
        SubstitutionParser::parse(QStringLiteral("The substitute arrangements for the panel were agreed."), 4, out));
    QStringList pairs;
    for (const Attendance& a : out) {
        if (!a.substitute.isEmpty())
            pairs.append(a.name + QStringLiteral("<-") + a.substitute);
    }
    EXPECT_EQ(pairs,
              QStringList({QStringLiteral("B Long<-A Shah"), QStringLiteral("D Eng<-C Dove"),
                           QStringLiteral("F Gray<-G Hill"), QStringLiteral("I Moss<-H Kaur")}));
    for (const Attendance& a : out)
        EXPECT_EQ(a.pdfPage, 4);
}

TEST_P(AttendanceShapes, NameAndRoleTablesUnderEachLabel)
{
    // A two-column table under each label: the name, then the role ("Chair" alone is a role here,
    // not the honorific of a second person).
    MinutesSheet sheet(1, GetParam());
    ukHeader(sheet);
    auto row = [&sheet](const char* name, const char* role) {
        sheet.row({{sheet.x(72), QString::fromUtf8(name)}, {sheet.x(280), QString::fromUtf8(role)}});
    };
    sheet.line(QStringLiteral("Present:"));
    row("Councillor Gwen Lloyd", "Chair");
    row("Councillor Ian Marsh", "Vice-Chair");
    row("Councillor Ola Price", "Panel Member");
    sheet.gap().line(QStringLiteral("Apologies:"));
    row("Councillor Ann Quinn", "Panel Member");
    sheet.gap().line(QStringLiteral("Also in attendance:"));
    row("Dina Mercer", "Chief Fire Officer");
    row("Sam Okoro", "Treasurer");
    sheet.gap();
    sheet.line(QStringLiteral("1. APOLOGIES FOR ABSENCE"));
    sheet.line(QStringLiteral("Apologies were received from Councillor Quinn."));
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(attendanceCount(meeting, AttendanceStatus::Present), 3);
    EXPECT_EQ(attendanceCount(meeting, AttendanceStatus::InAttendance), 2);
    for (const char* name : {"Gwen Lloyd", "Ian Marsh", "Ola Price", "Dina Mercer", "Sam Okoro"})
        EXPECT_NE(attendanceNamed(meeting, QString::fromUtf8(name)), nullptr) << name;
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Gwen Lloyd")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Gwen Lloyd"))->roleText, QStringLiteral("Chair"));
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Ann Quinn")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Ann Quinn"))->status, AttendanceStatus::Apologies);
    // The minute's "Apologies were received from Councillor Quinn." is the same person.
    EXPECT_EQ(attendanceCount(meeting, AttendanceStatus::Apologies), 1);
}

TEST_P(AttendanceShapes, OfficersListedByTheirPostAlone)
{
    // Officers "in attendance" printed by job title only, one a line: the post is all the minutes
    // give of each person; the numbered minute after a gap ends the list.
    MinutesSheet sheet(1, GetParam());
    ukHeader(sheet);
    sheet.line(QStringLiteral("PRESENT: Councillor M Quinn (Chair), Councillors R Patel and T Evans"));
    sheet.gap().line(QStringLiteral("Officers in attendance:"));
    sheet.line(QStringLiteral("Director of Adult Social Care"));
    sheet.line(QStringLiteral("Head of Commissioning"));
    sheet.line(QStringLiteral("Scrutiny Officer"));
    sheet.gap();
    sheet.line(QStringLiteral("1. APOLOGIES FOR ABSENCE"));
    sheet.line(QStringLiteral("There were no apologies."));
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(attendanceCount(meeting, AttendanceStatus::Present), 3);
    EXPECT_EQ(attendanceCount(meeting, AttendanceStatus::InAttendance), 3);
    for (const char* post : {"Director of Adult Social Care", "Head of Commissioning", "Scrutiny Officer"}) {
        const Attendance* officer = attendanceNamed(meeting, QString::fromUtf8(post));
        ASSERT_NE(officer, nullptr) << post;
        EXPECT_EQ(officer->status, AttendanceStatus::InAttendance);
    }
    ASSERT_EQ(meeting.minutes.size(), 1);
}

TEST_P(AttendanceShapes, InTheChairAfterAPostEndsTheLineBesideTheLabel)
{
    MinutesSheet sheet(1, GetParam());
    ukHeader(sheet);
    const qreal names = sheet.x(180);
    sheet.row({{sheet.x(72), QStringLiteral("Present:")},
               {names, QStringLiteral("Councillor Jo Marsh (Leader of the Council) - in the Chair")}});
    sheet.at(names, QStringLiteral("Councillor Ken Amos (Deputy Leader; Cabinet Member for Finance)"));
    sheet.at(names, QStringLiteral("Councillor Lyn Peck (Cabinet Member for Housing)"));
    sheet.gap();
    sheet.line(QStringLiteral("1. MINUTES"));
    sheet.line(QStringLiteral("RESOLVED: That the minutes of the last meeting be approved."));
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(attendanceCount(meeting, AttendanceStatus::Present), 3);
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Ken Amos")), nullptr); // not run into the chair's role
    const Member* chair = scrutineer::testing::meetingMember(meeting, QStringLiteral("Jo Marsh"));
    ASSERT_NE(chair, nullptr);
    EXPECT_EQ(chair->role, MemberRole::Chair);
    const Member* deputy = scrutineer::testing::meetingMember(meeting, QStringLiteral("Ken Amos"));
    ASSERT_NE(deputy, nullptr);
    EXPECT_EQ(deputy->role, MemberRole::Member); // a Deputy Leader does not chair the meeting
}

INSTANTIATE_TEST_SUITE_P(Geometry, AttendanceShapes, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
