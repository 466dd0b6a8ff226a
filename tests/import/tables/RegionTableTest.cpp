// A table the user marks on the page, read by RegionTable with the importer's table readers:
// headings the lexicon does not know (so the importer itself reads nothing), columns from the
// gutters or the user's boundaries, roles from cells or the user, rows cut by the role reader or
// joined and split by the user, tables running over two pages, scorecards, attendance lists,
// agendas and resolutions; and the template made from what the user taught.
#include "tables/RegionTable.h"
#include "LayoutBuilders.h"
#include "MarkedFixtures.h"
#include "tables/PlanParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::planSpec;
using scrutineer::testing::unknownPlanPage;

TEST(RegionTableTest, ImporterReadsNothingFromUnknownHeadings)
{
    const PlanResult plan = PlanParser::parse(documentOf({unknownPlanPage(1, 0, 4)}));
    EXPECT_TRUE(plan.actions.isEmpty());
}

TEST(RegionTableTest, MarkedPlanGivesActionsWithOwnersAndStatuses)
{
    const RegionTableResult result = RegionTable::read(documentOf({unknownPlanPage(1, 0, 4)}), planSpec(1));
    EXPECT_TRUE(result.problems.isEmpty()) << result.problems.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(result.columns.size(), 4);
    EXPECT_EQ(result.headerLines, 1);
    EXPECT_EQ(result.columns.at(0).heading, QStringLiteral("Proposal"));
    EXPECT_EQ(result.columns.at(0).role, role::Action);
    EXPECT_EQ(result.columns.at(1).role, role::Owner);
    EXPECT_EQ(result.columns.at(2).role, role::Due);
    EXPECT_EQ(result.columns.at(3).role, role::Status);
    ASSERT_EQ(result.rows.size(), 4);
    ASSERT_EQ(result.actions.size(), 4);
    const Action& first = result.actions.first();
    EXPECT_EQ(first.text, QStringLiteral("Proposal 1 to open a family hub in the north of the county"));
    EXPECT_EQ(first.owner, QStringLiteral("Head of Early Help"));
    EXPECT_EQ(first.due, QStringLiteral("2025-03"));
    EXPECT_EQ(first.status, ActionStatus::OnTrack);
    EXPECT_EQ(result.actions.at(1).status, ActionStatus::AtRisk);
    EXPECT_EQ(result.actions.at(2).status, ActionStatus::Complete);
    EXPECT_EQ(first.definedBy, QStringLiteral("user"));
    EXPECT_EQ(first.pdfPage, 1);
    EXPECT_NEAR(first.area.top(), 120, 0.5);
    EXPECT_GT(first.area.height(), 15);
    EXPECT_LT(first.area.bottom(), 150.5);
}

TEST(RegionTableTest, UserBoundariesAndRolesWin)
{
    MarkedTableSpec spec = planSpec(1);
    // Sponsor and Finish merged into one column, left out; the last column named by the user.
    spec.boundaries = {(245.0 - 35) / 520, (475.0 - 35) / 520};
    spec.roles = {QString(), kIgnoredRole, role::Commentary};
    const RegionTableResult result = RegionTable::read(documentOf({unknownPlanPage(1, 0, 3)}), spec);
    ASSERT_EQ(result.columns.size(), 3);
    EXPECT_TRUE(result.columns.at(1).role.isEmpty());
    EXPECT_TRUE(result.columns.at(2).chosen);
    ASSERT_EQ(result.actions.size(), 3);
    EXPECT_TRUE(result.actions.first().owner.isEmpty());
    EXPECT_EQ(result.actions.first().commentary, QStringLiteral("On track"));
    EXPECT_EQ(result.rows.first().cells.at(1), QStringLiteral("Head of Early Help March 2025"));
}

TEST(RegionTableTest, JoinedAndSplitRowsFollowTheUser)
{
    MarkedTableSpec spec = planSpec(1);
    // Rows 1 and 2 joined; row 3 split after its first line.
    spec.rowStarts = {{1, 120}, {1, 180}, {1, 191}};
    const RegionTableResult result = RegionTable::read(documentOf({unknownPlanPage(1, 0, 3)}), spec);
    ASSERT_EQ(result.rows.size(), 3);
    ASSERT_EQ(result.actions.size(), 3);
    EXPECT_TRUE(result.actions.at(0).text.contains(QStringLiteral("Proposal 2")));
    EXPECT_EQ(result.actions.at(1).text, QStringLiteral("Proposal 3 to open a family hub"));
    EXPECT_EQ(result.actions.at(2).text, QStringLiteral("in the north of the county"));
}

