#include "MinutesSheet.h"

#include "minutes/DeclarationParser.h"
#include "minutes/MinutesParser.h"
#include "minutes/VoteParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::meetingMember;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::parsedMeeting;
using scrutineer::testing::presentNames;
using scrutineer::testing::SheetGeometry;

// Minutes of authorities other than councils (national park, fire and police authorities): the
// body named "the Authority" under the authority's full name, members in a grid with their
// appointing authority after a dash, declarations naming the minute they concern, and recorded
// votes with the first names on the count's line. Bodies and names are illustrative.

namespace {

class AuthorityShapes : public ::testing::TestWithParam<SheetGeometry> { };

} // namespace

TEST_P(AuthorityShapes, BodyNamedByItsNounAloneIsTheAuthorityAbove)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("WESTLANDS NATIONAL PARK AUTHORITY"));
    sheet.gap();
    sheet.line(QStringLiteral("Minutes of the meeting of the Authority held at Park House, Mill Lane, Oxby"));
    sheet.line(QStringLiteral("on Friday 7 June 2024 at 10.00 am"));
    sheet.gap();
    sheet.line(QStringLiteral("Present: Cllr A Bond (Chair), Mr C Dale and Mrs E Frost"));
    sheet.gap();
    sheet.line(QStringLiteral("21/24 MINUTES"));
    sheet.line(QStringLiteral("RESOLVED: That the minutes of the meeting held on 3 May 2024 be approved."));
    sheet.gap();
    sheet.line(QStringLiteral("22/24 LOCAL PLAN REVIEW"));
    sheet.line(QStringLiteral("RESOLVED: That the timetable be agreed."));
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(meeting.body.toStdString(), "Westlands National Park Authority");
    EXPECT_EQ(meeting.date, QDate(2024, 6, 7));
}

TEST_P(AuthorityShapes, NamedBodyIsKeptUnderAnAuthorityLine)
{
    // A body with a name of its own under the authority stays itself.
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("NORTHSHIRE FIRE AND RESCUE AUTHORITY"));
    sheet.gap();
    sheet.line(QStringLiteral("Minutes of the meeting of the Audit Committee held at Fire Headquarters, Oxby"));
    sheet.line(QStringLiteral("on Tuesday 11 June 2024 at 2.00 pm"));
    sheet.gap();
    sheet.line(QStringLiteral("Present: Cllr A Bond (Chair), Cllr C Dale and Cllr E Frost"));
    sheet.gap();
    sheet.line(QStringLiteral("7. MINUTES"));
    sheet.line(QStringLiteral("RESOLVED: That the minutes of the meeting held on 5 March 2024 be approved."));
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(meeting.body.toStdString(), "Audit Committee");
}

TEST_P(AuthorityShapes, GridOfMembersWithTheirAppointingAuthority)
{
    MinutesSheet sheet(1, GetParam());
    const qreal right = sheet.x(320);
    const qreal left = sheet.geometry().margin;
    sheet.line(QStringLiteral("Minutes of the meeting of the Planning Committee held at Park House, Oxby"));
    sheet.line(QStringLiteral("on Friday 7 June 2024 at 10.00 am"));
    sheet.gap();
    sheet.line(QStringLiteral("Members present:"));
    sheet.row({{left, QStringLiteral("Cllr A Bond (Chair) - Oxby District Council")},
               {right, QStringLiteral("Mr C Dale - Secretary of State member")}});
    sheet.row({{left, QStringLiteral("Cllr G Hart - Wyeshire County Council")},
               {right, QStringLiteral("Prof J Kerr (Vice-Chair) - Parish member")}});
    sheet.gap();
    sheet.line(QStringLiteral("1. MINUTES"));
    sheet.line(QStringLiteral("RESOLVED: That the minutes of the meeting held on 3 May 2024 be approved."));
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(presentNames(meeting),
              (QStringList {QStringLiteral("A Bond"), QStringLiteral("C Dale"), QStringLiteral("G Hart"),
                            QStringLiteral("J Kerr")}));
    const Member* chair = meetingMember(meeting, QStringLiteral("A Bond"));
    ASSERT_NE(chair, nullptr);
    EXPECT_EQ(chair->role, MemberRole::Chair);
    const Member* vice = meetingMember(meeting, QStringLiteral("J Kerr"));
    ASSERT_NE(vice, nullptr);
    EXPECT_EQ(vice->role, MemberRole::ViceChair); // "Vice-Chair - Parish member": the part before the dash
    const Member* dale = meetingMember(meeting, QStringLiteral("C Dale"));
    ASSERT_NE(dale, nullptr);
    EXPECT_EQ(dale->role, MemberRole::Member); // the member type is not a role
}

