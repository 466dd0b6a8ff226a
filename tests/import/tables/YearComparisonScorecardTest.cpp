// Scorecards that compare years: every heading over two lines with the year first ("2023/24" over
// "Outturn", "Target" over "achieved?", "Compared with" over "2023/24"), the unit in a column of
// its own beside bare figures, and the rating answered as a question ("Target achieved?" over
// Yes / Close / No). Names are illustrative; geometry varies.
#include "LayoutBuilders.h"
#include "lexicon/Lexicon.h"
#include "tables/PlanParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::SheetGeometry;

namespace year_comparison {

class YearComparison : public ::testing::TestWithParam<SheetGeometry> { };

struct Row {
    QString name, unit, good, last, target, latest, answer, compared;
};

// A table of `rows` under a two-line header whose rating column is headed `ratingTop` over
// `ratingBottom`.
layout::LayoutPage yearTable(const SheetGeometry& g, const QList<Row>& rows, const QString& ratingTop,
                             const QString& ratingBottom)
{
    const QList<qreal> x = g.columnStarts({0.17, 0.11, 0.07, 0.14, 0.13, 0.14, 0.14, 0.10});
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.row(y,
             {{x[0], QStringLiteral("Indicator")},
              {x[1], QStringLiteral("Unit")},
              {x[2], QStringLiteral("Good")},
              {x[3], QStringLiteral("2023/24")},
              {x[4], QStringLiteral("2024/25")},
              {x[5], QStringLiteral("2024/25")},
              {x[6], ratingTop},
              {x[7], QStringLiteral("Compared with")}},
             g.font);
    y += g.leading;
    page.row(y,
             {{x[2], QStringLiteral("is")},
              {x[3], QStringLiteral("Outturn")},
              {x[4], QStringLiteral("Target")},
              {x[5], QStringLiteral("Outturn")},
              {x[6], ratingBottom},
              {x[7], QStringLiteral("2023/24")}},
             g.font);
    for (const Row& r : rows) {
        y += 1.5 * g.leading;
        page.row(y,
                 {{x[0], r.name},
                  {x[1], r.unit},
                  {x[2], r.good},
                  {x[3], r.last},
                  {x[4], r.target},
                  {x[5], r.latest},
                  {x[6], r.answer},
                  {x[7], r.compared}},
                 g.font);
    }
    return page.build();
}

const QList<Row>& sampleRows()
{
    static const QList<Row> rows {
        {QStringLiteral("Plots let"), QStringLiteral("%"), QStringLiteral("High"), QStringLiteral("84.5"),
         QStringLiteral("85.0"), QStringLiteral("83.9"), QStringLiteral("Close"), QStringLiteral("Worse")},
        {QStringLiteral("Lamp fixes"), QStringLiteral("Days"), QStringLiteral("Low"), QStringLiteral("5.9"),
         QStringLiteral("5.0"), QStringLiteral("4.8"), QStringLiteral("Yes"), QStringLiteral("Better")},
        {QStringLiteral("Helpers"), QStringLiteral("Number"), QStringLiteral("High"), QStringLiteral("2,210"),
         QStringLiteral("2,500"), QStringLiteral("2,040"), QStringLiteral("No"), QStringLiteral("Worse")},
    };
    return rows;
}

const Reading* readingFor(const PlanResult& result, const QString& name, const QString& period)
{
    for (const Reading& r : result.readings) {
        if (result.indicators.at(r.indicatorIndex).name == name && r.period == period)
            return &r;
    }
    return nullptr;
}

} // namespace year_comparison

using year_comparison::YearComparison;

