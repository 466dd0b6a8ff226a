// Templates the user taught, applied when the next pack of the same body is read: the marked
// plan's headings and roles read a later pack's plan (other rows, another page, another place on
// the page) without help; a template wins over the importer's own reading of the same table
// without doubling its rows; templates for other bodies, and tables with other headings, are
// left alone.
#include "tables/TemplateReader.h"
#include "DocumentAnalyser.h"
#include "LayoutBuilders.h"
#include "MarkedFixtures.h"
#include "tables/PlanParser.h"
#include "tables/RegionTable.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::planSpec;
using scrutineer::testing::unknownPlanPage;

namespace {

TableTemplate taughtTemplate()
{
    const MarkedTableSpec spec = planSpec(1);
    const RegionTableResult marked = RegionTable::read(documentOf({unknownPlanPage(1, 0, 3)}), spec);
    TableTemplate t = RegionTable::makeTemplate(marked, spec, QSizeF(595, 842));
    t.id = 7;
    t.name = QStringLiteral("Improvement board plan");
    t.body = QStringLiteral("Cabinet");
    return t;
}

layout::LayoutPage frontSheet(const QString& body)
{
    PageBuilder page(1);
    page.text(62, 104, QStringLiteral("MEETING: %1").arg(body), 10)
        .text(62, 123, QStringLiteral("DATE: 5 March 2025"), 10);
    page.text(62, 160, QStringLiteral("AGENDA"), 12);
    page.text(62, 180, QStringLiteral("1. Improvement plan progress"), 10);
    return page.build();
}

} // namespace

TEST(TemplateReaderTest, NextPackIsReadWithTheTemplate)
{
    // The next pack: five rows, on page 2, lower down the page.
    const layout::LayoutDocument next = documentOf({unknownPlanPage(2, 10, 5, true, 220)});
    PlanResult plan = PlanParser::parse(next);
    ASSERT_TRUE(plan.actions.isEmpty());
    TemplateReader::apply(next, {taughtTemplate()}, plan);
    ASSERT_EQ(plan.actions.size(), 5);
    const Action& first = plan.actions.first();
    EXPECT_EQ(first.text, QStringLiteral("Proposal 11 to open a family hub in the north of the county"));
    EXPECT_EQ(first.owner, QStringLiteral("Director of Children's Services"));
    EXPECT_EQ(first.status, ActionStatus::AtRisk);
    EXPECT_EQ(first.due, QStringLiteral("2025-06"));
    EXPECT_EQ(first.definedBy, QStringLiteral("template"));
    EXPECT_EQ(first.templateId, 7);
    EXPECT_EQ(first.templateName, QStringLiteral("Improvement board plan"));
    EXPECT_EQ(first.pdfPage, 2);
    ASSERT_EQ(plan.tables.size(), 1);
    EXPECT_EQ(plan.tables.first().readWith, QStringLiteral("Improvement board plan"));
    EXPECT_EQ(plan.tables.first().rows, 5);
}

TEST(TemplateReaderTest, OtherHeadingsAreLeftAlone)
{
    PageBuilder page(1);
    page.row(100, {{40, QStringLiteral("Proposal")}, {250, QStringLiteral("Cost")}, {400, QStringLiteral("Ward")}}, 9);
    page.row(120,
             {{40, QStringLiteral("Resurface the high street")},
              {250, QStringLiteral("£40,000")},
              {400, QStringLiteral("North")}},
             9);
    const layout::LayoutDocument document = documentOf({page.build()});
    PlanResult plan = PlanParser::parse(document);
    TemplateReader::apply(document, {taughtTemplate()}, plan);
    EXPECT_TRUE(plan.actions.isEmpty());
}

