// Plans that print each action as a labelled block rather than a table row: a head line with the
// action's ref in a label column and its words beside it, then "Lead officer:", "Target date:",
// "Status:", "Milestones:" and "Update:" lines whose values wrap under them. Names are
// illustrative; the geometry varies with the sheet.
#include "tables/ActionBlockParser.h"
#include "LayoutBuilders.h"
#include "tables/PlanParser.h"

#include <gtest/gtest.h>

#include <tuple>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::SheetGeometry;

namespace action_blocks {

class ActionBlocks : public ::testing::TestWithParam<SheetGeometry> { };

// Label | value lines from y on; returns the y under them.
qreal labelled(PageBuilder& page, const SheetGeometry& g, qreal y, const QList<QPair<QString, QString>>& lines)
{
    const QList<qreal> x = g.columnStarts({0.3, 0.7});
    for (const auto& [label, value] : lines) {
        if (label.isEmpty())
            page.text(x[1], y, value, g.font);
        else
            page.row(y, {{x[0], label}, {x[1], value}}, g.font);
        y += g.leading;
    }
    return y;
}

layout::LayoutPage blocksPage(const SheetGeometry& g, bool colons)
{
    const QString c = colons ? QStringLiteral(":") : QString();
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.text(g.margin, y, QStringLiteral("Theme 2: Housing and assets"), g.font);
    y += 2 * g.leading;
    y = labelled(page, g, y,
                 {{QStringLiteral("Action 2.1"), QStringLiteral("Bring every council home up to the Decent Homes")},
                  {QString(), QStringLiteral("Standard, starting with damp and mould.")},
                  {QStringLiteral("Lead officer") + c, QStringLiteral("Director of Housing")},
                  {QStringLiteral("Lead member") + c, QStringLiteral("Cabinet Member for Housing")},
                  {QStringLiteral("Target date") + c, QStringLiteral("31 March 2026")},
                  {QStringLiteral("Status") + c, QStringLiteral("On target")},
                  {QStringLiteral("Milestones") + c, QStringLiteral("- Case team in place, September 2024 (done)")},
                  {QString(), QStringLiteral("- All homes treated, March 2026")},
                  {QStringLiteral("Update") + c, QStringLiteral("412 homes have been treated so far.")}});
    y += 2 * g.leading;
    labelled(page, g, y,
             {{QStringLiteral("Action 2.2"), QStringLiteral("Publish an asset disposal programme.")},
              {QStringLiteral("Lead officer") + c, QStringLiteral("Head of Property")},
              {QStringLiteral("Target date") + c, QStringLiteral("30 November 2024")},
              {QStringLiteral("Status") + c, QStringLiteral("Completed")}});
    return page.build();
}

} // namespace action_blocks

using action_blocks::ActionBlocks;

TEST_P(ActionBlocks, EachLabelledBlockIsOneActionWithItsOwnerDueDateAndStatus)
{
    const SheetGeometry g = GetParam();
    for (const bool colons : {true, false}) {
        const QList<Action> actions = ActionBlockParser::parse(documentOf({action_blocks::blocksPage(g, colons)}));
        ASSERT_EQ(actions.size(), 2) << (colons ? "labels with colons" : "labels in a column");
        const Action& first = actions.at(0);
        EXPECT_EQ(first.ref.toStdString(), "2.1");
        EXPECT_EQ(first.text.toStdString(),
                  "Bring every council home up to the Decent Homes Standard, starting with damp and mould.");
        // The first lead named is the owner; the lead member after it is not.
        EXPECT_EQ(first.owner.toStdString(), "Director of Housing");
        // The target date, not the milestones' dates (a label naming dates and actions).
        EXPECT_EQ(first.due.toStdString(), "2026-03-31");
        EXPECT_EQ(first.dueText.toStdString(), "31 March 2026");
        EXPECT_EQ(first.status, ActionStatus::OnTrack);
        EXPECT_EQ(first.statusText.toStdString(), "On target");
        EXPECT_EQ(first.commentary.toStdString(), "412 homes have been treated so far.");
        EXPECT_EQ(first.section.toStdString(), "2 Housing and assets");
        EXPECT_EQ(first.origin, ActionOrigin::ImprovementPlan);
        const Action& second = actions.at(1);
        EXPECT_EQ(second.ref.toStdString(), "2.2");
        EXPECT_EQ(second.owner.toStdString(), "Head of Property");
        EXPECT_EQ(second.due.toStdString(), "2024-11-30");
        EXPECT_EQ(second.status, ActionStatus::Complete);
    }
}

