#include "../minutes/MinutesSheet.h"
#include "AgendaFixtures.h"
#include "agenda/FrontSheetParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::memberNamed;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::SheetGeometry;

// Memberships printed as a table under a header naming its columns ("Name | Role |
// Organisation", "Member | Representing"), after the agenda as partnership boards print them: a
// member per row, role and organisation cells wrapping under it, the role on the board read from
// the role cell's first part that names one (Co-Chair, Observer) or a bracket after the name, a
// post alone making a plain member, and the people in attendance under the table left out. Over
// several page geometries; names are illustrative.

namespace {

class MembershipTables : public ::testing::TestWithParam<SheetGeometry> { };

QList<Member> membershipTableMembers(const MinutesSheet& sheet)
{
    return parse::FrontSheetParser::parse(sheet.document()).meeting.members;
}

void membershipTableFront(MinutesSheet& sheet)
{
    sheet.line(QStringLiteral("Westfield Integrated Care Partnership")).gap();
    sheet.line(QStringLiteral("Thursday 7 March 2030, 1.30pm to 4.00pm"));
    sheet.line(QStringLiteral("The Boardroom, Quay House, Westfield WF1 2QT")).gap();
    sheet.line(QStringLiteral("AGENDA"));
    sheet.row({{sheet.x(72), QStringLiteral("1.")}, {sheet.x(100), QStringLiteral("Welcome and apologies")}});
    sheet.row({{sheet.x(72), QStringLiteral("2.")}, {sheet.x(100), QStringLiteral("Integrated care strategy")}});
    sheet.gap().gap();
}

} // namespace

TEST_P(MembershipTables, NameRoleAndOrganisationColumnsAfterTheAgenda)
{
    MinutesSheet sheet(1, GetParam(), false);
    membershipTableFront(sheet);
    sheet.line(QStringLiteral("Membership of the Partnership"));
    const qreal name = sheet.x(72);
    const qreal role = sheet.x(200);
    const qreal organisation = sheet.x(360);
    sheet.row({{name, QStringLiteral("Name")}, {role, QStringLiteral("Role")},
               {organisation, QStringLiteral("Organisation")}});
    sheet.row({{name, QStringLiteral("Cllr Ann Hollis")}, {role, QStringLiteral("Co-Chair; Leader")},
               {organisation, QStringLiteral("Westfield Council")}});
    sheet.row({{name, QStringLiteral("Prof Raj Mehta")}, {role, QStringLiteral("Co-Chair")},
               {organisation, QStringLiteral("Westfield NHS")}});
    sheet.row({{name, QStringLiteral("Ruth Oakes")}, {role, QStringLiteral("Director of Public")},
               {organisation, QStringLiteral("Westfield Council")}});
    sheet.row({{role, QStringLiteral("Health")}});
    sheet.row({{name, QStringLiteral("Supt Lee Carver")}, {role, QStringLiteral("Superintendent")},
               {organisation, QStringLiteral("Westfield Police")}});
    sheet.row({{name, QStringLiteral("Rev Tom Vale")}, {role, QStringLiteral("Observer")},
               {organisation, QStringLiteral("Faith Forum")}});
    sheet.gap().gap();
    sheet.line(QStringLiteral("In attendance"));
    sheet.line(QStringLiteral("Sam Reed, Head of Governance (secretariat)"));
    const QList<Member> members = membershipTableMembers(sheet);
    ASSERT_EQ(members.size(), 5);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Ann Hollis"))->role, MemberRole::Chair);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Raj Mehta"))->role, MemberRole::Chair);
    ASSERT_TRUE(memberNamed(members, QStringLiteral("Ruth Oakes")));
    EXPECT_EQ(memberNamed(members, QStringLiteral("Ruth Oakes"))->role, MemberRole::Member);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Ruth Oakes"))->roleText.toStdString(), "Director of Public Health");
    EXPECT_EQ(memberNamed(members, QStringLiteral("Lee Carver"))->role, MemberRole::Member);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Tom Vale"))->role, MemberRole::Advisory);
}

TEST_P(MembershipTables, AMemberAndRepresentingTableWithRolesInBrackets)
{
    MinutesSheet sheet(1, GetParam(), false);
    membershipTableFront(sheet);
    const qreal member = sheet.x(72);
    const qreal representing = sheet.x(300);
    sheet.row({{member, QStringLiteral("Member")}, {representing, QStringLiteral("Representing")}});
    sheet.row({{member, QStringLiteral("Cllr Ann Hollis (Chair)")}, {representing, QStringLiteral("Westfield Council")}});
    sheet.row({{member, QStringLiteral("Dr Ruth Oakes (Vice-Chair)")},
               {representing, QStringLiteral("Westfield NHS Trust")}});
    sheet.row({{member, QStringLiteral("Mr Tom Vale")}, {representing, QStringLiteral("Westfield Business")}});
    sheet.row({{representing, QStringLiteral("Forum")}});
    const QList<Member> members = membershipTableMembers(sheet);
    ASSERT_EQ(members.size(), 3);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Ann Hollis"))->role, MemberRole::Chair);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Ruth Oakes"))->role, MemberRole::ViceChair);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Tom Vale"))->role, MemberRole::Member);
}

INSTANTIATE_TEST_SUITE_P(Geometry, MembershipTables, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
