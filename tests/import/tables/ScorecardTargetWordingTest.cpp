// Quarterly scorecards of services outside the town hall (fire and rescue, police, health): value
// columns headed by a quarter with its number ("Quarter 1 | Quarter 2"), a quarter over its months
// ("Q1" over "Apr-Jun"), the indicator code under a "PI Code" heading with section titles set out
// between it and the measure, and targets that say what they ask for ("≥ 95%", ">= 85%",
// "At least 9,000", "No more than 14", "3.6 or fewer") in a table with no polarity column.
// Fixtures are built here.
#include "LayoutBuilders.h"
#include "tables/ColumnRoles.h"
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

const QList<qreal> kTargetWordingColumns {36, 90, 320, 400, 470, 540, 610, 680};

// PI Code | Performance Indicator | Target | Quarter 1 | Quarter 2 | Quarter 3 | Quarter 4 | RAG,
// no polarity column; a section title between the code and measure columns above each group.
layout::LayoutPage targetWordingTable()
{
    const QList<qreal>& x = kTargetWordingColumns;
    PageBuilder page(1, QSizeF(842, 595));
    page.row(60,
             {{x[0], QStringLiteral("PI Code")},
              {x[1], QStringLiteral("Performance Indicator")},
              {x[2], QStringLiteral("Target")},
              {x[3], QStringLiteral("Quarter 1")},
              {x[4], QStringLiteral("Quarter 2")},
              {x[5], QStringLiteral("Quarter 3")},
              {x[6], QStringLiteral("Quarter 4")},
              {x[7], QStringLiteral("RAG")}},
             9);
    page.row(78, {{60, QStringLiteral("Prevention")}}, 9);
    page.row(92,
             {{x[0], QStringLiteral("PR01")},
              {x[1], QStringLiteral("Home safety visits completed")},
              {x[2], QStringLiteral("At least 9,000")},
              {x[3], QStringLiteral("2,310")},
              {x[4], QStringLiteral("4,655")},
              {x[7], QStringLiteral("Green")}},
             9);
    page.row(104,
             {{x[0], QStringLiteral("PR02")},
              {x[1], QStringLiteral("Injuries in accidental dwelling fires")},
              {x[2], QStringLiteral("No more than 14")},
              {x[3], QStringLiteral("4")},
              {x[4], QStringLiteral("n/a")},
              {x[7], QStringLiteral("-")}},
             9);
    page.row(122, {{60, QStringLiteral("Response")}}, 9);
    page.row(136,
             {{x[0], QStringLiteral("RS01")},
              {x[1], QStringLiteral("Average response time to primary fires")},
              {x[2], QStringLiteral("Under 9.5 mins")},
              {x[3], QStringLiteral("9.1 mins")},
              {x[4], QStringLiteral("9.4 mins")},
              {x[7], QStringLiteral("Green")}},
             9);
    page.row(148,
             {{x[0], QStringLiteral("RS02")},
              {x[1], QStringLiteral("On-call appliance availability")},
              {x[2], QStringLiteral(">= 85%")},
              {x[3], QStringLiteral("79.6%")},
              {x[4], QStringLiteral("77.2%")},
              {x[7], QStringLiteral("Red")}},
             9);
    page.row(160,
             {{x[0], QStringLiteral("RS03")},
              {x[1], QStringLiteral("False alarms per 1,000 premises")},
              {x[2], QStringLiteral("3.6 or fewer")},
              {x[3], QStringLiteral("0.9")},
              {x[4], QStringLiteral("0.8")},
              {x[7], QStringLiteral("Green")}},
             9);
    return page.build();
}

// A landscape page headed Ref | Measure | Target | Q1 | Q2 | RAG, its rows to be added.
PageBuilder quarterPairPage()
{
    const QList<qreal>& x = kTargetWordingColumns;
    PageBuilder page(1, QSizeF(842, 595));
    page.row(60,
             {{x[0], QStringLiteral("Ref")},
              {x[1], QStringLiteral("Measure")},
              {x[2], QStringLiteral("Target")},
              {x[3], QStringLiteral("Q1")},
              {x[4], QStringLiteral("Q2")},
              {x[7], QStringLiteral("RAG")}},
             9);
    return page;
}

} // namespace

