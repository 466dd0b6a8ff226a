#include "MinutesSheet.h"

#include "minutes/AttendanceParser.h"
#include "minutes/NameListParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::MinutesSheet;

namespace {

const Attendance* find(const QList<Attendance>& list, const QString& name)
{
    for (const Attendance& a : list) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

int countStatus(const QList<Attendance>& list, AttendanceStatus status)
{
    int n = 0;
    for (const Attendance& a : list)
        n += a.status == status ? 1 : 0;
    return n;
}

} // namespace

TEST(MinutesAttendance, SeftonListsKeepChairMarksPluralCouncillorsAndRoles)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("PRESENT: Councillor Murphy (in the Chair)"));
    sheet.line(QStringLiteral("Councillor Carragher (Vice-Chair)"));
    sheet.line(QStringLiteral("Councillors Brenda O'Brien, Yvonne Sayers,"));
    sheet.line(QStringLiteral("Spencer and Webster"));
    sheet.line(QStringLiteral("ALSO PRESENT: Mrs. S. Cain, Advisory Member"));
    sheet.line(QStringLiteral("Ms. L. Kitt, Healthwatch Representative"));
    sheet.line(QStringLiteral("Councillor J. J. Kelly, Cabinet Member \u2013 Children,"));
    sheet.line(QStringLiteral("Schools and Safeguarding"));
    sheet.line(QStringLiteral("1. APOLOGIES FOR ABSENCE"));
    const auto lines = sheet.lines();
    QList<Attendance> out;
    EXPECT_EQ(AttendanceParser::parseLists(lines, 0, 8, out), 8);
    ASSERT_EQ(out.size(), 9);
    EXPECT_EQ(countStatus(out, AttendanceStatus::Present), 6);
    EXPECT_EQ(out.at(0).name, QStringLiteral("Murphy"));
    EXPECT_EQ(out.at(0).roleText, QStringLiteral("in the Chair"));
    EXPECT_EQ(out.at(1).roleText, QStringLiteral("Vice-Chair"));
    EXPECT_NE(find(out, QStringLiteral("Brenda O'Brien")), nullptr);
    EXPECT_NE(find(out, QStringLiteral("Spencer")), nullptr);
    EXPECT_NE(find(out, QStringLiteral("Webster")), nullptr);
    const Attendance* kelly = find(out, QStringLiteral("J. J. Kelly"));
    ASSERT_NE(kelly, nullptr);
    EXPECT_EQ(kelly->status, AttendanceStatus::InAttendance);
    EXPECT_EQ(kelly->roleText, QStringLiteral("Cabinet Member \u2013 Children, Schools and Safeguarding"));
    EXPECT_EQ(find(out, QStringLiteral("Schools")), nullptr);
    EXPECT_EQ(find(out, QStringLiteral("S. Cain"))->roleText, QStringLiteral("Advisory Member"));
}

TEST(MinutesAttendance, KentListDropsHonoursAndReadsJustifiedLines)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("PRESENT: Mr B J Sweetland (Chairman), Mr A M Ridgers (Vice-Chairman),"));
    sheet.row({{72, QStringLiteral("Mr T Cannon,")},
               {170, QStringLiteral("Miss S J Carey,")},
               {280, QStringLiteral("Sir Paul Carter, CBE,")},
               {420, QStringLiteral("Mrs S Chandler,")}});
    sheet.line(QStringLiteral("Mrs T Dean, MBE, Rich Lehmann, Mr R C Love, OBE, Dr L Sullivan,"));
    sheet.line(QStringLiteral("Mr J Wright and Ms L Wright"));
    sheet.gap();
    sheet.line(QStringLiteral("IN ATTENDANCE: Mr J Cook (Democratic Services Manager) and Mr B Watts"));
    sheet.line(QStringLiteral("(General Counsel)"));
    sheet.gap();
    sheet.line(QStringLiteral("UNRESTRICTED ITEMS"));
    const auto lines = sheet.lines();
    QList<Attendance> out;
    EXPECT_EQ(AttendanceParser::parseLists(lines, 0, lines.size(), out), 6);
    EXPECT_EQ(countStatus(out, AttendanceStatus::Present), 12);
    EXPECT_NE(find(out, QStringLiteral("Paul Carter")), nullptr);
    EXPECT_NE(find(out, QStringLiteral("Rich Lehmann")), nullptr);
    EXPECT_NE(find(out, QStringLiteral("L Wright")), nullptr);
    EXPECT_EQ(find(out, QStringLiteral("CBE")), nullptr);
    EXPECT_EQ(find(out, QStringLiteral("B J Sweetland"))->roleText, QStringLiteral("Chairman"));
    const Attendance* watts = find(out, QStringLiteral("B Watts"));
    ASSERT_NE(watts, nullptr);
    EXPECT_EQ(watts->status, AttendanceStatus::InAttendance);
    EXPECT_EQ(watts->roleText, QStringLiteral("General Counsel"));
}

