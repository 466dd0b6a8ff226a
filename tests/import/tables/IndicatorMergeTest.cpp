#include "tables/IndicatorMerge.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;

namespace {

Indicator mergeMeasure(const QString& name, int page, std::optional<double> target = std::nullopt)
{
    Indicator indicator;
    indicator.name = name;
    indicator.pdfPage = page;
    indicator.target = target;
    return indicator;
}

Reading mergeReading(int indicator, double value)
{
    Reading reading;
    reading.indicatorIndex = indicator;
    reading.value = value;
    return reading;
}

} // namespace

TEST(IndicatorMerge, SameMeasureOnThePageFillsWhatTheFirstLacks)
{
    QList<Indicator> indicators {mergeMeasure(QStringLiteral("Calls answered"), 3)};
    QList<Reading> readings;
    Indicator again = mergeMeasure(QStringLiteral("Calls answered"), 3, 90);
    again.floor = 80;
    again.unit = QStringLiteral("%");
    again.polarity = Polarity::HigherIsBetter;
    IndicatorMerge::append(indicators, readings, {again}, {mergeReading(0, 76)});
    ASSERT_EQ(indicators.size(), 1);
    EXPECT_EQ(indicators.at(0).target, 90);
    EXPECT_EQ(indicators.at(0).floor, 80);
    EXPECT_EQ(indicators.at(0).unit.toStdString(), "%");
    EXPECT_EQ(indicators.at(0).polarity, Polarity::HigherIsBetter);
    ASSERT_EQ(readings.size(), 1);
    EXPECT_EQ(readings.at(0).indicatorIndex, 0); // mapped onto the measure already there
    EXPECT_EQ(readings.at(0).value, 76);
}

TEST(IndicatorMerge, FiguresTheFirstHasAreKept)
{
    QList<Indicator> indicators {mergeMeasure(QStringLiteral("Calls answered"), 3, 95)};
    QList<Reading> readings;
    IndicatorMerge::append(indicators, readings, {mergeMeasure(QStringLiteral("Calls answered"), 3, 90)}, {});
    ASSERT_EQ(indicators.size(), 1);
    EXPECT_EQ(indicators.at(0).target, 95);
}

TEST(IndicatorMerge, SameTargetAndFloorOnThePageIsTheSameMeasure)
{
    Indicator first = mergeMeasure(QStringLiteral("Percentage of calls answered"), 2, 90);
    first.floor = 80;
    Indicator second = mergeMeasure(QStringLiteral("Call handling"), 2, 90);
    second.floor = 80;
    QList<Indicator> indicators {first};
    QList<Reading> readings;
    IndicatorMerge::append(indicators, readings, {second}, {});
    EXPECT_EQ(indicators.size(), 1);
}

TEST(IndicatorMerge, AnotherMeasureIsAppendedAndItsReadingsFollowIt)
{
    QList<Indicator> indicators {mergeMeasure(QStringLiteral("Calls answered"), 3)};
    QList<Reading> readings {mergeReading(0, 76)};
    IndicatorMerge::append(indicators, readings,
                           {mergeMeasure(QStringLiteral("Missed bins per 100,000 collections"), 5)},
                           {mergeReading(0, 42), mergeReading(7, 1)}); // 7: no measure of theirs
    ASSERT_EQ(indicators.size(), 2);
    EXPECT_EQ(indicators.at(1).name.toStdString(), "Missed bins per 100,000 collections");
    ASSERT_EQ(readings.size(), 2);
    EXPECT_EQ(readings.at(1).indicatorIndex, 1);
    EXPECT_EQ(readings.at(1).value, 42);
}

TEST(IndicatorMerge, AReadingAlreadyGivenIsNotRepeated)
{
    QList<Indicator> indicators {mergeMeasure(QStringLiteral("Calls answered"), 3)};
    QList<Reading> readings {mergeReading(0, 76)};
    IndicatorMerge::append(indicators, readings, {mergeMeasure(QStringLiteral("Calls answered"), 3)},
                           {mergeReading(0, 76), mergeReading(0, 81)});
    ASSERT_EQ(readings.size(), 2);
    EXPECT_EQ(readings.at(1).value, 81);
}

TEST(IndicatorMerge, TheShorterNameAtTheEndWins)
{
    // "Measure: Waste recycled" read as a title beside "Waste recycled" read from its label.
    QList<Indicator> indicators {mergeMeasure(QStringLiteral("Measure: Waste recycled"), 4)};
    QList<Reading> readings;
    IndicatorMerge::append(indicators, readings, {mergeMeasure(QStringLiteral("Waste recycled"), 4)}, {});
    ASSERT_EQ(indicators.size(), 1);
    EXPECT_EQ(indicators.at(0).name.toStdString(), "Waste recycled");
}
