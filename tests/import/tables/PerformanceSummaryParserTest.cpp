#include "LayoutBuilders.h"
#include "tables/PerformanceSummaryParser.h"
#include "tables/PlanParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;

// "RAG rating | Latest | Previous | DoT" summary tables: each row's printed rating, latest and
// previous values and direction of travel become readings of its indicator.

namespace {

const Reading* readingOf(const PlanResult& result, int indicator, const QString& period)
{
    for (const Reading& r : result.readings) {
        if (r.indicatorIndex == indicator && r.period == period)
            return &r;
    }
    return nullptr;
}

} // namespace

TEST(PerformanceSummary, RowsGiveRatingLatestPreviousAndDirection)
{
    PageBuilder page(4, QSizeF(842, 595));
    page.row(80, {{60, QStringLiteral("Adult Social Care KPIs")},
                  {420, QStringLiteral("RAG rating")},
                  {520, QStringLiteral("Latest")},
                  {600, QStringLiteral("Previous")},
                  {690, QStringLiteral("DoT")}});
    page.row(100, {{60, QStringLiteral("Percentage of calls answered within")},
                   {420, QStringLiteral("GREEN")},
                   {520, QStringLiteral("86%")},
                   {600, QStringLiteral("81%")},
                   {690, QStringLiteral("Improving")}});
    page.text(60, 112, QStringLiteral("20 seconds"));
    page.row(135, {{60, QStringLiteral("Number of assessments completed")},
                   {420, QStringLiteral("AMBER")},
                   {520, QStringLiteral("1,204")},
                   {600, QStringLiteral("1,310")}}); // the DoT arrow was a drawing: nothing printed
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.indicators.size(), 2);
    EXPECT_EQ(result.indicators.at(0).name, QStringLiteral("Percentage of calls answered within 20 seconds"));
    EXPECT_EQ(result.indicators.at(0).unit, QStringLiteral("%"));
    EXPECT_EQ(result.indicators.at(0).pdfPage, 4);
    EXPECT_EQ(result.indicators.at(1).name, QStringLiteral("Number of assessments completed"));
    EXPECT_TRUE(result.indicators.at(1).unit.isEmpty());

    const Reading* latest = readingOf(result, 0, QStringLiteral("latest"));
    const Reading* previous = readingOf(result, 0, QStringLiteral("previous"));
    ASSERT_NE(latest, nullptr);
    ASSERT_NE(previous, nullptr);
    EXPECT_EQ(latest->value, 86.0);
    EXPECT_EQ(latest->valueText, QStringLiteral("86%"));
    EXPECT_EQ(latest->reportedRating, QStringLiteral("GREEN"));
    EXPECT_EQ(latest->direction, QStringLiteral("Improving"));
    EXPECT_EQ(previous->value, 81.0);
    EXPECT_TRUE(previous->reportedRating.isEmpty()); // the table rates only the latest value

    const Reading* second = readingOf(result, 1, QStringLiteral("latest"));
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(second->value, 1204.0);
    EXPECT_EQ(second->reportedRating, QStringLiteral("AMBER"));
    EXPECT_TRUE(second->direction.isEmpty());
}

TEST(PerformanceSummary, OtherTablesAndProseAreNotSummaries)
{
    PageBuilder page(2);
    // "Latest" beside no measure is no summary header: notes with figures are not indicators.
    page.row(80, {{60, QStringLiteral("Notes")}, {300, QStringLiteral("Latest")}});
    page.row(100, {{60, QStringLiteral("Calls answered")}, {300, QStringLiteral("86%")}});
    page.text(60, 140, QStringLiteral("The latest figures showed 68% of plans completed in time."));
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    EXPECT_TRUE(result.indicators.isEmpty());
    EXPECT_TRUE(result.readings.isEmpty());
}

TEST(PerformanceSummary, TableEndsAtALargeGapOrCapitalHeading)
{
    PageBuilder page(5, QSizeF(842, 595));
    page.row(80, {{420, QStringLiteral("RAG")},
                  {500, QStringLiteral("Latest")},
                  {580, QStringLiteral("Previous")},
                  {660, QStringLiteral("Direction of Travel")}});
    page.row(100, {{60, QStringLiteral("Children seen within 10 days")},
                   {420, QStringLiteral("Red")},
                   {500, QStringLiteral("61%")},
                   {580, QStringLiteral("64%")},
                   {660, QStringLiteral("\u2193")}});
    page.text(60, 125, QStringLiteral("COMMENTARY ON PERFORMANCE"));
    page.row(145, {{60, QStringLiteral("Performance fell in the quarter")}, {500, QStringLiteral("12%")}});
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.indicators.size(), 1);
    const Reading* latest = readingOf(result, 0, QStringLiteral("latest"));
    ASSERT_NE(latest, nullptr);
    EXPECT_EQ(latest->reportedRating, QStringLiteral("Red"));
    EXPECT_EQ(latest->direction, QStringLiteral("\u2193"));
}