TEST_P(ActionBlocks, ThePlanParserListsBlocksAmongThePlansActions)
{
    const SheetGeometry g = GetParam();
    const PlanResult result = PlanParser::parse(documentOf({action_blocks::blocksPage(g, true)}));
    ASSERT_EQ(result.actions.size(), 2);
    EXPECT_EQ(result.actions.at(0).ref.toStdString(), "2.1");
    EXPECT_EQ(result.actions.at(1).ref.toStdString(), "2.2");
    EXPECT_TRUE(result.actions.at(1).flags.isEmpty())
        << result.actions.at(1).flags.join(QStringLiteral("; ")).toStdString();
}

// Numbered paragraphs and a report's label column name no owner, due date and status together:
// no action.
TEST_P(ActionBlocks, ABlockThatTracksNothingIsNoAction)
{
    const SheetGeometry g = GetParam();
    PageBuilder page(1, g.page);
    qreal y = action_blocks::labelled(page, g, g.top,
                                      {{QStringLiteral("Report of:"), QStringLiteral("Chief Executive")},
                                       {QStringLiteral("Wards:"), QStringLiteral("All")}});
    y += 2 * g.leading;
    action_blocks::labelled(page, g, y,
                            {{QStringLiteral("1.1"), QStringLiteral("The Board agreed the plan in July.")},
                             {QStringLiteral("Status:"), QStringLiteral("Public")},
                             {QStringLiteral("1.2"), QStringLiteral("This report sets out progress.")}});
    EXPECT_TRUE(ActionBlockParser::parse(documentOf({page.build()})).isEmpty());
}

// A block broken by the page: its labels at the top of the next page are still its own.
TEST_P(ActionBlocks, ABlockGoesOnOverThePageBreak)
{
    const SheetGeometry g = GetParam();
    PageBuilder first(1, g.page);
    const qreal bottom = g.page.height() - g.margin - 3 * g.leading;
    action_blocks::labelled(first, g, bottom,
                            {{QStringLiteral("Action 3.2"), QStringLiteral("Adopt a new constitution.")},
                             {QStringLiteral("Lead officer:"), QStringLiteral("Monitoring Officer")}});
    PageBuilder second(2, g.page);
    action_blocks::labelled(second, g, g.top,
                            {{QStringLiteral("Target date:"), QStringLiteral("Q1 2025/26")},
                             {QStringLiteral("Status:"), QStringLiteral("Minor slippage")}});
    const QList<Action> actions = ActionBlockParser::parse(documentOf({first.build(), second.build()}));
    ASSERT_EQ(actions.size(), 1);
    EXPECT_EQ(actions.at(0).owner.toStdString(), "Monitoring Officer");
    // A quarter of the financial year is due by its last month, as in a table's due column.
    EXPECT_EQ(actions.at(0).due.toStdString(), "2025-06");
    EXPECT_EQ(actions.at(0).dueText.toStdString(), "Q1 2025/26");
    EXPECT_EQ(actions.at(0).status, ActionStatus::AtRisk);
    EXPECT_EQ(actions.at(0).pdfPage, 1);
}

