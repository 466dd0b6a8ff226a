#include "DateText.h"

#include <gtest/gtest.h>

using namespace scrutineer;

TEST(DateText, UkLongForms)
{
    EXPECT_EQ(datetext::parseDate(QStringLiteral("DATE: Tuesday, 25th September 2018")), QDate(2018, 9, 25));
    EXPECT_EQ(datetext::parseDate(QStringLiteral("ON TUESDAY 10TH JULY, 2018")), QDate(2018, 7, 10));
    EXPECT_EQ(datetext::parseDate(QStringLiteral("held on 20 th August 2018")), QDate(2018, 8, 20));
    EXPECT_EQ(datetext::parseDate(QStringLiteral("07 September 2021")), QDate(2021, 9, 7));
    EXPECT_EQ(datetext::parseDate(QStringLiteral("10 JULY 18 Re-Arranged")), QDate(2018, 7, 10));
}

TEST(DateText, UsAndNumericForms)
{
    EXPECT_EQ(datetext::parseDate(QStringLiteral("Tuesday, January 10, 2023")), QDate(2023, 1, 10));
    EXPECT_EQ(datetext::parseDate(QStringLiteral("County Council, 09/01/2025 10:00")), QDate(2025, 1, 9));
}

TEST(DateText, YearlessDateNeedsDefaultAndIsFlagged)
{
    EXPECT_FALSE(datetext::parseDate(QStringLiteral("the minutes of 5 August be approved")).has_value());
    const auto found = datetext::findDates(QStringLiteral("the minutes of 5 August be approved"), 2021);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().date, QDate(2021, 8, 5));
    EXPECT_TRUE(found.first().yearInferred);
}

TEST(DateText, ImpossibleDateIsNotADate)
{
    EXPECT_FALSE(datetext::parseDate(QStringLiteral("31 February 2019")).has_value());
}

TEST(DateText, Times)
{
    EXPECT_EQ(datetext::parseTime(QStringLiteral("TIME: 6.30 pm")), QTime(18, 30));
    EXPECT_EQ(datetext::parseTime(QStringLiteral("2:30pm")), QTime(14, 30));
    EXPECT_EQ(datetext::parseTime(QStringLiteral("at 16:15")), QTime(16, 15));
    EXPECT_EQ(datetext::parseTime(QStringLiteral("10.00 am")), QTime(10, 0));
    EXPECT_EQ(datetext::parseTime(QStringLiteral("5:45 P.M.")), QTime(17, 45));
    EXPECT_EQ(datetext::parseTime(QStringLiteral("12 noon")), QTime(12, 0));
    EXPECT_FALSE(datetext::parseTime(QStringLiteral("no time here")).has_value());
}

TEST(DateText, DueDatesKeepPrecision)
{
    EXPECT_EQ(datetext::parseDueDate(QStringLiteral("Oct 2018")), QStringLiteral("2018-10"));
    EXPECT_EQ(datetext::parseDueDate(QStringLiteral("Oct 18")), QStringLiteral("2018-10"));
    EXPECT_EQ(datetext::parseDueDate(QStringLiteral("Start of Nov '18")), QStringLiteral("2018-11"));
    // The year's apostrophe as word processors print it, either way round.
    EXPECT_EQ(datetext::parseDueDate(QStringLiteral("March \u201925")), QStringLiteral("2025-03"));
    EXPECT_EQ(datetext::parseDueDate(QStringLiteral("Funded to March \u201825")), QStringLiteral("2025-03"));
    EXPECT_EQ(datetext::parseDueDate(QStringLiteral("August 2018 COMPLETE")), QStringLiteral("2018-08"));
    EXPECT_EQ(datetext::parseDueDate(QStringLiteral("on 29 January 2019")), QStringLiteral("2019-01-29"));
    EXPECT_EQ(datetext::parseDueDate(QStringLiteral("By end of Q3")), QString());
    EXPECT_EQ(datetext::parseDueDate(QStringLiteral("Ongoing")), QString());
}

TEST(DateText, SpreadsheetMonthsWithAHyphen)
{
    // Delivery-plan trackers exported from spreadsheets print a month as "Mar-25" or "Sep-2025".
    EXPECT_EQ(datetext::parseDueDate(QStringLiteral("Mar-25")), QStringLiteral("2025-03"));
    EXPECT_EQ(datetext::parseDueDate(QStringLiteral("Sep-2025")), QStringLiteral("2025-09"));
    // A spaced dash joins two things, not a month and its year; a month range gives no month here.
    EXPECT_EQ(datetext::parseDueDate(QStringLiteral("Mar - 25 April")), QString());
    EXPECT_EQ(datetext::parseDueDate(QStringLiteral("Sep-Dec")), QString());
}
