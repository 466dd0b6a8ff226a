// Monthly scorecards: a run of month columns ("Apr | May | Jun", "Apr-25", or a month with its year
// on the line below) each heading that month's reading, a year-to-date column beside them that is a
// cumulative reading of its own, blank months and '-' / 'n/a' that are no reading, the rating
// beside the row rating the last month filled; rows of one line each with no gap between them
// (their figures and words stay in their own rows) and short section titles in the first cell.
// Fixtures are built here.
#include "LayoutBuilders.h"
#include "tables/ColumnRoles.h"
#include "tables/Figure.h"
#include "tables/PlanParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::indicatorStartingWith;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::periodsOf;
using scrutineer::testing::readingsOf;

namespace {

const QList<qreal> kMonthColumns {40, 220, 270, 320, 360, 400, 440, 490, 540};

// Measure | Polarity | Target | Apr | May | Jun | Jul | YTD | RAG, no ref column; data to June so
// July is blank; a section title in the first cell right under the header and another after a gap;
// rows of one line with no gap between them; a measure name wrapping onto a second line.
layout::LayoutPage monthTable()
{
    const QList<qreal>& x = kMonthColumns;
    PageBuilder page(1, QSizeF(842, 595));
    page.row(60,
             {{x[0], QStringLiteral("Measure")},
              {x[1], QStringLiteral("Polarity")},
              {x[2], QStringLiteral("Target")},
              {x[3], QStringLiteral("Apr")},
              {x[4], QStringLiteral("May")},
              {x[5], QStringLiteral("Jun")},
              {x[6], QStringLiteral("Jul")},
              {x[7], QStringLiteral("YTD")},
              {x[8], QStringLiteral("RAG")}},
             8);
    page.row(76, {{x[0], QStringLiteral("Customer Services")}}, 8);
    page.row(86,
             {{x[0], QStringLiteral("Calls answered within 60 seconds")},
              {x[1], QStringLiteral("High")},
              {x[2], QStringLiteral("80%")},
              {x[3], QStringLiteral("76%")},
              {x[4], QStringLiteral("79%")},
              {x[5], QStringLiteral("82%")},
              {x[7], QStringLiteral("79%")},
              {x[8], QStringLiteral("Amber")}},
             8);
    page.row(96,
             {{x[0], QStringLiteral("Complaints answered in time")},
              {x[1], QStringLiteral("High")},
              {x[2], QStringLiteral("90%")},
              {x[3], QStringLiteral("91%")},
              {x[4], QStringLiteral("-")},
              {x[5], QStringLiteral("93%")},
              {x[7], QStringLiteral("92%")},
              {x[8], QStringLiteral("Green")}},
             8);
    page.row(116, {{x[0], QStringLiteral("Housing")}}, 8);
    page.row(126,
             {{x[0], QStringLiteral("Days to re-let empty homes")},
              {x[1], QStringLiteral("Low")},
              {x[2], QStringLiteral("28")},
              {x[3], QStringLiteral("31")},
              {x[4], QStringLiteral("n/a")},
              {x[5], QStringLiteral("27")},
              {x[7], QStringLiteral("29")},
              {x[8], QStringLiteral("Green")}},
             8);
    page.row(136,
             {{x[0], QStringLiteral("Households in temporary")},
              {x[1], QStringLiteral("Low")},
              {x[2], QStringLiteral("85")},
              {x[3], QStringLiteral("78")},
              {x[4], QStringLiteral("81")},
              {x[5], QStringLiteral("84")},
              {x[7], QStringLiteral("81")},
              {x[8], QStringLiteral("Green")}},
             8);
    page.row(146, {{x[0], QStringLiteral("accommodation")}}, 8);
    return page.build();
}

// Ref | Measure | Target | Apr | May | Year to date | Status with each month's year below it
// ("Apr" over "2025"), or printed with it ("Apr-25") when withYear is set.
layout::LayoutPage monthYearTable(bool withYear)
{
    PageBuilder page(1, QSizeF(842, 595));
    page.row(60,
             {{40, QStringLiteral("Ref")},
              {80, QStringLiteral("Measure")},
              {300, QStringLiteral("Target")},
              {360, withYear ? QStringLiteral("Apr-25") : QStringLiteral("Apr")},
              {420, withYear ? QStringLiteral("May-25") : QStringLiteral("May")},
              {480, QStringLiteral("Year to date")},
              {560, QStringLiteral("Status")}},
             8);
    qreal y = 86;
    if (!withYear) {
        page.row(70, {{360, QStringLiteral("2025")}, {420, QStringLiteral("2025")}}, 8);
    }
    page.row(y,
             {{40, QStringLiteral("EN1")},
              {80, QStringLiteral("Missed bins per 100,000 collections")},
              {300, QStringLiteral("60")},
              {360, QStringLiteral("48")},
              {420, QStringLiteral("52")},
              {480, QStringLiteral("50")},
              {560, QStringLiteral("Green")}},
             8);
    y += 14;
    page.row(y,
             {{40, QStringLiteral("EN2")},
              {80, QStringLiteral("Fly-tips removed within 2 working days")},
              {300, QStringLiteral("95%")},
              {360, QStringLiteral("97%")},
              {480, QStringLiteral("97%")},
              {560, QStringLiteral("Green")}},
             8);
    return page.build();
}

} // namespace