// A covering report's count of the plan's actions by status ("Status | Actions | Share", "On
// target  3  33%"): the figures under "Actions" count actions, and "On target" is a status, not a
// target's label: no action and no measure.
TEST_P(ActionBlocks, ACountOfActionsByStatusIsNeitherActionsNorAMeasure)
{
    const SheetGeometry g = GetParam();
    const QList<qreal> x = g.columnStarts({0.4, 0.2, 0.4});
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.row(y, {{x[0], QStringLiteral("Status")}, {x[1], QStringLiteral("Actions")}, {x[2], QStringLiteral("Share")}},
             g.font);
    const QList<QStringList> rows {{QStringLiteral("Completed"), QStringLiteral("2"), QStringLiteral("22%")},
                                   {QStringLiteral("On target"), QStringLiteral("3"), QStringLiteral("33%")},
                                   {QStringLiteral("Minor slippage"), QStringLiteral("2"), QStringLiteral("22%")},
                                   {QStringLiteral("Not yet started"), QStringLiteral("1"), QStringLiteral("11%")}};
    for (const QStringList& row : rows)
        page.row(y += g.leading, {{x[0], row.at(0)}, {x[1], row.at(1)}, {x[2], row.at(2)}}, g.font);
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    EXPECT_TRUE(result.actions.isEmpty()) << result.actions.value(0).text.toStdString();
    EXPECT_TRUE(result.indicators.isEmpty()) << result.indicators.value(0).name.toStdString();
}

// Plans that name the councillor before the officer ("Lead member:" over "Lead officer:"): the
// officer owns the action whichever is printed first; the councillor only when no officer is named.
TEST_P(ActionBlocks, TheOfficerLeadsThoughTheMemberIsPrintedFirst)
{
    const SheetGeometry g = GetParam();
    for (const bool colons : {true, false}) {
        const QString c = colons ? QStringLiteral(":") : QString();
        PageBuilder page(1, g.page);
        qreal y = action_blocks::labelled(
            page, g, g.top,
            {{QStringLiteral("Action 4.1"), QStringLiteral("Set a balanced budget for 2025/26.")},
             {QStringLiteral("Lead member") + c, QStringLiteral("Cabinet Member for Finance")},
             {QStringLiteral("Lead officer") + c, QStringLiteral("Section 151 Officer")},
             {QStringLiteral("Target date") + c, QStringLiteral("28 February 2025")},
             {QStringLiteral("Status") + c, QStringLiteral("On target")}});
        y += 2 * g.leading;
        y = action_blocks::labelled(page, g, y,
                                    {{QStringLiteral("Action 4.2"), QStringLiteral("Review the scheme of delegation.")},
                                     {QStringLiteral("Portfolio holder") + c, QStringLiteral("Leader of the Council")},
                                     {QStringLiteral("Lead") + c, QStringLiteral("Monitoring Officer")},
                                     {QStringLiteral("Target date") + c, QStringLiteral("31 July 2025")},
                                     {QStringLiteral("Status") + c, QStringLiteral("Not started")}});
        y += 2 * g.leading;
        action_blocks::labelled(
            page, g, y,
            {{QStringLiteral("Action 4.3"), QStringLiteral("Refresh the member development offer.")},
             {QStringLiteral("Cabinet member") + c, QStringLiteral("Councillor R Shah")},
             {QStringLiteral("Target date") + c, QStringLiteral("31 May 2025")},
             {QStringLiteral("Status") + c, QStringLiteral("Completed")}});
        const QList<Action> actions = ActionBlockParser::parse(documentOf({page.build()}));
        ASSERT_EQ(actions.size(), 3) << (colons ? "labels with colons" : "labels in a column");
        EXPECT_EQ(actions.at(0).owner.toStdString(), "Section 151 Officer");
        EXPECT_EQ(actions.at(1).owner.toStdString(), "Monitoring Officer");
        // No officer named: the councillor is all the plan gives.
        EXPECT_EQ(actions.at(2).owner.toStdString(), "Councillor R Shah");
    }
}