TEST(MinutesAttendance, OnePersonPerLineWithNestedBracketsStopsAtTheNextSection)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("Present:"));
    sheet.line(QStringLiteral("Minutes")); // a side title that extraction drops between label and list
    sheet.line(QStringLiteral("Mrs F M Oborski (Chairman), Mrs J A Potter (Vice Chairman), Ms P Agar,"));
    sheet.line(QStringLiteral("Mr P M McDonald and Ms T L Onslow"));
    sheet.line(QStringLiteral("Also attended:"));
    sheet.line(QStringLiteral("Derek Benson, Independent Chair of the Safeguarding Children's Partnership"));
    sheet.line(QStringLiteral("Morag Edmondson, Healthwatch"));
    sheet.line(QStringLiteral("Phil Rook (Director of Resources (WCF))"));
    sheet.line(QStringLiteral("Samantha Morris (Scrutiny Co-ordinator) and"));
    sheet.line(QStringLiteral("Alyson Grice (Overview and Scrutiny Officer)"));
    sheet.line(QStringLiteral("Available Papers"));
    sheet.line(QStringLiteral("The Members had before them:"));
    const auto lines = sheet.lines();
    QList<Attendance> out;
    EXPECT_EQ(AttendanceParser::parseLists(lines, 0, lines.size(), out), 10);
    EXPECT_EQ(countStatus(out, AttendanceStatus::Present), 5);
    EXPECT_EQ(countStatus(out, AttendanceStatus::InAttendance), 5);
    EXPECT_EQ(find(out, QStringLiteral("Phil Rook"))->roleText, QStringLiteral("Director of Resources (WCF)"));
    EXPECT_EQ(find(out, QStringLiteral("Morag Edmondson"))->roleText, QStringLiteral("Healthwatch"));
    EXPECT_EQ(find(out, QStringLiteral("Minutes")), nullptr);
    EXPECT_EQ(find(out, QStringLiteral("Available Papers")), nullptr);
}

TEST(MinutesAttendance, VirtualAttendeesAndTitleOnlyOfficers)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("Present: Councillor Phillip Howells (chairperson)"));
    sheet.line(QStringLiteral("Councillors: Helen l'Anson, Mike Jones and David Summers"));
    sheet.line(QStringLiteral("Virtual attendees Councillor Toni Fagan"));
    sheet.line(QStringLiteral("Mr Andy James \u2013 education co-optee"));
    sheet.line(QStringLiteral(
        "Officers: Interim Director of Children and Families and statutory Director of Children's Services,"));
    sheet.line(QStringLiteral("Acting deputy chief executive - solicitor to the council"));
    const auto lines = sheet.lines();
    QList<Attendance> out;
    AttendanceParser::parseLists(lines, 0, lines.size(), out);
    ASSERT_EQ(out.size(), 6); // officers printed by title only are not people
    EXPECT_NE(find(out, QStringLiteral("Helen l'Anson")), nullptr);
    const Attendance* james = find(out, QStringLiteral("Andy James"));
    ASSERT_NE(james, nullptr);
    EXPECT_EQ(james->status, AttendanceStatus::Present);
    EXPECT_EQ(james->roleText, QStringLiteral("virtual attendee, education co-optee"));
}