TEST(TemplateReaderTest, TemplateReplacesTheImportersReadingWithoutDoubling)
{
    // A plan the importer reads by itself (Action | Lead | Due | Status); the user taught that
    // its "Lead" column is the commentary.
    PageBuilder page(1);
    page.row(100,
             {{40, QStringLiteral("Action")},
              {250, QStringLiteral("Lead")},
              {400, QStringLiteral("Due")},
              {480, QStringLiteral("Status")}},
             9);
    for (int r = 0; r < 3; ++r) {
        page.row(120 + 20 * r,
                 {{40, QStringLiteral("Recruit %1 social workers").arg(r + 2)},
                  {250, QStringLiteral("Recruitment under way")},
                  {400, QStringLiteral("March 2025")},
                  {480, QStringLiteral("Green")}},
                 9);
    }
    const layout::LayoutDocument document = documentOf({page.build()});
    PlanResult plan = PlanParser::parse(document);
    ASSERT_EQ(plan.actions.size(), 3);
    TableTemplate t;
    t.name = QStringLiteral("Workforce plan");
    t.kind = MarkedKind::Plan;
    t.columns = {{QStringLiteral("Action"), role::Action, 0.06, 0.41},
                 {QStringLiteral("Lead"), role::Commentary, 0.41, 0.67},
                 {QStringLiteral("Due"), role::Due, 0.67, 0.8},
                 {QStringLiteral("Status"), role::Status, 0.8, 0.95}};
    TemplateReader::apply(document, {t}, plan);
    ASSERT_EQ(plan.actions.size(), 3);
    EXPECT_TRUE(plan.actions.first().owner.isEmpty());
    EXPECT_EQ(plan.actions.first().commentary, QStringLiteral("Recruitment under way"));
    EXPECT_EQ(plan.actions.first().definedBy, QStringLiteral("template"));
    ASSERT_EQ(plan.tables.size(), 1);
    EXPECT_EQ(plan.tables.first().actionCount, 3);
}

TEST(TemplateReaderTest, HeadingsMatchNeedsTheAnchorAndMost)
{
    const TableTemplate t = taughtTemplate();
    EXPECT_TRUE(TemplateReader::headingsMatch(t,
                                              {QStringLiteral("Proposal"), QStringLiteral("Sponsor"),
                                               QStringLiteral("Finish"), QStringLiteral("Condition")}));
    EXPECT_TRUE(TemplateReader::headingsMatch(
        t, {QStringLiteral("Proposal"), QStringLiteral("Sponsor"), QStringLiteral("Finish"), QStringLiteral("RAG")}));
    EXPECT_FALSE(TemplateReader::headingsMatch(
        t, {QStringLiteral("Sponsor"), QStringLiteral("Finish"), QStringLiteral("Condition")}));
    EXPECT_FALSE(TemplateReader::headingsMatch(t, {QStringLiteral("Proposal"), QStringLiteral("Cost")}));
}

TEST(TemplateReaderTest, AnalyserAppliesOnlyTheBodysTemplates)
{
    const QList<TableTemplate> templates {taughtTemplate()};
    layout::LayoutDocument cabinet = documentOf({frontSheet(QStringLiteral("CABINET")), unknownPlanPage(2, 0, 4)});
    const ImportBundle read = DocumentAnalyser::analyse(cabinet, templates);
    int fromTemplate = 0;
    for (const Action& action : read.actions)
        fromTemplate += action.definedBy == QLatin1String("template") ? 1 : 0;
    EXPECT_EQ(fromTemplate, 4);
    bool reported = false;
    for (const PageRegion& region : read.regions)
        reported = reported || region.detail.contains(QStringLiteral("read with your template"));
    EXPECT_TRUE(reported);

    layout::LayoutDocument planning
        = documentOf({frontSheet(QStringLiteral("PLANNING COMMITTEE")), unknownPlanPage(2, 0, 4)});
    const ImportBundle other = DocumentAnalyser::analyse(planning, templates);
    for (const Action& action : other.actions)
        EXPECT_NE(action.definedBy, QStringLiteral("template"));
}

TEST(TemplateReaderTest, SeriesWordsNarrowTheTemplate)
{
    TableTemplate t = taughtTemplate();
    t.series = QStringLiteral("improvement plan");
    EXPECT_TRUE(t.appliesTo(QStringLiteral("CABINET"), QStringLiteral("Improvement Plan update Q3")));
    EXPECT_FALSE(t.appliesTo(QStringLiteral("Cabinet"), QStringLiteral("Budget monitoring")));
    EXPECT_FALSE(t.appliesTo(QStringLiteral("Planning Committee"), QStringLiteral("Improvement Plan")));
    t.body.clear();
    EXPECT_TRUE(t.appliesTo(QStringLiteral("Planning Committee"), QStringLiteral("Improvement Plan")));
}
