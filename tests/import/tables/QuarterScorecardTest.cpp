// Quarterly scorecards that head their value columns with a quarter's months ("Jan–Mar" over
// "2024"), print every band of a measure in words in one "Thresholds" cell ("Red below 85%, Amber
// 85–90%, Green 90% or above"), show a variance column ("Better (worse) than target by") that is
// neither a target nor a reading, print negatives in brackets and units after figures; and
// exception-report blocks after the table that repeat a measure with labels the readers do not
// know ("Variance:", "Lead officer:") between the ones they do. Fixtures are built here.
#include "LayoutBuilders.h"
#include "tables/Figure.h"
#include "tables/HeaderReader.h"
#include "tables/PlanParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::indicatorStartingWith;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::readingsOf;

namespace {

const QList<qreal> kQuarterColumns {40, 80, 300, 360, 420, 480, 560, 610};

// A landscape scorecard: Ref | Measure | Jan–Mar 2024 | Apr–Jun 2024 | Target | Better (worse)
// than target by | Status | Thresholds, the headings of four columns on two lines.
layout::LayoutPage quarterTable()
{
    const QList<qreal>& x = kQuarterColumns;
    PageBuilder page(1, QSizeF(842, 595));
    page.row(60,
             {{x[0], QStringLiteral("Ref")},
              {x[1], QStringLiteral("Measure")},
              {x[2], QStringLiteral("Jan–Mar")},
              {x[3], QStringLiteral("Apr–Jun")},
              {x[4], QStringLiteral("Target")},
              {x[5], QStringLiteral("Better (worse)")},
              {x[6], QStringLiteral("Status")},
              {x[7], QStringLiteral("Thresholds")}},
             8);
    page.row(70,
             {{x[2], QStringLiteral("2024")},
              {x[3], QStringLiteral("2024")},
              {x[4], QStringLiteral("2024/25")},
              {x[5], QStringLiteral("than target by")}},
             8);
    page.row(86,
             {{x[0], QStringLiteral("AB1")},
              {x[1], QStringLiteral("Homes let within 28 days")},
              {x[2], QStringLiteral("81%")},
              {x[3], QStringLiteral("84.6%")},
              {x[4], QStringLiteral("88%")},
              {x[5], QStringLiteral("(3.4)")},
              {x[6], QStringLiteral("Amber")},
              {x[7], QStringLiteral("Red below 80%, Amber 80–88%,")}},
             8);
    page.row(96, {{x[7], QStringLiteral("Green 88% or above")}}, 8);
    page.row(110,
             {{x[0], QStringLiteral("AB2")},
              {x[1], QStringLiteral("Average wait for a repair")},
              {x[2], QStringLiteral("9.5 days")},
              {x[3], QStringLiteral("7.2 days")},
              {x[4], QStringLiteral("8 days")},
              {x[5], QStringLiteral("0.8")},
              {x[6], QStringLiteral("Green")},
              {x[7], QStringLiteral("Green 8 days or under, Amber")}},
             8);
    page.row(120, {{x[7], QStringLiteral("8.1–10 days, Red over 10 days")}}, 8);
    page.row(134,
             {{x[0], QStringLiteral("AB3")},
              {x[1], QStringLiteral("Budget variance for the service")},
              {x[2], QStringLiteral("0.6")},
              {x[3], QStringLiteral("(0.9)")},
              {x[4], QStringLiteral("0.0")},
              {x[5], QStringLiteral("0.9")},
              {x[6], QStringLiteral("Green")},
              {x[7], QStringLiteral("Green 0.0 or below, Amber 0.1–0.5,")}},
             8);
    page.row(144, {{x[7], QStringLiteral("Red above 0.5")}}, 8);
    return page.build();
}

// An exception report on the next page repeating AB1 in a block of labelled lines.
layout::LayoutPage exceptionBlock()
{
    PageBuilder page(2);
    qreal y = 80;
    const QList<QPair<QString, QString>> fields {
        {QStringLiteral("Measure:"), QStringLiteral("AB1 Homes let within 28 days")},
        {QStringLiteral("Actual:"), QStringLiteral("84.6%")},
        {QStringLiteral("Target:"), QStringLiteral("88%")},
        {QStringLiteral("Variance:"), QStringLiteral("Worse than target by 3.4 points")},
        {QStringLiteral("Lead officer:"), QStringLiteral("Lettings Manager")},
        {QStringLiteral("Status:"), QStringLiteral("Amber")},
    };
    for (const auto& [label, value] : fields) {
        page.row(y, {{72, label}, {200, value}}, 10);
        y += 13;
    }
    return page.build();
}

} // namespace

TEST(QuarterScorecard, AQuartersMonthsHeadAColumnWithTheirYearBelow)
{
    const HeaderReader reader;
    const layout::LayoutPage page = quarterTable();
    const auto header = reader.read(page.lines, 0);
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(header->lineCount, 2);
    EXPECT_EQ(header->columns.at(2).heading, QStringLiteral("Jan–Mar 2024"));
    EXPECT_EQ(header->columns.at(3).heading, QStringLiteral("Apr–Jun 2024"));
    EXPECT_EQ(periodIn(header->columns.at(3).heading), QStringLiteral("Apr–Jun 2024"));
}

