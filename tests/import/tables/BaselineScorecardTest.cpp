// Dashboards that carry a baseline and a latest figure per measure rather than a run of period
// columns: each figure with its own period in brackets on the row's second line, the conditions
// for each grade in columns named for the grade ("On track if | Off track if"), progress graded in
// words that are not RAG colours, and the change since the baseline as a direction. Names are
// illustrative; geometry varies.
#include "LayoutBuilders.h"
#include "lexicon/Lexicon.h"
#include "tables/Figure.h"
#include "tables/PlanParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::indicatorStartingWith;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::readingsOf;
using scrutineer::testing::SheetGeometry;

namespace baseline_scorecard {

class BaselineScorecard : public ::testing::TestWithParam<SheetGeometry> { };

struct Row {
    QString name, better, baseline, baselinePeriod, latest, latestPeriod, target, good, bad, progress, since;
    QString progressBelow = {}; // a rating's second line
};

// A Measure | Better if | Baseline | Latest | Target | <good> if | <bad> if | Progress | Since
// baseline table, the figures' periods in brackets on each row's second line. Without
// `latestColumn` the table has no Latest column and no band columns (a plan's measures with where
// each starts from and its target).
layout::LayoutPage baselineTable(const SheetGeometry& g, const QList<Row>& rows, bool latestColumn = true)
{
    const QList<qreal> x = g.columnStarts({0.2, 0.07, 0.1, 0.1, 0.08, 0.12, 0.12, 0.11, 0.1});
    PageBuilder page(1, g.page);
    qreal y = g.top;
    QList<QPair<qreal, QString>> top {{x[0], QStringLiteral("Measure")},  {x[1], QStringLiteral("Better")},
                                      {x[2], QStringLiteral("Baseline")}, {x[4], QStringLiteral("Target")},
                                      {x[7], QStringLiteral("Progress")}, {x[8], QStringLiteral("Since")}};
    if (latestColumn)
        top.append({{x[3], QStringLiteral("Latest")},
                    {x[5], QStringLiteral("On track if")},
                    {x[6], QStringLiteral("Off track if")}});
    page.row(y, top, g.font);
    y += g.leading;
    page.row(y, {{x[1], QStringLiteral("if")}, {x[8], QStringLiteral("baseline")}}, g.font);
    for (const Row& r : rows) {
        y += 1.5 * g.leading;
        QList<QPair<qreal, QString>> first {{x[0], r.name},   {x[1], r.better},   {x[2], r.baseline},
                                            {x[4], r.target}, {x[7], r.progress}, {x[8], r.since}};
        if (latestColumn)
            first.append({{x[3], r.latest}, {x[5], r.good}, {x[6], r.bad}});
        page.row(y, first, g.font);
        y += g.leading;
        QList<QPair<qreal, QString>> second {{x[2], r.baselinePeriod}};
        if (latestColumn)
            second.append({x[3], r.latestPeriod});
        if (!r.progressBelow.isEmpty())
            second.append({x[7], r.progressBelow});
        page.row(y, second, g.font);
    }
    return page.build();
}

const QList<Row>& sampleRows()
{
    static const QList<Row> rows {
        {QStringLiteral("Lamps lit"), QStringLiteral("Higher"), QStringLiteral("58.4%"), QStringLiteral("(2022)"),
         QStringLiteral("60.1%"), QStringLiteral("(Q2 2025/26)"), QStringLiteral("62.0%"),
         QStringLiteral("61% or more"), QStringLiteral("below 59%"), QStringLiteral("Watch"), QStringLiteral("Better")},
        {QStringLiteral("Bins late"), QStringLiteral("Lower"), QStringLiteral("38"), QStringLiteral("(Mar 2023)"),
         QStringLiteral("22"), QStringLiteral("(Sep 2025)"), QStringLiteral("20"), QStringLiteral("24 or fewer"),
         QStringLiteral("more than 30"), QStringLiteral("On track"), QStringLiteral("Better")},
        {QStringLiteral("Trees"), QStringLiteral("Higher"), QStringLiteral("0"), QStringLiteral("(Apr 2024)"),
         QStringLiteral("38,500"), QStringLiteral("(2024/25)"), QStringLiteral("100,000"), QStringLiteral("Not set"),
         QStringLiteral("Not set"), QStringLiteral("Too early"), QStringLiteral("Same"), QStringLiteral("to say")},
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

} // namespace baseline_scorecard

using baseline_scorecard::BaselineScorecard;

// A period in brackets after a value cell's figure is that figure's period; other brackets are not.
TEST(BaselineScorecardCells, APeriodInBracketsIsTheFiguresPeriod)
{
    EXPECT_EQ(bracketedPeriodIn(QStringLiteral("58.4% (2022)")).toStdString(), "2022");
    EXPECT_EQ(bracketedPeriodIn(QStringLiteral("26.1% (Q2 2025/26)")).toStdString(), "Q2 2025/26");
    EXPECT_EQ(bracketedPeriodIn(QStringLiteral("22 (Sep 2025)")).toStdString(), "Sep 2025");
    EXPECT_EQ(bracketedPeriodIn(QStringLiteral("48.9% (p) (2024/25)")).toStdString(), "2024/25");
    EXPECT_TRUE(bracketedPeriodIn(QStringLiteral("48.9% (p)")).isEmpty());
    EXPECT_TRUE(bracketedPeriodIn(QStringLiteral("(3.5%)")).isEmpty());
    EXPECT_TRUE(bracketedPeriodIn(QStringLiteral("1,204 (12 homes)")).isEmpty());
}

// A grade and a condition word head the column of that grade's band; the change since the
// baseline is a direction, the word 'Baseline' alone the baseline.
TEST(BaselineScorecardCells, AGradeWithAConditionWordHeadsItsBandColumn)
{
    const Lexicon& lexicon = Lexicon::instance();
    const Lexicon::Heading onTrack = lexicon.heading(QStringLiteral("On track if"));
    EXPECT_EQ(onTrack.roles, QStringList {QStringLiteral("band")});
    EXPECT_EQ(onTrack.grade.toStdString(), "On track");
    EXPECT_EQ(lexicon.heading(QStringLiteral("Off track when")).grade.toStdString(), "Off track");
    EXPECT_EQ(lexicon.heading(QStringLiteral("Green if")).grade.toStdString(), "Green");
    EXPECT_TRUE(lexicon.heading(QStringLiteral("Progress if")).grade.isEmpty()); // no grade before the condition
    EXPECT_EQ(lexicon.heading(QStringLiteral("Since baseline")).roles.value(0).toStdString(), "direction");
    EXPECT_EQ(lexicon.heading(QStringLiteral("Baseline")).roles.value(0).toStdString(), "baseline");
}

TEST_P(BaselineScorecard, TheBaselineAndTheLatestAreReadingsForTheirOwnPeriods)
{
    const PlanResult result = PlanParser::parse(
        documentOf({baseline_scorecard::baselineTable(GetParam(), baseline_scorecard::sampleRows())}));
    ASSERT_EQ(result.indicators.size(), 3);
    for (const baseline_scorecard::Row& row : baseline_scorecard::sampleRows()) {
        const QString basePeriod = row.baselinePeriod.mid(1, row.baselinePeriod.size() - 2);
        const QString latestPeriod = row.latestPeriod.mid(1, row.latestPeriod.size() - 2);
        const Reading* base = baseline_scorecard::readingFor(result, row.name, basePeriod);
        const Reading* latest = baseline_scorecard::readingFor(result, row.name, latestPeriod);
        ASSERT_NE(base, nullptr) << row.name.toStdString();
        ASSERT_NE(latest, nullptr) << row.name.toStdString();
        EXPECT_EQ(base->value, parseFigure(row.baseline)->value) << row.name.toStdString();
        EXPECT_TRUE(base->reportedRating.isEmpty()) << row.name.toStdString();
        EXPECT_EQ(latest->value, parseFigure(row.latest)->value) << row.name.toStdString();
        EXPECT_EQ(latest->direction.toStdString(), row.since.toStdString());
    }
    EXPECT_EQ(result.readings.size(), 6); // the target and band columns give none
}

// Progress graded On track / Watch / Off track / Too early to say rates the latest reading, a
// rating over two lines whole.
TEST_P(BaselineScorecard, ProgressWordsRateTheLatestReading)
{
    const PlanResult result = PlanParser::parse(
        documentOf({baseline_scorecard::baselineTable(GetParam(), baseline_scorecard::sampleRows())}));
    ASSERT_EQ(result.indicators.size(), 3);
    const Reading* watch
        = baseline_scorecard::readingFor(result, QStringLiteral("Lamps lit"), QStringLiteral("Q2 2025/26"));
    const Reading* early = baseline_scorecard::readingFor(result, QStringLiteral("Trees"), QStringLiteral("2024/25"));
    ASSERT_NE(watch, nullptr);
    ASSERT_NE(early, nullptr);
    EXPECT_EQ(watch->reportedRating.toStdString(), "Watch");
    EXPECT_EQ(early->reportedRating.toStdString(), "Too early to say");
}

// The conditions under 'On track if' and 'Off track if' are the measure's bands for those grades;
// 'Not set' is no band, and none is made up from the target.
TEST_P(BaselineScorecard, GradeColumnsHoldTheBandsAndNotSetIsNone)
{
    const PlanResult result = PlanParser::parse(
        documentOf({baseline_scorecard::baselineTable(GetParam(), baseline_scorecard::sampleRows())}));
    const Indicator* lamps = indicatorStartingWith(result, QStringLiteral("Lamps"));
    const Indicator* trees = indicatorStartingWith(result, QStringLiteral("Trees"));
    ASSERT_NE(lamps, nullptr);
    ASSERT_NE(trees, nullptr);
    ASSERT_EQ(lamps->thresholds.size(), 2);
    EXPECT_EQ(lamps->thresholds.at(0).grade.toStdString(), "On track");
    EXPECT_EQ(lamps->thresholds.at(0).text.toStdString(), "61% or more");
    EXPECT_EQ(lamps->thresholds.at(1).grade.toStdString(), "Off track");
    EXPECT_EQ(lamps->thresholds.at(1).text.toStdString(), "below 59%");
    EXPECT_EQ(lamps->polarity, Polarity::HigherIsBetter);
    EXPECT_TRUE(trees->thresholds.isEmpty());
    EXPECT_EQ(trees->target, std::optional<double>(100000.0));
}

// A latest cell in words ("Survey due" over "Mar 2026") holds no figure: the row has its baseline
// but no latest reading, though its progress is graded.
TEST_P(BaselineScorecard, ALatestCellInWordsIsNoReadingWhateverItsRating)
{
    QList<baseline_scorecard::Row> rows = baseline_scorecard::sampleRows();
    rows.append({QStringLiteral("Staff"), QStringLiteral("Higher"), QStringLiteral("61%"), QStringLiteral("(2023)"),
                 QStringLiteral("Survey due"), QStringLiteral("Mar 2026"), QStringLiteral("70%"),
                 QStringLiteral("66% or more"), QStringLiteral("below 62%"), QStringLiteral("Too early"),
                 QStringLiteral("-"), QStringLiteral("to say")});
    const PlanResult result = PlanParser::parse(documentOf({baseline_scorecard::baselineTable(GetParam(), rows)}));
    const Indicator* staff = indicatorStartingWith(result, QStringLiteral("Staff"));
    ASSERT_NE(staff, nullptr);
    const QList<Reading> readings = readingsOf(result, staff);
    ASSERT_EQ(readings.size(), 1);
    EXPECT_EQ(readings.at(0).period.toStdString(), "2023");
    EXPECT_EQ(readings.at(0).value, std::optional<double>(61.0));
}

// Without a latest figure beside it a baseline is where a plan starts from, not a reading.
TEST_P(BaselineScorecard, ABaselineWithoutALatestColumnIsNoReading)
{
    const PlanResult result = PlanParser::parse(
        documentOf({baseline_scorecard::baselineTable(GetParam(), baseline_scorecard::sampleRows(), false)}));
    ASSERT_EQ(result.indicators.size(), 3); // still read as measures
    for (const Reading& reading : result.readings)
        EXPECT_NE(reading.period.toStdString(), "2022");
}

// Nine columns need A4 in small type or a landscape page (11 pt on portrait A4 runs cells together).
INSTANTIATE_TEST_SUITE_P(Geometries, BaselineScorecard,
                         ::testing::Values(SheetGeometry::small(), SheetGeometry::landscape(),
                                           SheetGeometry::landscapeSmall()));