TEST(RegionTableTest, TableRunningOnToTheNextPage)
{
    MarkedTableSpec spec = planSpec(1);
    spec.areas.append({2, QRectF(35, 95, 520, 100)});
    const layout::LayoutDocument document = documentOf({unknownPlanPage(1, 0, 3), unknownPlanPage(2, 3, 3)});
    const RegionTableResult result = RegionTable::read(document, spec);
    ASSERT_EQ(result.actions.size(), 6);
    EXPECT_EQ(result.actions.at(3).pdfPage, 2);
    EXPECT_TRUE(result.actions.at(3).text.startsWith(QStringLiteral("Proposal 4")));
    EXPECT_EQ(result.actions.at(5).status, ActionStatus::Complete);
}

TEST(RegionTableTest, NoActionColumnIsAProblemToShow)
{
    MarkedTableSpec spec = planSpec(1);
    spec.roles = {kIgnoredRole};
    const RegionTableResult result = RegionTable::read(documentOf({unknownPlanPage(1, 0, 2)}), spec);
    EXPECT_TRUE(result.actions.isEmpty());
    ASSERT_FALSE(result.problems.isEmpty());
    EXPECT_TRUE(result.problems.first().contains(QStringLiteral("action")));
    EXPECT_EQ(result.rows.size(), 2); // the grid is still shown
}

TEST(RegionTableTest, EmptyAreaSaysSo)
{
    MarkedTableSpec spec = planSpec(1, 700, 800);
    const RegionTableResult result = RegionTable::read(documentOf({unknownPlanPage(1, 0, 2)}), spec);
    EXPECT_TRUE(result.rows.isEmpty());
    EXPECT_EQ(result.problems.size(), 1);
}

TEST(RegionTableTest, ScorecardWithChosenRoles)
{
    PageBuilder page(1);
    page.row(100,
             {{40, QStringLiteral("Statistic")},
              {300, QStringLiteral("Aim")},
              {380, QStringLiteral("Now")},
              {460, QStringLiteral("Colour")}},
             9);
    page.row(120,
             {{40, QStringLiteral("Children seen within 5 days")},
              {300, QStringLiteral("90%")},
              {380, QStringLiteral("84%")},
              {460, QStringLiteral("Amber")}},
             9);
    page.row(140,
             {{40, QStringLiteral("Visits on time")},
              {300, QStringLiteral("95%")},
              {380, QStringLiteral("97%")},
              {460, QStringLiteral("Green")}},
             9);
    MarkedTableSpec spec;
    spec.kind = MarkedKind::Scorecard;
    spec.areas = {{1, QRectF(35, 95, 520, 60)}};
    spec.roles = {QString(), role::Target, role::Actual, role::Status};
    const RegionTableResult result = RegionTable::read(documentOf({page.build()}), spec);
    ASSERT_EQ(result.indicators.size(), 2);
    EXPECT_EQ(result.indicators.first().name, QStringLiteral("Children seen within 5 days"));
    EXPECT_EQ(result.indicators.first().target, 90);
    EXPECT_EQ(result.indicators.first().unit, QStringLiteral("%"));
    EXPECT_EQ(result.indicators.first().definedBy, QStringLiteral("user"));
    ASSERT_EQ(result.readings.size(), 2);
    EXPECT_EQ(result.readings.first().value, 84);
    EXPECT_EQ(result.readings.first().reportedRating, QStringLiteral("Amber"));
    EXPECT_EQ(result.readings.at(1).indicatorIndex, 1);
}

TEST(RegionTableTest, AttendanceList)
{
    PageBuilder page(1);
    page.row(100, {{40, QStringLiteral("Member")}, {250, QStringLiteral("Attendance")}}, 10);
    page.row(116, {{40, QStringLiteral("Councillor Ann Hughes")}, {250, QStringLiteral("Present")}}, 10);
    page.row(132, {{40, QStringLiteral("Councillor Raj Patel")}, {250, QStringLiteral("Apologies")}}, 10);
    page.row(148, {{40, QStringLiteral("Councillor Jo Lee")}, {250, QStringLiteral("Absent")}}, 10);
    MarkedTableSpec spec;
    spec.kind = MarkedKind::Attendance;
    spec.areas = {{1, QRectF(35, 95, 400, 70)}};
    const RegionTableResult result = RegionTable::read(documentOf({page.build()}), spec);
    ASSERT_EQ(result.attendance.size(), 3);
    EXPECT_EQ(result.attendance.at(0).name, QStringLiteral("Ann Hughes"));
    EXPECT_EQ(result.attendance.at(0).status, AttendanceStatus::Present);
    EXPECT_EQ(result.attendance.at(1).status, AttendanceStatus::Apologies);
    EXPECT_EQ(result.attendance.at(2).status, AttendanceStatus::Absent);
}

