// What the fuzzers found, each as a small hand-built layout beside the inputs replayed by
// FuzzRegressionTest: the fix, stated as behaviour.
#include "LayoutBuilders.h"
#include "tables/PlanParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::testing;

// A plan's header ("Action | Progress") with no row under it, and a stray word on the next
// page, once placed cells into row 0 of an empty table.
TEST(FuzzFindings, ATableHeaderWithNoRowsGivesNoActions)
{
    layout::LayoutPage header = PageBuilder(1).build();
    header.words = {{QStringLiteral("Action"), QRectF(97.4, 78.4, 29.5, 8.75), false, false},
                    {QStringLiteral("Progress"), QRectF(322.4, 78.4, 41, 8.75), true, false}};
    header.lines = layout::buildLines(header.words, 1);
    layout::LayoutPage stray = PageBuilder(2, QSizeF(204, 472)).build();
    stray.words = {{QStringLiteral("x"), QRectF(393.5, 449.7, 24.5, 6.5), true, false}};
    stray.lines = layout::buildLines(stray.words, 2);
    const parse::PlanResult plan = parse::PlanParser::parse(documentOf({header, stray}));
    EXPECT_TRUE(plan.actions.isEmpty());
    EXPECT_TRUE(plan.indicators.isEmpty());
}
