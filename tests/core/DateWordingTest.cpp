// The date grammar's words are data (resources/lexicon/date-wording.json): these tests fail when an
// entry is missing or empty, and hold the grammar to the forms the wording says it reads.
#include "DateText.h"
#include "DateWording.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using scrutineer::DateWording;

TEST(DateWording, IsCompiledInAndHoldsEveryEntry)
{
    const DateWording& wording = DateWording::instance();
    ASSERT_EQ(wording.months().size(), 12);
    for (const DateWording::Month& month : wording.months()) {
        EXPECT_FALSE(month.regex.trimmed().isEmpty());
        EXPECT_FALSE(month.key.trimmed().isEmpty()) << month.regex.toStdString();
        EXPECT_TRUE(QRegularExpression(month.regex).isValid()) << month.regex.toStdString();
    }
    for (const char* entry : {"ordinal-suffix", "day-of", "month-lead-in", "noon"}) {
        const QString alternation = wording.alternation(QLatin1String(entry));
        EXPECT_FALSE(alternation.trimmed().isEmpty()) << entry;
        EXPECT_NE(alternation, QStringLiteral("(?!)")) << entry;
        EXPECT_TRUE(QRegularExpression(alternation).isValid()) << entry;
    }
    for (const char* which : {"am", "pm"}) {
        for (const bool spaced : {true, false}) {
            const QString pattern = wording.meridiem(QLatin1String(which), spaced);
            EXPECT_NE(pattern, QStringLiteral("(?!)")) << which;
            EXPECT_TRUE(QRegularExpression(pattern).isValid()) << which;
        }
    }
    EXPECT_EQ(wording.patternNames().size(), 4);
    EXPECT_EQ(wording.meridiemNames().size(), 2);
}

TEST(DateWording, EveryEntrySaysWhereItsWordingComesFrom)
{
    QFile file(QStringLiteral(":/scrutineer/dates/date-wording.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const char* group : {"months", "meridiem"})
        EXPECT_FALSE(root.value(QLatin1String(group)).toObject().value(QStringLiteral("note")).toString().isEmpty())
            << group;
    const QJsonObject patterns = root.value(QStringLiteral("patterns")).toObject();
    EXPECT_FALSE(patterns.isEmpty());
    for (auto it = patterns.constBegin(); it != patterns.constEnd(); ++it) {
        EXPECT_FALSE(it.value().toObject().value(QStringLiteral("note")).toString().isEmpty())
            << it.key().toStdString();
        const QJsonArray regex = it.value().toObject().value(QStringLiteral("regex")).toArray();
        EXPECT_FALSE(regex.isEmpty()) << it.key().toStdString();
        for (const QJsonValue value : regex)
            EXPECT_FALSE(value.toString().isEmpty()) << it.key().toStdString();
    }
}

TEST(DateWording, MissingWordingMatchesNothing)
{
    const DateWording empty = DateWording::fromJson("{}");
    EXPECT_TRUE(empty.months().isEmpty());
    EXPECT_EQ(empty.monthAlternation(), QStringLiteral("(?!)"));
    EXPECT_EQ(empty.monthFromName(QStringLiteral("March")), 0);
    EXPECT_EQ(empty.alternation(QStringLiteral("ordinal-suffix")), QStringLiteral("(?!)"));
    EXPECT_EQ(empty.meridiem(QStringLiteral("pm"), true), QStringLiteral("(?!)"));
}

TEST(DateWording, MonthsAreKnownByTheirKeyInAnyLengthOrCase)
{
    const DateWording& wording = DateWording::instance();
    EXPECT_EQ(wording.monthFromName(QStringLiteral("Sept")), 9);
    EXPECT_EQ(wording.monthFromName(QStringLiteral(" SEPTEMBER ")), 9);
    EXPECT_EQ(wording.monthFromName(QStringLiteral("jan")), 1);
    EXPECT_EQ(wording.monthFromName(QStringLiteral("Dec.")), 12);
    EXPECT_EQ(wording.monthFromName(QStringLiteral("Ma")), 0);
    EXPECT_EQ(wording.monthFromName(QStringLiteral("Smarch")), 0);
    EXPECT_EQ(wording.meridiem(QStringLiteral("pm"), true).toStdString(), "p\\.?\\s*m");
    EXPECT_EQ(wording.meridiem(QStringLiteral("am"), false).toStdString(), "a\\.?m");
}

TEST(DateWording, TheGrammarReadsWhatTheWordingSays)
{
    using namespace scrutineer::datetext;
    EXPECT_EQ(parseDate(QStringLiteral("the 5th of March 2019")), QDate(2019, 3, 5));
    EXPECT_EQ(parseDate(QStringLiteral("ON TUESDAY 10TH JULY, 2018")), QDate(2018, 7, 10));
    EXPECT_EQ(parseTime(QStringLiteral("6:00 P.M.")), QTime(18, 0));
    EXPECT_EQ(parseTime(QStringLiteral("10.00 a m")), QTime(10, 0));
    EXPECT_EQ(parseTime(QStringLiteral("12 am")), QTime(0, 0));
    EXPECT_EQ(parseTime(QStringLiteral("at noon")), QTime(12, 0));
    // A twenty-four-hour time is one with no am or pm after it ("a meeting" is neither).
    EXPECT_EQ(parseTime(QStringLiteral("16:15 pm")), std::nullopt);
    EXPECT_EQ(parseTime(QStringLiteral("at 10.30 a meeting was held")), QTime(10, 30));
    EXPECT_EQ(parseDueDate(QStringLiteral("In March"), 2024).toStdString(), "2024-03");
}