TEST(MonthScorecard, AMonthInAnyCommonFormIsAPeriodHeading)
{
    EXPECT_EQ(monthPeriod(QStringLiteral("Apr")), QStringLiteral("Apr"));
    EXPECT_EQ(monthPeriod(QStringLiteral("September")), QStringLiteral("September"));
    EXPECT_EQ(monthPeriod(QStringLiteral("Sept")), QStringLiteral("Sept"));
    EXPECT_EQ(monthPeriod(QStringLiteral("Apr-25")), QStringLiteral("Apr-25"));
    EXPECT_EQ(monthPeriod(QStringLiteral(" Jan  2026 ")), QStringLiteral("Jan 2026"));
    EXPECT_EQ(monthPeriod(QStringLiteral("Mar 2025/26")), QStringLiteral("Mar 2025/26"));
    EXPECT_TRUE(monthPeriod(QStringLiteral("Apr–Jun")).isEmpty());
    EXPECT_TRUE(monthPeriod(QStringLiteral("Maybe")).isEmpty());
    EXPECT_TRUE(monthPeriod(QStringLiteral("May target")).isEmpty());
    EXPECT_TRUE(monthPeriod(QStringLiteral("Target")).isEmpty());
}

TEST(MonthScorecard, YearToDateWordingIsTheLexiconsCumulativeHeading)
{
    EXPECT_TRUE(isCumulativeHeading(QStringLiteral("YTD")));
    EXPECT_TRUE(isCumulativeHeading(QStringLiteral("Year to date")));
    EXPECT_TRUE(isCumulativeHeading(QStringLiteral("YTD 2025/26")));
    EXPECT_FALSE(isCumulativeHeading(QStringLiteral("Target")));
    EXPECT_FALSE(isCumulativeHeading(QStringLiteral("Actual")));
}

TEST(MonthScorecard, EachMonthHeadsAReadingColumnAndYtdIsCumulative)
{
    const PlanResult result = PlanParser::parse(documentOf({monthTable()}));
    ASSERT_FALSE(result.tables.isEmpty());
    const QStringList keys = result.tables.first().roles;
    EXPECT_TRUE(keys.contains(role::PeriodValuePrefix + QStringLiteral("Apr"))) << keys.join(u' ').toStdString();
    EXPECT_TRUE(keys.contains(role::PeriodValuePrefix + QStringLiteral("Jul"))) << keys.join(u' ').toStdString();
    EXPECT_TRUE(keys.contains(role::CumulativeValuePrefix + QStringLiteral("YTD"))) << keys.join(u' ').toStdString();
    EXPECT_FALSE(keys.contains(role::Actual)) << keys.join(u' ').toStdString();
}

TEST(MonthScorecard, BlankMonthsAreNoReadingAndTheRatingRatesTheLastMonthFilled)
{
    const PlanResult result = PlanParser::parse(documentOf({monthTable()}));
    const Indicator* calls = indicatorStartingWith(result, QStringLiteral("Calls answered"));
    ASSERT_NE(calls, nullptr);
    EXPECT_EQ(calls->target, 80.0);
    EXPECT_EQ(calls->polarity, Polarity::HigherIsBetter);
    const QList<Reading> readings = readingsOf(result, calls);
    ASSERT_EQ(
        periodsOf(readings),
        (QStringList {QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("YTD")}));
    EXPECT_EQ(readings.at(2).value, 82.0);
    EXPECT_EQ(readings.at(2).reportedRating, QStringLiteral("Amber"));
    EXPECT_TRUE(readings.at(0).reportedRating.isEmpty());
    // The year to date: a reading of its own, not the latest month's, and unrated by the RAG.
    EXPECT_EQ(readings.at(3).value, 79.0);
    EXPECT_TRUE(readings.at(3).reportedRating.isEmpty());
}