TEST(ScorecardTargetWording, AQuarterWithItsNumberHeadsThatQuartersValues)
{
    const HeaderReader reader;
    const layout::LayoutPage page = targetWordingTable();
    const auto header = reader.read(page.lines, 0);
    ASSERT_TRUE(header.has_value());
    const QStringList keys = header->keys();
    ASSERT_EQ(keys.size(), 8) << keys.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(keys.at(0).toStdString(), role::Ref.toStdString());
    EXPECT_TRUE(header->columns.at(3).roles.isEmpty()) << "'quarter' names a column of periods only alone";
    const PlanResult result = PlanParser::parse(documentOf({targetWordingTable()}));
    const Indicator* visits = indicatorStartingWith(result, QStringLiteral("Home safety"));
    ASSERT_NE(visits, nullptr);
    const QList<Reading> readings = readingsOf(result, visits);
    ASSERT_EQ(readings.size(), 2);
    EXPECT_EQ(readings.at(0).period.toStdString(), "Quarter 1");
    EXPECT_EQ(readings.at(1).period.toStdString(), "Quarter 2");
    EXPECT_EQ(readings.at(1).reportedRating.toStdString(), "Green");
}

TEST(ScorecardTargetWording, AQuarterOverItsMonthsIsOnePeriod)
{
    EXPECT_TRUE(isPeriodHeading(QStringLiteral("Q1 Apr-Jun")));
    EXPECT_TRUE(isPeriodHeading(QStringLiteral("Quarter 2")));
    EXPECT_TRUE(isPeriodHeading(QStringLiteral("Q3 2025/26")));
    EXPECT_FALSE(isPeriodHeading(QStringLiteral("2023/24 outturn")));
    EXPECT_FALSE(isPeriodHeading(QStringLiteral("Quarter")));
    EXPECT_FALSE(isPeriodHeading(QStringLiteral("Target 2025/26")));
}

TEST(ScorecardTargetWording, TheCodeColumnKeepsSectionTitlesOutOfTheMeasures)
{
    const PlanResult result = PlanParser::parse(documentOf({targetWordingTable()}));
    ASSERT_EQ(result.indicators.size(), 5);
    const Indicator* injuries = indicatorStartingWith(result, QStringLiteral("Injuries"));
    ASSERT_NE(injuries, nullptr);
    EXPECT_EQ(injuries->name.toStdString(), "Injuries in accidental dwelling fires");
    const Indicator* response = indicatorStartingWith(result, QStringLiteral("Average response"));
    ASSERT_NE(response, nullptr);
    EXPECT_EQ(response->section.toStdString(), "Response");
}

TEST(ScorecardTargetWording, ComparisonSignsInAsciiAreNoPartOfTheFigure)
{
    EXPECT_EQ(parseFigure(QStringLiteral("<= 9.5"))->value, 9.5);
    EXPECT_EQ(parseFigure(QStringLiteral(">=85%"))->value, 85.0);
    EXPECT_TRUE(parseFigure(QStringLiteral(">= 85%"))->percent);
    EXPECT_EQ(parseFigure(QStringLiteral("=< 14"))->value, 14.0);
}

TEST(ScorecardTargetWording, TheTargetsWordingGivesItsFigureAndPolarity)
{
    const PlanResult result = PlanParser::parse(documentOf({targetWordingTable()}));
    const Indicator* visits = indicatorStartingWith(result, QStringLiteral("Home safety"));
    ASSERT_NE(visits, nullptr);
    EXPECT_EQ(visits->target, 9000.0);
    EXPECT_EQ(visits->polarity, Polarity::HigherIsBetter);
    const Indicator* injuries = indicatorStartingWith(result, QStringLiteral("Injuries"));
    ASSERT_NE(injuries, nullptr);
    EXPECT_EQ(injuries->target, 14.0);
    EXPECT_EQ(injuries->polarity, Polarity::LowerIsBetter);
    EXPECT_EQ(readingsOf(result, injuries).size(), 1) << "'n/a' is no reading";
    const Indicator* response = indicatorStartingWith(result, QStringLiteral("Average response"));
    ASSERT_NE(response, nullptr);
    EXPECT_EQ(response->target, 9.5);
    EXPECT_EQ(response->polarity, Polarity::LowerIsBetter);
    EXPECT_EQ(response->unit.toStdString(), "mins");
    const Indicator* availability = indicatorStartingWith(result, QStringLiteral("On-call"));
    ASSERT_NE(availability, nullptr);
    EXPECT_EQ(availability->target, 85.0);
    EXPECT_EQ(availability->polarity, Polarity::HigherIsBetter);
    EXPECT_EQ(availability->unit.toStdString(), "%");
    const Indicator* alarms = indicatorStartingWith(result, QStringLiteral("False alarms"));
    ASSERT_NE(alarms, nullptr);
    EXPECT_EQ(alarms->target, 3.6);
    EXPECT_EQ(alarms->polarity, Polarity::LowerIsBetter);
}

