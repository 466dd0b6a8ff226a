#include "tables/TargetFloorParser.h"
#include "LayoutBuilders.h"
#include "tables/PlanParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;

TEST(TargetFloorParser, KpiBlockWithCurrentRatingAndPreviousBracket)
{
    PageBuilder page(3, QSizeF(842, 595));
    page.row(100, {{60, QStringLiteral("Percentage of calls answered in time")}, {760, QStringLiteral("GREEN")}}, 11);
    // chart residue: axis labels and legend words are no readings
    page.text(60, 130, QStringLiteral("100%"), 8);
    page.text(60, 150, QStringLiteral("90%"), 8);
    page.text(100, 170, QStringLiteral("Jan-24 Feb-24 Mar-24 Apr-24"), 8);
    page.text(100, 182, QStringLiteral("Actual Target Floor"), 8);
    page.row(210,
             {{60, QStringLiteral("Latest: 82%")},
              {200, QStringLiteral("Target: 80%, Floor: 75%")},
              {400, QStringLiteral("Previous: 78% (Amber)")}},
             10);

    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.indicators.size(), 1);
    const Indicator& kpi = result.indicators.first();
    EXPECT_EQ(kpi.name, QStringLiteral("Percentage of calls answered in time"));
    EXPECT_EQ(kpi.target, 80.0);
    EXPECT_EQ(kpi.floor, 75.0);
    EXPECT_EQ(kpi.polarity, Polarity::HigherIsBetter);
    EXPECT_EQ(kpi.unit, QStringLiteral("%"));
    EXPECT_EQ(kpi.pdfPage, 3);
    EXPECT_TRUE(kpi.thresholds.isEmpty());

    ASSERT_EQ(result.readings.size(), 2);
    const Reading& previous = result.readings.at(0);
    EXPECT_EQ(previous.indicatorIndex, 0);
    EXPECT_EQ(previous.value, 78.0);
    EXPECT_EQ(previous.reportedRating, QStringLiteral("Amber")); // the bracket rates Previous
    EXPECT_EQ(previous.valueText, QStringLiteral("Previous: 78% (Amber)"));
    const Reading& latest = result.readings.at(1);
    EXPECT_EQ(latest.value, 82.0);
    EXPECT_EQ(latest.reportedRating, QStringLiteral("GREEN")); // the capitalised word rates Latest
    EXPECT_EQ(latest.valueText, QStringLiteral("Latest: 82%"));
    EXPECT_EQ(latest.pdfPage, 3);
}

TEST(TargetFloorParser, VariantsAndRatingWordOnItsOwnLine)
{
    PageBuilder page(1, QSizeF(842, 595));
    // The rating word sits a little lower than its title: a separate line overlapping it.
    page.text(60, 100, QStringLiteral("Number of complaints upheld"), 11);
    page.text(760, 108, QStringLiteral("RED"), 11);
    page.text(60, 160, QStringLiteral("Latest (Dec 24) 1,234 Target:1,000 Floor 1,500 Previous 1,300 (Red)"), 10);
    // A second KPI on the same page without a rating word and with "Floor standard".
    page.text(60, 250, QStringLiteral("Average days to complete an assessment"), 11);
    page.text(60, 300, QStringLiteral("Latest: 41 Target: 35 Floor standard: 45"), 10);

    QList<Indicator> indicators;
    QList<Reading> readings;
    TargetFloorParser::parse(documentOf({page.build()}), indicators, readings);
    ASSERT_EQ(indicators.size(), 2);
    EXPECT_EQ(indicators.at(0).name, QStringLiteral("Number of complaints upheld"));
    EXPECT_EQ(indicators.at(0).target, 1000.0);
    EXPECT_EQ(indicators.at(0).floor, 1500.0);
    EXPECT_EQ(indicators.at(0).polarity, Polarity::LowerIsBetter);
    EXPECT_TRUE(indicators.at(0).unit.isEmpty());
    ASSERT_EQ(readings.size(), 3);
    EXPECT_EQ(readings.at(0).value, 1300.0);
    EXPECT_EQ(readings.at(0).reportedRating, QStringLiteral("Red"));
    EXPECT_EQ(readings.at(1).value, 1234.0);
    EXPECT_EQ(readings.at(1).reportedRating, QStringLiteral("RED"));
    EXPECT_EQ(readings.at(1).period, QStringLiteral("2024-12"));

    EXPECT_EQ(indicators.at(1).name, QStringLiteral("Average days to complete an assessment"));
    EXPECT_EQ(indicators.at(1).floor, 45.0);
    EXPECT_EQ(readings.at(2).indicatorIndex, 1);
    EXPECT_EQ(readings.at(2).value, 41.0);
    EXPECT_TRUE(readings.at(2).reportedRating.isEmpty());
}

TEST(TargetFloorParser, NoTitleNoReadingAndProseTargetsIgnored)
{
    PageBuilder page(1);
    page.text(60, 100, QStringLiteral("85% 90% 95%"), 8);
    page.text(60, 120, QStringLiteral("Target: 90% Floor: 80%"), 10);
    page.text(60, 200, QStringLiteral("The council aims to meet its target of 85% by March."), 10);
    QList<Indicator> indicators;
    QList<Reading> readings;
    TargetFloorParser::parse(documentOf({page.build()}), indicators, readings);
    EXPECT_TRUE(indicators.isEmpty());
    EXPECT_TRUE(readings.isEmpty());
}

// The lines between a measure's title and its target that are led by labels of something else
// ("Service: ...", "Good performance: High") are no title: the title is the line above them.
TEST(TargetFloorParser, LabelledLinesAboveTheTargetAreNoTitle)
{
    PageBuilder page(1);
    page.text(60, 100, QStringLiteral("Planning appeals dismissed by the inspector"), 11);
    page.row(118, {{60, QStringLiteral("Service:")}, {180, QStringLiteral("Planning and building control")}}, 9);
    page.row(130, {{60, QStringLiteral("Good performance:")}, {180, QStringLiteral("High")}}, 9);
    page.row(142, {{60, QStringLiteral("Target:")}, {180, QStringLiteral("70%")}}, 9);

    QList<Indicator> indicators;
    QList<Reading> readings;
    TargetFloorParser::parse(documentOf({page.build()}), indicators, readings);
    ASSERT_EQ(indicators.size(), 1);
    EXPECT_EQ(indicators.first().name, QStringLiteral("Planning appeals dismissed by the inspector"));
    EXPECT_EQ(indicators.first().target, 70.0);
}