TEST(MinutesAttendance, ApologiesPairSubstitutesWithTheMembersTheyReplace)
{
    QList<Attendance> out;
    EXPECT_TRUE(AttendanceParser::parseApologies(
        QStringLiteral(
            "Apologies for absence were received from Councillor Hands and his Substitute Councillor "
            "Brodie-Browne; Councillor Pitt and his Substitute Councillor Jones; and Councillor Dan T. Lewis."),
        5, out));
    const Attendance* hands = find(out, QStringLiteral("Hands"));
    ASSERT_NE(hands, nullptr);
    EXPECT_EQ(hands->status, AttendanceStatus::Apologies);
    EXPECT_EQ(hands->substitute, QStringLiteral("Brodie-Browne"));
    EXPECT_EQ(find(out, QStringLiteral("Pitt"))->substitute, QStringLiteral("Jones"));
    const Attendance* lewis = find(out, QStringLiteral("Dan T. Lewis"));
    ASSERT_NE(lewis, nullptr);
    EXPECT_TRUE(lewis->substitute.isEmpty());
    // The named substitutes could not attend either.
    EXPECT_EQ(find(out, QStringLiteral("Brodie-Browne"))->status, AttendanceStatus::Apologies);
    EXPECT_EQ(out.size(), 5);
    EXPECT_EQ(out.first().pdfPage, 5);
}

TEST(MinutesAttendance, ApologiesInOtherPhrasings)
{
    QList<Attendance> out;
    AttendanceParser::parseApologies(QStringLiteral("Councillor A Smith (and her substitute Councillor B Jones) sent "
                                                    "apologies."),
                                     1, out);
    // The subject gave apologies: the member, with the substitute kept beside her.
    ASSERT_FALSE(out.isEmpty());
    EXPECT_EQ(out.first().name, QStringLiteral("A Smith"));
    EXPECT_EQ(out.first().substitute, QStringLiteral("B Jones"));
    out.clear();
    AttendanceParser::parseApologies(
        QStringLiteral("Apologies were received from Councillor A Smith (and her substitute Councillor B Jones)."), 1,
        out);
    ASSERT_FALSE(out.isEmpty());
    EXPECT_EQ(out.first().name, QStringLiteral("A Smith"));
    EXPECT_EQ(out.first().substitute, QStringLiteral("B Jones"));

    out.clear();
    AttendanceParser::parseApologies(QStringLiteral("Apologies were received from Councillors Graham Andrews and Jim "
                                                    "Kenyon and from Mr Sam Pratley."),
                                     9, out);
    EXPECT_EQ(out.size(), 3);
    EXPECT_NE(find(out, QStringLiteral("Jim Kenyon")), nullptr);
    EXPECT_NE(find(out, QStringLiteral("Sam Pratley")), nullptr);

    out.clear();
    AttendanceParser::parseApologies(
        QStringLiteral("Apologies were noted from Councillor Diana Toynbee, cabinet member "
                       "for children and family services and Cath Knowles, interim "
                       "director of children and families."),
        9, out);
    ASSERT_EQ(out.size(), 2);
    EXPECT_EQ(out.at(0).roleText, QStringLiteral("cabinet member for children and family services"));
    EXPECT_EQ(out.at(1).name, QStringLiteral("Cath Knowles"));

    out.clear();
    AttendanceParser::parseApologies(QStringLiteral("The Democratic Services Manager reported apologies from Mr Bond, "
                                                    "Mrs Bruneau and Mr McInroy."),
                                     1, out);
    EXPECT_EQ(out.size(), 3);
    EXPECT_NE(find(out, QStringLiteral("McInroy")), nullptr);

    out.clear();
    EXPECT_FALSE(AttendanceParser::parseApologies(QStringLiteral("There were no apologies from members."), 1, out));
    EXPECT_TRUE(out.isEmpty());
}

