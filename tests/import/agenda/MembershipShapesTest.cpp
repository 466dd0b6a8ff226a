#include "../minutes/MinutesSheet.h"
#include "AgendaFixtures.h"
#include "agenda/FrontSheetParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::memberNamed;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::SheetGeometry;

// Memberships set out other ways, over several page geometries: headed "Members of the
// Committee" or "Panel Members", members side by side in two columns, a member's role in a cell
// beside the name, a member named after the post that seats them, and a notice signed by an
// officer under the list; and the authority of a panel that is not a council. Names are
// illustrative.

namespace {

class MembershipShapes : public ::testing::TestWithParam<SheetGeometry> { };

QList<Member> membersOf(const MinutesSheet& sheet)
{
    return parse::FrontSheetParser::parse(sheet.document()).meeting.members;
}

void heading(MinutesSheet& sheet, const QString& body, const QString& when)
{
    sheet.line(QStringLiteral("Westfield County Council")).line(body).gap();
    sheet.row({{sheet.x(72), QStringLiteral("When:")}, {sheet.x(150), when}}).gap();
}

} // namespace

TEST_P(MembershipShapes, MembersInTwoColumnsEachCellAMember)
{
    MinutesSheet sheet(1, GetParam(), false);
    heading(sheet, QStringLiteral("Resources Scrutiny Committee"), QStringLiteral("Thursday 7 March 2024, 10.00 am"));
    sheet.line(QStringLiteral("Members of the Committee"));
    sheet.row({{sheet.x(72), QStringLiteral("Cllr Anne Hollis (Chairman)")},
               {sheet.x(300), QStringLiteral("Cllr Raj Mehta")}});
    sheet.row({{sheet.x(72), QStringLiteral("Cllr Paul Dunn (Vice-Chairman)")},
               {sheet.x(300), QStringLiteral("Cllr Ruth Oakes")}});
    sheet.line(QStringLiteral("Cllr Sian Evans"));
    sheet.gap().line(QStringLiteral("Enquiries to: Mark Lowe, Democratic Services Officer"));
    const QList<Member> members = membersOf(sheet);
    ASSERT_EQ(members.size(), 5);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Anne Hollis"))->role, MemberRole::Chair);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Paul Dunn"))->role, MemberRole::ViceChair);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Raj Mehta"))->role, MemberRole::Member);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Ruth Oakes"))->role, MemberRole::Member);
    EXPECT_TRUE(memberNamed(members, QStringLiteral("Sian Evans")));
}

TEST_P(MembershipShapes, AWardBesideTheNameIsNotASecondMember)
{
    MinutesSheet sheet(1, GetParam(), false);
    heading(sheet, QStringLiteral("Planning Committee"), QStringLiteral("Tuesday 5 March 2024, 7.00 pm"));
    sheet.line(QStringLiteral("Members of the Committee"));
    sheet.row({{sheet.x(72), QStringLiteral("Councillor Tom Ashby (Chairman)")},
               {sheet.x(300), QStringLiteral("Hollins Ward")}});
    sheet.row({{sheet.x(72), QStringLiteral("Councillor Jo Pike")}, {sheet.x(300), QStringLiteral("Castle Ward")}});
    const QList<Member> members = membersOf(sheet);
    ASSERT_EQ(members.size(), 2);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Tom Ashby"))->role, MemberRole::Chair);
    EXPECT_TRUE(memberNamed(members, QStringLiteral("Jo Pike")));
}

TEST_P(MembershipShapes, PanelMembersWithRolesBesideThemAndASignatoryUnder)
{
    MinutesSheet sheet(1, GetParam(), false);
    heading(sheet, QStringLiteral("Audit Panel"), QStringLiteral("Tuesday 5 March 2024, 2.00 pm"));
    sheet.line(QStringLiteral("Panel Members"));
    sheet.row({{sheet.x(72), QStringLiteral("Councillor Gwen Lloyd")}, {sheet.x(280), QStringLiteral("Chair")}});
    sheet.row({{sheet.x(72), QStringLiteral("Councillor Ian Marsh")}, {sheet.x(280), QStringLiteral("Vice-Chair")}});
    sheet.line(QStringLiteral("Councillor Ola Price"));
    sheet.row({{sheet.x(72), QStringLiteral("Mr Carl Tate")}, {sheet.x(280), QStringLiteral("Independent Member")}});
    sheet.gap().gap();
    sheet.line(QStringLiteral("Dina Mercer")).line(QStringLiteral("Chief Fire Officer"));
    const QList<Member> members = membersOf(sheet);
    ASSERT_EQ(members.size(), 4);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Gwen Lloyd"))->role, MemberRole::Chair);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Ian Marsh"))->role, MemberRole::ViceChair);
    EXPECT_TRUE(memberNamed(members, QStringLiteral("Carl Tate")));
    EXPECT_FALSE(memberNamed(members, QStringLiteral("Dina Mercer")));
}

TEST_P(MembershipShapes, TheAuthorityOfAPanelIsNotAlwaysACouncil)
{
    for (const char* authority :
         {"NORTHSHIRE FIRE AND RESCUE AUTHORITY", "Hartvale and Dene Fire Authority", "Eastmoor Combined Authority"}) {
        MinutesSheet sheet(1, GetParam(), false);
        sheet.line(QString::fromLatin1(authority)).line(QStringLiteral("AUDIT PANEL")).gap();
        sheet.row(
            {{sheet.x(72), QStringLiteral("When:")}, {sheet.x(150), QStringLiteral("Tuesday 5 March 2024, 2.00 pm")}});
        sheet.gap().line(QStringLiteral("Panel Members"));
        sheet.row({{sheet.x(72), QStringLiteral("Councillor Gwen Lloyd")}, {sheet.x(280), QStringLiteral("Chair")}});
        const Meeting meeting = parse::FrontSheetParser::parse(sheet.document()).meeting;
        EXPECT_EQ(meeting.authority.toLower(), QString::fromLatin1(authority).toLower()) << authority;
        EXPECT_TRUE(meeting.body.contains(QStringLiteral("Audit Panel"), Qt::CaseInsensitive)) << authority;
    }
}

TEST_P(MembershipShapes, AMemberNamedAfterThePostThatSeatsThem)
{
    // A town council's committee: a list of councillors, then an ex officio member named after the
    // post ("Ex officio: the Town Mayor, Cllr ..."); the post is no member.
    MinutesSheet sheet(1, GetParam(), false);
    heading(sheet, QStringLiteral("Planning Committee"), QStringLiteral("Tuesday 9 April 2024, 7.00 pm"));
    sheet.line(QStringLiteral("Committee members:"));
    sheet.line(QStringLiteral("Cllrs Ann Pike (Chair), Tom Hale (Vice-Chair), Raj Mehta and Sue Dunn."));
    sheet.line(QStringLiteral("Ex officio: the Town Mayor, Cllr Helen Birch"));
    sheet.gap().line(QStringLiteral("Enquiries to: Mark Lowe, Town Clerk"));
    const QList<Member> members = membersOf(sheet);
    ASSERT_EQ(members.size(), 5);
    const auto birch = memberNamed(members, QStringLiteral("Helen Birch"));
    ASSERT_TRUE(birch);
    EXPECT_EQ(birch->role, MemberRole::Member);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Ann Pike"))->role, MemberRole::Chair);
}

INSTANTIATE_TEST_SUITE_P(Geometries, MembershipShapes, ::testing::ValuesIn(SheetGeometry::varied()));
