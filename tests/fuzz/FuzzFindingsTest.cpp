// What the fuzzers found, each as a small hand-built layout beside the inputs replayed by
// FuzzRegressionTest: the fix, stated as behaviour.
#include "LayoutBuilders.h"
#include "tables/BandParser.h"
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

// A band bound of two dozen digits ("<3055…55") once overflowed the interval arithmetic
// (signed overflow, found by fuzz_bands). It is held at the far end: the band still overlaps
// the bands above it, and that is what is reported.
TEST(FuzzFindings, ABandBoundTooLargeForTheArithmeticIsHeldAtTheEnd)
{
    using parse::BandParser;
    const QStringList grades {QStringLiteral("Red"), QStringLiteral("Amber"), QStringLiteral("Green")};
    const QList<ThresholdBand> bands {BandParser::makeBand(grades.at(0), QStringLiteral("<305555555555555555555555")),
                                      BandParser::makeBand(grades.at(1), QStringLiteral("30-40")),
                                      BandParser::makeBand(grades.at(2), QStringLiteral(">40"))};
    const QStringList defects = BandParser::defects(bands, grades, Polarity::HigherIsBetter);
    ASSERT_FALSE(defects.isEmpty());
    EXPECT_TRUE(defects.join(QLatin1Char('\n')).contains(QStringLiteral("overlap")))
        << defects.join(QLatin1Char('\n')).toStdString();
}