INSTANTIATE_TEST_SUITE_P(Geometry, AuthorityShapes, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });

TEST(MinutesAuthorityDeclarations, SentenceNamingAMinuteOfTheSameShapeRecordsThatMinute)
{
    const auto named = DeclarationParser::fromSentence(
        QStringLiteral("Cllr R Bond declared a personal interest in Minute 50/24 (Holme Farm) as a neighbour."),
        QStringLiteral("46/24"), 1);
    ASSERT_EQ(named.size(), 1);
    EXPECT_EQ(named.first().minute.toStdString(), "50/24");
    EXPECT_EQ(named.first().member.toStdString(), "R Bond");

    const auto lettered = DeclarationParser::fromSentence(
        QStringLiteral("Councillor Hart declared an interest under Minute No. FRA/24/35."), QStringLiteral("FRA/24/32"),
        1);
    ASSERT_EQ(lettered.size(), 1);
    EXPECT_EQ(lettered.first().minute.toStdString(), "FRA/24/35");

    // Another shape (another body's numbering, an item) leaves the minute it is recorded under.
    const auto other = DeclarationParser::fromSentence(
        QStringLiteral("Mr C Dale declared an interest in Minute 12 of the Cabinet as a governor."),
        QStringLiteral("46/24"), 1);
    ASSERT_EQ(other.size(), 1);
    EXPECT_EQ(other.first().minute.toStdString(), "46/24");
    const auto item = DeclarationParser::fromSentence(
        QStringLiteral("Mr C Dale declared an interest in item 7 as a governor."), QStringLiteral("46/24"), 1);
    ASSERT_EQ(item.size(), 1);
    EXPECT_EQ(item.first().minute.toStdString(), "46/24");
}

TEST(MinutesAuthorityVotes, CountAndFirstNamesOnOneLineRunningOverAPageBreak)
{
    EXPECT_TRUE(VoteParser::isVoteLabel(QStringLiteral("For (7): Cllr Bond, Mr Dale,")));
    EXPECT_TRUE(VoteParser::isVoteLabel(QStringLiteral("Abstained (0)")));
    EXPECT_FALSE(VoteParser::isVoteLabel(QStringLiteral("For the reasons given: the plan was agreed")));

    MinutesSheet sheet;
    sheet.line(QStringLiteral("For (3): Cllr Bond, Mr Dale,"));
    sheet.pageBreak();
    sheet.line(QStringLiteral("Ms Frost"));
    sheet.line(QStringLiteral("Against (2): Cllr Hart, Cllr Kerr"));
    sheet.line(QStringLiteral("Abstained (0)"));
    sheet.line(QStringLiteral("The motion was CARRIED."));
    sheet.line(QStringLiteral("RESOLVED: That planning permission be granted."));
    const auto lines = sheet.lines();
    qsizetype next = -1;
    const auto vote = VoteParser::parse(lines, 0, lines.size(), &next);
    ASSERT_TRUE(vote.has_value());
    EXPECT_EQ(vote->forCount, 3);
    EXPECT_EQ(vote->forNames,
              (QStringList {QStringLiteral("Cllr Bond"), QStringLiteral("Mr Dale"), QStringLiteral("Ms Frost")}));
    EXPECT_EQ(vote->againstCount, 2);
    EXPECT_EQ(vote->againstNames, (QStringList {QStringLiteral("Cllr Hart"), QStringLiteral("Cllr Kerr")}));
    EXPECT_EQ(vote->abstainCount, 0);
    EXPECT_TRUE(vote->abstainNames.isEmpty());
    EXPECT_EQ(vote->outcome.toStdString(), "carried");
    EXPECT_TRUE(vote->flags.isEmpty());
    EXPECT_EQ(next, lines.size() - 1); // the RESOLVED line follows the vote
}