// The same in a table: a "Lead Member" column left of "Lead Officer" does not own the rows.
TEST_P(ActionBlocks, ALeadMemberColumnLeftOfTheLeadOfficerDoesNotOwnTheRows)
{
    const SheetGeometry g = GetParam();
    const QList<qreal> x = g.columnStarts({0.06, 0.36, 0.18, 0.16, 0.12, 0.12});
    const qreal width = g.page.width() - 2 * g.margin;
    const qreal f = std::min(g.font * 0.8, width / 70);
    const qreal step = f * 1.3;
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.row(y,
             {{x[0], QStringLiteral("Ref")},
              {x[1], QStringLiteral("Action")},
              {x[2], QStringLiteral("Lead Member")},
              {x[3], QStringLiteral("Lead Officer")},
              {x[4], QStringLiteral("Target date")},
              {x[5], QStringLiteral("Status")}},
             f);
    const QList<QStringList> rows {
        {QStringLiteral("1.1"), QStringLiteral("Adopt the parking strategy"), QStringLiteral("Cllr A Brook"),
         QStringLiteral("Head of Transport"), QStringLiteral("Mar-25"), QStringLiteral("On track")},
        {QStringLiteral("1.2"), QStringLiteral("Publish the asset register"), QStringLiteral("Cllr B Nolan"),
         QStringLiteral("Head of Property"), QStringLiteral("Jun-25"), QStringLiteral("At risk")},
        {QStringLiteral("1.3"), QStringLiteral("Review the waste contract"), QStringLiteral("Cllr C Ode"),
         QStringLiteral("Head of Waste"), QStringLiteral("Sep-25"), QStringLiteral("Completed")}};
    for (const QStringList& row : rows) {
        y += 2 * step;
        QList<QPair<qreal, QString>> cells;
        for (qsizetype k = 0; k < row.size(); ++k)
            cells.append({x[k], row.at(k)});
        page.row(y, cells, f);
    }
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.actions.size(), 3);
    EXPECT_EQ(result.actions.at(0).owner.toStdString(), "Head of Transport");
    EXPECT_EQ(result.actions.at(1).owner.toStdString(), "Head of Property");
    EXPECT_EQ(result.actions.at(2).owner.toStdString(), "Head of Waste");
}

// "Ref: IP-03" on a line of its own over "Action: Review the ...": the ref opens the block and is
// its ref, not the end of the block above.
TEST_P(ActionBlocks, ARefLineAboveTheActionLineGivesTheBlockItsRef)
{
    const SheetGeometry g = GetParam();
    for (const bool colons : {true, false}) {
        const QString c = colons ? QStringLiteral(":") : QString();
        PageBuilder page(1, g.page);
        qreal y = g.top;
        for (const auto& [ref, text, owner] :
             {std::tuple {QStringLiteral("IP-03"), QStringLiteral("Review the corporate complaints policy."),
                          QStringLiteral("Head of Customer Services")},
              std::tuple {QStringLiteral("IP-04"), QStringLiteral("Train every manager in the new policy."),
                          QStringLiteral("Head of HR")}}) {
            y = action_blocks::labelled(page, g, y,
                                        {{QStringLiteral("Ref") + c, ref},
                                         {QStringLiteral("Action") + c, text},
                                         {QStringLiteral("Lead officer") + c, owner},
                                         {QStringLiteral("Target date") + c, QStringLiteral("30 June 2025")},
                                         {QStringLiteral("Status") + c, QStringLiteral("On target")}});
            y += 2 * g.leading;
        }
        const QList<Action> actions = ActionBlockParser::parse(documentOf({page.build()}));
        ASSERT_EQ(actions.size(), 2) << (colons ? "labels with colons" : "labels in a column");
        EXPECT_EQ(actions.at(0).ref.toStdString(), "IP-03");
        EXPECT_EQ(actions.at(0).text.toStdString(), "Review the corporate complaints policy.");
        EXPECT_EQ(actions.at(0).owner.toStdString(), "Head of Customer Services");
        EXPECT_EQ(actions.at(1).ref.toStdString(), "IP-04");
        EXPECT_EQ(actions.at(1).owner.toStdString(), "Head of HR");
    }
}

INSTANTIATE_TEST_SUITE_P(Sheets, ActionBlocks, ::testing::ValuesIn(SheetGeometry::varied()));