namespace {

// The table goes on onto a second page without its header: that page opens (under a larger title
// saying so, or straight away) with the section carried over, set where the section rows were.
layout::LayoutPage continuedPage(bool titled)
{
    const QList<qreal>& x = kTargetWordingColumns;
    PageBuilder page(2, QSizeF(842, 595));
    qreal y = 60;
    if (titled) {
        page.text(36, y, QStringLiteral("Appendix A - Performance Report (continued)"), 12);
        y += 24;
    }
    page.row(y, {{60, QStringLiteral("Response (continued)")}}, 9);
    page.row(y + 14,
             {{x[0], QStringLiteral("RS04")},
              {x[1], QStringLiteral("Hydrants inspected in the quarter")},
              {x[2], QStringLiteral("TBC")},
              {x[3], QStringLiteral("-")},
              {x[4], QStringLiteral("1,840")},
              {x[7], QStringLiteral("n/a")}},
             9);
    page.row(y + 32, {{60, QStringLiteral("People")}}, 9);
    page.row(y + 46,
             {{x[0], QStringLiteral("PE01")},
              {x[1], QStringLiteral("Working days lost to sickness per employee")},
              {x[2], QStringLiteral("<= 8.0 days")},
              {x[3], QStringLiteral("2.1 days")},
              {x[4], QStringLiteral("4.3 days")},
              {x[7], QStringLiteral("Green")}},
             9);
    return page.build();
}

} // namespace

TEST(ScorecardTargetWording, ASectionCarriedOverAPageBreakCarriesTheTableWithoutItsHeader)
{
    for (const bool titled : {false, true}) {
        const PlanResult result = PlanParser::parse(documentOf({targetWordingTable(), continuedPage(titled)}));
        ASSERT_EQ(result.indicators.size(), 7) << (titled ? "under a continued title" : "straight away");
        const Indicator* hydrants = indicatorStartingWith(result, QStringLiteral("Hydrants"));
        ASSERT_NE(hydrants, nullptr);
        EXPECT_EQ(hydrants->pdfPage, 2);
        EXPECT_FALSE(hydrants->target.has_value()) << "'TBC' is no target";
        const QList<Reading> readings = readingsOf(result, hydrants);
        ASSERT_EQ(readings.size(), 1) << "'-' is no reading";
        EXPECT_EQ(readings.first().value, 1840.0);
        EXPECT_TRUE(readings.first().reportedRating.isEmpty()) << "'n/a' is no rating";
        const Indicator* sickness = indicatorStartingWith(result, QStringLiteral("Working days"));
        ASSERT_NE(sickness, nullptr);
        EXPECT_EQ(sickness->section.toStdString(), "People");
        EXPECT_EQ(sickness->target, 8.0);
        EXPECT_EQ(sickness->polarity, Polarity::LowerIsBetter);
    }
}

