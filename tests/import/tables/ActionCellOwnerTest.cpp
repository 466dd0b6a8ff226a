// Action lists that print who is to act under the action, in the same cell, after a label
// ("Lead: Town Clerk", "Officer: Head of Housing Management"), under a heading that names both
// ("Action and lead"): the action is the text above the label, the owner the text from it on
// (a job title may wrap), and the heading names an action column, not an owner column.
// Names are illustrative; the geometry varies with the sheet.
#include "LayoutBuilders.h"
#include "lexicon/Lexicon.h"
#include "tables/ColumnRoles.h"
#include "tables/PlanParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::SheetGeometry;

namespace action_cell_owner {

class ActionCellOwner : public ::testing::TestWithParam<SheetGeometry> { };

} // namespace action_cell_owner

using action_cell_owner::ActionCellOwner;

TEST(ActionCellOwnerHeadings, AHeadingJoiningARoleAndItsOwnerNamesTheRole)
{
    const Lexicon& lexicon = Lexicon::instance();
    EXPECT_EQ(lexicon.heading(QStringLiteral("Action and lead")).roles.value(0), role::Action);
    EXPECT_EQ(lexicon.heading(QStringLiteral("Action and responsible officer")).roles.value(0), role::Action);
    EXPECT_EQ(lexicon.heading(QStringLiteral("Lead officer")).roles.value(0), role::Owner);
    // Only an owner joined on: other pairs keep their head noun.
    EXPECT_EQ(lexicon.heading(QStringLiteral("Objectives and actions")).roles.value(0), role::Action);
}

// Outstanding-action lists of audit and scrutiny committees head their columns "Minute ref",
// "Action by" and "Latest position": the minute the action came from, who is to act, the update.
TEST(ActionCellOwnerHeadings, OutstandingActionListHeadings)
{
    const Lexicon& lexicon = Lexicon::instance();
    EXPECT_EQ(lexicon.heading(QStringLiteral("Action by")).roles.value(0), role::Owner);
    EXPECT_TRUE(lexicon.heading(QStringLiteral("Action by")).byPhrase);
    EXPECT_EQ(lexicon.heading(QStringLiteral("Minute ref")).roles.value(0), role::Meeting);
    EXPECT_EQ(lexicon.heading(QStringLiteral("Latest position")).roles.value(0), role::Commentary);
    EXPECT_EQ(lexicon.heading(QStringLiteral("Action required")).roles.value(0), role::Action);
}

TEST_P(ActionCellOwner, TheOwnerUnderTheActionIsItsOwnerNotPartOfItsText)
{
    const SheetGeometry g = GetParam();
    const QList<qreal> x = g.columnStarts({0.12, 0.5, 0.2, 0.18});
    const qreal font = g.font;
    const qreal step = g.leading;
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.row(y,
             {{x[0], QStringLiteral("Minute")},
              {x[1], QStringLiteral("Action and lead")},
              {x[2], QStringLiteral("Due")},
              {x[3], QStringLiteral("Status")}},
             font);
    y += 2 * step;
    page.row(y,
             {{x[0], QStringLiteral("24/065")},
              {x[1], QStringLiteral("Obtain three quotations for the")},
              {x[2], QStringLiteral("14 May 2024")},
              {x[3], QStringLiteral("Not started")}},
             font);
    page.text(x[1], y += step, QStringLiteral("play area path"), font);
    page.text(x[1], y += step, QStringLiteral("Lead: Town Clerk"), font);
    y += 2 * step;
    page.row(y,
             {{x[0], QStringLiteral("24/066")},
              {x[1], QStringLiteral("Send the auditor's letter")},
              {x[2], QStringLiteral("30 Apr 2024")},
              {x[3], QStringLiteral("Complete")}},
             font);
    page.text(x[1], y += step, QStringLiteral("Officer: Head of Finance and"), font);
    page.text(x[1], y += step, QStringLiteral("Corporate Services"), font);

    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.actions.size(), 2);
    EXPECT_EQ(result.actions.at(0).text, QStringLiteral("Obtain three quotations for the play area path"));
    EXPECT_EQ(result.actions.at(0).owner, QStringLiteral("Town Clerk"));
    EXPECT_EQ(result.actions.at(0).due, QStringLiteral("2024-05-14"));
    EXPECT_EQ(result.actions.at(1).text, QStringLiteral("Send the auditor's letter"));
    EXPECT_EQ(result.actions.at(1).owner, QStringLiteral("Head of Finance and Corporate Services"));
    EXPECT_EQ(result.actions.at(1).status, ActionStatus::Complete);
}

INSTANTIATE_TEST_SUITE_P(Geometries, ActionCellOwner, ::testing::ValuesIn(SheetGeometry::varied()));