TEST(RegionTableTest, AgendaTable)
{
    PageBuilder page(1);
    page.row(100, {{40, QStringLiteral("Item")}, {80, QStringLiteral("Subject")}, {480, QStringLiteral("Pages")}}, 10);
    page.row(116, {{40, QStringLiteral("1.")}, {80, QStringLiteral("Apologies for absence")}}, 10);
    page.row(
        132,
        {{40, QStringLiteral("2.")}, {80, QStringLiteral("Budget monitoring report")}, {480, QStringLiteral("5 - 18")}},
        10);
    page.text(80, 144, QStringLiteral("Report of the Director of Finance"), 10);
    MarkedTableSpec spec;
    spec.kind = MarkedKind::Agenda;
    spec.areas = {{1, QRectF(35, 95, 520, 65)}};
    const RegionTableResult result = RegionTable::read(documentOf({page.build()}), spec);
    ASSERT_EQ(result.agendaItems.size(), 2);
    EXPECT_EQ(result.agendaItems.at(0).number, QStringLiteral("1."));
    EXPECT_EQ(result.agendaItems.at(1).title,
              QStringLiteral("Budget monitoring report Report of the Director of Finance"));
    ASSERT_TRUE(result.agendaItems.at(1).packPages.has_value());
    EXPECT_EQ(result.agendaItems.at(1).packPages->first, 5);
    EXPECT_EQ(result.agendaItems.at(1).packPages->last, 18);
}

TEST(RegionTableTest, Resolution)
{
    PageBuilder page(3);
    page.text(40, 100, QStringLiteral("RESOLVED: That"), 10);
    page.text(40, 114, QStringLiteral("(1) the report be noted; and"), 10);
    page.text(40, 128, QStringLiteral("(2) the Director report back in March."), 10);
    MarkedTableSpec spec;
    spec.kind = MarkedKind::Resolution;
    spec.areas = {{3, QRectF(35, 95, 500, 50)}};
    const RegionTableResult result = RegionTable::read(documentOf({page.build()}), spec);
    ASSERT_EQ(result.resolutions.size(), 1);
    const Resolution& resolution = result.resolutions.first();
    EXPECT_TRUE(resolution.text.startsWith(QStringLiteral("That (1) the report be noted")));
    EXPECT_EQ(resolution.clauses.size(), 2);
    EXPECT_EQ(resolution.pdfPage, 3);
}

TEST(RegionTableTest, TemplateKeepsHeadingsRolesAndPlace)
{
    const MarkedTableSpec spec = planSpec(1);
    const RegionTableResult result = RegionTable::read(documentOf({unknownPlanPage(1, 0, 3)}), spec);
    const TableTemplate t = RegionTable::makeTemplate(result, spec, QSizeF(595, 842));
    ASSERT_EQ(t.columns.size(), 4);
    EXPECT_EQ(t.columns.at(1).heading, QStringLiteral("Sponsor"));
    EXPECT_EQ(t.columns.at(1).role, role::Owner);
    EXPECT_NEAR(t.columns.first().left, 35.0 / 595, 0.001);
    EXPECT_NEAR(t.top, 95.0 / 842, 0.001);
    EXPECT_TRUE(t.headed());
    const TableTemplate back = TableTemplate::fromJson(t.toJson());
    EXPECT_EQ(back.columns, t.columns);
    EXPECT_EQ(back.kind, MarkedKind::Plan);
}

TEST(RegionTableTest, SpecJsonRoundTrip)
{
    MarkedTableSpec spec = planSpec(2);
    spec.areas.append({3, QRectF(30, 40, 500, 300)});
    spec.boundaries = {0.25, 0.5};
    spec.roles = {role::Action, kIgnoredRole};
    spec.rowStarts = {{2, 120.5}, {3, 44}};
    spec.headerLines = 2;
    EXPECT_EQ(MarkedTableSpec::fromJson(spec.toJson()), spec);
    EXPECT_EQ(spec.firstPage(), 2);
    EXPECT_EQ(spec.lastPage(), 3);
}