TEST(QuarterScorecard, AVarianceColumnIsNoTargetAndALoneThresholdsHeadingIsAColumn)
{
    const HeaderReader reader;
    const layout::LayoutPage page = quarterTable();
    const auto header = reader.read(page.lines, 0);
    ASSERT_TRUE(header.has_value());
    const QStringList keys = header->keys();
    EXPECT_EQ(keys.count(QStringLiteral("target")), 1) << keys.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(keys.value(5), QStringLiteral("variance"));
    ASSERT_EQ(keys.size(), 8) << keys.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(keys.last(), QStringLiteral("tolerance"));
}

TEST(QuarterScorecard, EachQuarterIsAReadingAndTheStatusRatesTheLatest)
{
    const PlanResult result = PlanParser::parse(documentOf({quarterTable()}));
    ASSERT_EQ(result.indicators.size(), 3);
    const Indicator* homes = indicatorStartingWith(result, QStringLiteral("Homes let"));
    ASSERT_NE(homes, nullptr);
    EXPECT_EQ(homes->target, 88.0);
    const QList<Reading> readings = readingsOf(result, homes);
    ASSERT_EQ(readings.size(), 2);
    EXPECT_EQ(readings.at(0).period, QStringLiteral("Jan–Mar 2024"));
    EXPECT_EQ(readings.at(0).value, 81.0);
    EXPECT_TRUE(readings.at(0).reportedRating.isEmpty());
    EXPECT_EQ(readings.at(1).period, QStringLiteral("Apr–Jun 2024"));
    EXPECT_EQ(readings.at(1).value, 84.6);
    EXPECT_EQ(readings.at(1).reportedRating, QStringLiteral("Amber"));
}

TEST(QuarterScorecard, BandsInWordsInOneCellAreTheMeasuresThresholds)
{
    const PlanResult result = PlanParser::parse(documentOf({quarterTable()}));
    const Indicator* homes = indicatorStartingWith(result, QStringLiteral("Homes let"));
    ASSERT_NE(homes, nullptr);
    ASSERT_EQ(homes->thresholds.size(), 3);
    EXPECT_EQ(homes->thresholds.at(0).text, QStringLiteral("below 80%"));
    EXPECT_EQ(homes->thresholds.at(1).text, QStringLiteral("80–88%"));
    EXPECT_EQ(homes->thresholds.at(2).text, QStringLiteral("88% or above"));
    EXPECT_EQ(homes->polarity, Polarity::HigherIsBetter);
    // Bands with a unit after a range ("8.1–10 days") and printed best first.
    const Indicator* repairs = indicatorStartingWith(result, QStringLiteral("Average wait"));
    ASSERT_NE(repairs, nullptr);
    ASSERT_EQ(repairs->thresholds.size(), 3);
    EXPECT_EQ(repairs->thresholds.at(1).text, QStringLiteral("8.1–10 days"));
    EXPECT_EQ(repairs->polarity, Polarity::LowerIsBetter);
    EXPECT_EQ(repairs->target, 8.0);
    EXPECT_EQ(repairs->unit, QStringLiteral("days"));
}

TEST(QuarterScorecard, AFigureInBracketsIsNegative)
{
    EXPECT_EQ(parseFigure(QStringLiteral("(0.9)"))->value, -0.9);
    EXPECT_EQ(parseFigure(QStringLiteral("(£1.2m)"))->value, -1.2);
    EXPECT_TRUE(parseFigure(QStringLiteral("(3.5%)"))->percent);
    EXPECT_FALSE(parseFigure(QStringLiteral("(see note 3)")).has_value());
    EXPECT_FALSE(parseFigure(QStringLiteral("(-2)")).has_value());
    const PlanResult result = PlanParser::parse(documentOf({quarterTable()}));
    const Indicator* budget = indicatorStartingWith(result, QStringLiteral("Budget variance"));
    ASSERT_NE(budget, nullptr);
    const QList<Reading> readings = readingsOf(result, budget);
    ASSERT_EQ(readings.size(), 2);
    EXPECT_EQ(readings.at(1).value, -0.9);
}

TEST(QuarterScorecard, AnExceptionBlockOnALaterPageIsTheSameMeasure)
{
    const PlanResult result = PlanParser::parse(documentOf({quarterTable(), exceptionBlock()}));
    EXPECT_EQ(result.indicators.size(), 3);
    const Indicator* homes = indicatorStartingWith(result, QStringLiteral("Homes let"));
    ASSERT_NE(homes, nullptr);
    EXPECT_EQ(homes->pdfPage, 1);
}

TEST(QuarterScorecard, ABlockRunsOnOverLabelsItDoesNotKnowToTheRating)
{
    const PlanResult result = PlanParser::parse(documentOf({exceptionBlock()}));
    ASSERT_EQ(result.indicators.size(), 1);
    // The name after its label, not the labelled line.
    EXPECT_EQ(result.indicators.first().name, QStringLiteral("AB1 Homes let within 28 days"));
    bool rated = false;
    for (const Reading& reading : result.readings)
        rated = rated || reading.reportedRating == QStringLiteral("Amber");
    EXPECT_TRUE(rated);
}