TEST(MinutesAttendance, UsRollCallProse)
{
    QList<Attendance> out;
    EXPECT_TRUE(AttendanceParser::parseRollCall(QStringLiteral("Responding to roll call were Commissioners Perez, Vice "
                                                               "Chair Valencia, and Chair Ramirez in person."),
                                                3, out));
    EXPECT_TRUE(AttendanceParser::parseRollCall(
        QStringLiteral("Commissioners Davis and Hernandez participated via videoconference."), 3, out));
    EXPECT_TRUE(AttendanceParser::parseRollCall(QStringLiteral("Commissioner Ayala and Rios were absent."), 3, out));
    EXPECT_TRUE(AttendanceParser::parseRollCall(
        QStringLiteral("Also participating were Jesus M. Gomez, Executive Director; Arnold M. Alvarez-Glasman, "
                       "Authority Counsel; and Theresa Devoy, Clerk."),
        3, out));
    EXPECT_FALSE(AttendanceParser::parseRollCall(QStringLiteral("Members were absent from the debate."), 3, out));
    EXPECT_EQ(countStatus(out, AttendanceStatus::Present), 5);
    EXPECT_EQ(countStatus(out, AttendanceStatus::Absent), 2);
    EXPECT_EQ(countStatus(out, AttendanceStatus::InAttendance), 3);
    EXPECT_EQ(find(out, QStringLiteral("Valencia"))->roleText, QStringLiteral("in person, Vice Chair"));
    EXPECT_EQ(find(out, QStringLiteral("Davis"))->roleText, QStringLiteral("via videoconference"));
    EXPECT_NE(find(out, QStringLiteral("Rios")), nullptr);
    EXPECT_EQ(find(out, QStringLiteral("Arnold M. Alvarez-Glasman"))->roleText, QStringLiteral("Authority Counsel"));
}

TEST(MinutesAttendance, NameListsSplitNamesFromRoles)
{
    const QList<ListedPerson> people = NameListParser::parse(
        QStringLiteral("Derek Benson, Independent Chair of the Partnership; Mr A C Roberts, Cabinet Member with "
                       "Responsibility for Children and Families"));
    ASSERT_EQ(people.size(), 2);
    EXPECT_EQ(people.at(0).name, QStringLiteral("Derek Benson"));
    EXPECT_EQ(people.at(1).name, QStringLiteral("A C Roberts"));
    EXPECT_EQ(people.at(1).printed, QStringLiteral("Mr A C Roberts"));
    EXPECT_EQ(people.at(1).roleText, QStringLiteral("Cabinet Member with Responsibility for Children and Families"));
    // A bare surname is a person only after "Councillors".
    EXPECT_EQ(NameListParser::parse(QStringLiteral("Mr A Smith, Treasurer, Webster")).size(), 1);
    EXPECT_EQ(NameListParser::parse(QStringLiteral("Councillors Smith, Webster")).size(), 2);
}

TEST(MinutesAttendance, ASentenceWhoseSubjectGaveApologies)
{
    QList<Attendance> out;
    EXPECT_TRUE(AttendanceParser::parseApologies(
        QStringLiteral("Ms Grey had given her formal apologies but was attending the meeting virtually."), 4, out));
    EXPECT_TRUE(AttendanceParser::parseApologies(QStringLiteral("Councillor A Webb also sent apologies."), 4, out));
    ASSERT_EQ(out.size(), 2);
    EXPECT_EQ(out.at(0).name, QStringLiteral("Grey"));
    EXPECT_EQ(out.at(0).status, AttendanceStatus::Apologies);
    EXPECT_EQ(out.at(0).pdfPage, 4);
    EXPECT_EQ(out.at(1).name, QStringLiteral("A Webb"));
    // Not a person: the sentence says nothing about who was absent.
    EXPECT_FALSE(
        AttendanceParser::parseApologies(QStringLiteral("The Committee had sent apologies to the school."), 4, out));
    EXPECT_EQ(out.size(), 2);
}