TEST(MonthScorecard, ADashOrNaIsNoReading)
{
    const PlanResult result = PlanParser::parse(documentOf({monthTable()}));
    const Indicator* complaints = indicatorStartingWith(result, QStringLiteral("Complaints answered"));
    ASSERT_NE(complaints, nullptr);
    EXPECT_EQ(periodsOf(readingsOf(result, complaints)),
              (QStringList {QStringLiteral("Apr"), QStringLiteral("Jun"), QStringLiteral("YTD")}));
    const Indicator* relet = indicatorStartingWith(result, QStringLiteral("Days to re-let"));
    ASSERT_NE(relet, nullptr);
    const QList<Reading> readings = readingsOf(result, relet);
    EXPECT_EQ(periodsOf(readings), (QStringList {QStringLiteral("Apr"), QStringLiteral("Jun"), QStringLiteral("YTD")}));
    ASSERT_EQ(readings.size(), 3);
    EXPECT_EQ(readings.at(1).value, 27.0);
    EXPECT_EQ(readings.at(1).reportedRating, QStringLiteral("Green"));
}

TEST(MonthScorecard, RowsOfOneLineKeepTheirOwnCellsAndShortTitlesNameSections)
{
    const PlanResult result = PlanParser::parse(documentOf({monthTable()}));
    ASSERT_EQ(result.indicators.size(), 4);
    const Indicator* calls = indicatorStartingWith(result, QStringLiteral("Calls answered"));
    const Indicator* complaints = indicatorStartingWith(result, QStringLiteral("Complaints answered"));
    const Indicator* relet = indicatorStartingWith(result, QStringLiteral("Days to re-let"));
    const Indicator* households = indicatorStartingWith(result, QStringLiteral("Households in temporary"));
    ASSERT_TRUE(calls && complaints && relet && households);
    EXPECT_EQ(calls->name, QStringLiteral("Calls answered within 60 seconds"));
    EXPECT_EQ(calls->section, QStringLiteral("Customer Services"));
    EXPECT_EQ(complaints->target, 90.0);
    EXPECT_EQ(complaints->polarity, Polarity::HigherIsBetter);
    EXPECT_EQ(relet->name, QStringLiteral("Days to re-let empty homes"));
    EXPECT_EQ(relet->section, QStringLiteral("Housing"));
    EXPECT_EQ(relet->target, 28.0);
    EXPECT_EQ(relet->polarity, Polarity::LowerIsBetter);
    EXPECT_EQ(households->name, QStringLiteral("Households in temporary accommodation"));
    EXPECT_EQ(households->target, 85.0);
    EXPECT_EQ(households->polarity, Polarity::LowerIsBetter);
}

TEST(MonthScorecard, AMonthWithItsYearBelowOrBesideItHeadsThatMonthsColumn)
{
    for (const bool withYear : {false, true}) {
        const PlanResult result = PlanParser::parse(documentOf({monthYearTable(withYear)}));
        const Indicator* bins = indicatorStartingWith(result, QStringLiteral("Missed bins"));
        ASSERT_NE(bins, nullptr) << withYear;
        const QList<Reading> readings = readingsOf(result, bins);
        const QString apr = withYear ? QStringLiteral("Apr-25") : QStringLiteral("Apr 2025");
        const QString may = withYear ? QStringLiteral("May-25") : QStringLiteral("May 2025");
        ASSERT_EQ(periodsOf(readings), (QStringList {apr, may, QStringLiteral("Year to date")})) << withYear;
        EXPECT_EQ(readings.at(1).reportedRating, QStringLiteral("Green"));
        EXPECT_EQ(readings.at(2).value, 50.0);
        const Indicator* flytips = indicatorStartingWith(result, QStringLiteral("Fly-tips"));
        ASSERT_NE(flytips, nullptr);
        const QList<Reading> flyReadings = readingsOf(result, flytips);
        // May is blank: April is the last month filled, and the rating rates it.
        ASSERT_EQ(periodsOf(flyReadings), (QStringList {apr, QStringLiteral("Year to date")})) << withYear;
        EXPECT_EQ(flyReadings.at(0).reportedRating, QStringLiteral("Green"));
    }
}