TEST_P(YearComparison, HeadingsOverTwoLinesGiveEachYearItsReading)
{
    const PlanResult result = PlanParser::parse(documentOf({year_comparison::yearTable(
        GetParam(), year_comparison::sampleRows(), QStringLiteral("Target"), QStringLiteral("achieved?"))}));
    ASSERT_EQ(result.indicators.size(), 3);
    for (const year_comparison::Row& row : year_comparison::sampleRows()) {
        const Indicator* indicator = nullptr;
        for (const Indicator& candidate : result.indicators)
            indicator = candidate.name == row.name ? &candidate : indicator;
        ASSERT_NE(indicator, nullptr) << row.name.toStdString();
        EXPECT_EQ(indicator->polarity,
                  row.good == QLatin1String("High") ? Polarity::HigherIsBetter : Polarity::LowerIsBetter)
            << row.name.toStdString();
        const Reading* latest = year_comparison::readingFor(result, row.name, QStringLiteral("2024/25"));
        ASSERT_NE(latest, nullptr) << row.name.toStdString();
        EXPECT_EQ(latest->valueText.toStdString(), row.latest.toStdString());
        EXPECT_EQ(latest->reportedRating.toStdString(), row.answer.toStdString());
        EXPECT_EQ(latest->direction.toStdString(), row.compared.toStdString());
        EXPECT_NE(year_comparison::readingFor(result, row.name, QStringLiteral("2023/24")), nullptr);
    }
    EXPECT_EQ(result.indicators.at(0).target, std::optional<double>(85.0));
    EXPECT_EQ(result.readings.size(), 6); // two years a row; the target column gives none
}

TEST_P(YearComparison, UnitColumnGivesTheUnitOfBareFigures)
{
    const PlanResult result = PlanParser::parse(documentOf({year_comparison::yearTable(
        GetParam(), year_comparison::sampleRows(), QStringLiteral("Target"), QStringLiteral("achieved?"))}));
    ASSERT_EQ(result.indicators.size(), 3);
    EXPECT_EQ(result.indicators.at(0).unit.toStdString(), "%");
    EXPECT_EQ(result.indicators.at(1).unit.toStdString(), "Days");
    EXPECT_TRUE(result.indicators.at(2).unit.isEmpty()); // a count has no unit
}

// Yes / No are answers only under a heading that asks: under a plain "Status" they rate nothing.
TEST_P(YearComparison, AnswersRateOnlyUnderAQuestion)
{
    const PlanResult result = PlanParser::parse(documentOf(
        {year_comparison::yearTable(GetParam(), year_comparison::sampleRows(), QStringLiteral("Status"), QString())}));
    ASSERT_EQ(result.indicators.size(), 3);
    for (const year_comparison::Row& row : year_comparison::sampleRows()) {
        const Reading* latest = year_comparison::readingFor(result, row.name, QStringLiteral("2024/25"));
        ASSERT_NE(latest, nullptr) << row.name.toStdString();
        EXPECT_TRUE(latest->reportedRating.isEmpty()) << row.name.toStdString();
    }
}

// A count of measures by rating ("Target achieved? | Indicators | Share") names no measure: its
// figures are not indicators.
TEST(YearComparisonSummary, CountsOfMeasuresByAnswerAreNoIndicators)
{
    const SheetGeometry g;
    const QList<qreal> x = g.columnStarts({0.4, 0.3, 0.3});
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.row(y,
             {{x[0], QStringLiteral("Target achieved?")},
              {x[1], QStringLiteral("Indicators")},
              {x[2], QStringLiteral("Share")}},
             g.font);
    const QList<QStringList> rows {{QStringLiteral("Yes"), QStringLiteral("9"), QStringLiteral("60%")},
                                   {QStringLiteral("Close"), QStringLiteral("4"), QStringLiteral("27%")},
                                   {QStringLiteral("No"), QStringLiteral("2"), QStringLiteral("13%")}};
    for (const QStringList& r : rows) {
        y += 1.5 * g.leading;
        page.row(y, {{x[0], r.at(0)}, {x[1], r.at(1)}, {x[2], r.at(2)}}, g.font);
    }
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    EXPECT_TRUE(result.indicators.isEmpty());
    EXPECT_TRUE(result.readings.isEmpty());
}

// "Compared with" an earlier period is the direction of travel; compared with a benchmark it is a
// comparator, not a direction.
TEST(YearComparisonSummary, ComparedWithABenchmarkIsAComparator)
{
    const Lexicon& lexicon = Lexicon::instance();
    EXPECT_EQ(lexicon.heading(QStringLiteral("Compared with")).roles.value(0).toStdString(), "direction");
    EXPECT_EQ(lexicon.heading(QStringLiteral("Compared with England")).roles.value(0).toStdString(), "comparator");
}

// Eight columns need the width of A4 in 11 pt or less (the large sheet's type is too big for them).
INSTANTIATE_TEST_SUITE_P(Geometries, YearComparison,
                         ::testing::Values(SheetGeometry(), SheetGeometry::small(), SheetGeometry::landscape()));