TEST(ScorecardTargetWording, APercentSignInTheMeasuresNameIsItsUnit)
{
    const QList<qreal>& x = kTargetWordingColumns;
    PageBuilder page = quarterPairPage();
    page.row(78,
             {{x[0], QStringLiteral("RS02")},
              {x[1], QStringLiteral("On-call appliance availability (%)")},
              {x[2], QStringLiteral("85")},
              {x[3], QStringLiteral("79.6")},
              {x[4], QStringLiteral("77.2")},
              {x[7], QStringLiteral("Red")}},
             9);
    page.row(92,
             {{x[0], QStringLiteral("RS03")},
              {x[1], QStringLiteral("Calls answered within 10 seconds %")},
              {x[2], QStringLiteral("96")},
              {x[3], QStringLiteral("96.8")},
              {x[4], QStringLiteral("97.0")},
              {x[7], QStringLiteral("Green")}},
             9);
    page.row(106,
             {{x[0], QStringLiteral("RS05")},
              {x[1], QStringLiteral("Hydrants inspected (number)")},
              {x[2], QStringLiteral("2,000")},
              {x[3], QStringLiteral("410")},
              {x[4], QStringLiteral("1,840")},
              {x[7], QStringLiteral("Green")}},
             9);
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.indicators.size(), 3);
    EXPECT_EQ(result.indicators.at(0).unit.toStdString(), "%");
    EXPECT_EQ(result.indicators.at(1).unit.toStdString(), "%");
    EXPECT_TRUE(result.indicators.at(2).unit.isEmpty());
}

TEST(ScorecardTargetWording, ANameStartedAboveItsCentredRefStaysWithItsRow)
{
    // Cells centred in their rows: a three-line name has its ref and figures beside its second
    // line, which goes on in lower case; the row above wraps under its ref as usual.
    const QList<qreal>& x = kTargetWordingColumns;
    PageBuilder page = quarterPairPage();
    page.row(76,
             {{x[0], QStringLiteral("PT01")},
              {x[1], QStringLiteral("Fire safety audits of high-risk premises")},
              {x[2], QStringLiteral("1,100")},
              {x[3], QStringLiteral("262")},
              {x[4], QStringLiteral("509")},
              {x[7], QStringLiteral("Amber")}},
             9);
    page.row(88, {{x[1], QStringLiteral("(cumulative)")}}, 9);
    page.row(100, {{x[1], QStringLiteral("Building regulation consultations")}}, 9);
    page.row(112,
             {{x[0], QStringLiteral("PT02")},
              {x[1], QStringLiteral("answered within 15 working")},
              {x[2], QStringLiteral("95%")},
              {x[3], QStringLiteral("97.1%")},
              {x[4], QStringLiteral("93.4%")},
              {x[7], QStringLiteral("Amber")}},
             9);
    page.row(124, {{x[1], QStringLiteral("days")}}, 9);
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.indicators.size(), 2);
    EXPECT_EQ(result.indicators.at(0).name.toStdString(), "Fire safety audits of high-risk premises (cumulative)");
    EXPECT_EQ(result.indicators.at(1).name.toStdString(),
              "Building regulation consultations answered within 15 working days");
}

TEST(ScorecardTargetWording, EachQuartersActualColumnIsThatQuartersReading)
{
    const QList<qreal>& x = kTargetWordingColumns;
    PageBuilder page(1, QSizeF(842, 595));
    page.row(60,
             {{x[0], QStringLiteral("Ref")},
              {x[1], QStringLiteral("Measure")},
              {x[2], QStringLiteral("Target")},
              {x[3], QStringLiteral("Q1 Actual")},
              {x[4], QStringLiteral("Q2 Actual")},
              {x[5], QStringLiteral("Q3 Actual")},
              {x[7], QStringLiteral("RAG status")}},
             9);
    page.row(78,
             {{x[0], QStringLiteral("RS01")},
              {x[1], QStringLiteral("Average response time to primary fires")},
              {x[2], QStringLiteral("9.5 mins")},
              {x[3], QStringLiteral("9.1 mins")},
              {x[4], QStringLiteral("10.3 mins")},
              {x[7], QStringLiteral("Amber")}},
             9);
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.indicators.size(), 1);
    const QList<Reading> readings = readingsOf(result, &result.indicators.first());
    ASSERT_EQ(readings.size(), 2);
    EXPECT_EQ(readings.at(0).period.toStdString(), "Q1");
    EXPECT_EQ(readings.at(0).value, 9.1);
    EXPECT_TRUE(readings.at(0).reportedRating.isEmpty());
    EXPECT_EQ(readings.at(1).period.toStdString(), "Q2");
    EXPECT_EQ(readings.at(1).value, 10.3);
    EXPECT_EQ(readings.at(1).reportedRating.toStdString(), "Amber") << "the rating rates the latest quarter filled";
}
