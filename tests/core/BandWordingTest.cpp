// Threshold bands written in words (RAG tolerance tables, exception reports): each worded form
// reads as the symbolic band it means, with its bound included or excluded as the words say, and
// bands graded by colour rate to that colour.
#include "BandWording.h"
#include "Rating.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using rating::BandSpec;
using rating::BandWording;

namespace {

struct Worded {
    const char* printed;
    const char* symbols;
};

ThresholdBand band(const QString& grade, const QString& text)
{
    ThresholdBand b;
    b.grade = grade;
    b.text = text;
    return b;
}

} // namespace

TEST(BandWording, ReadsEachWordedFormAsItsSymbols)
{
    const Worded cases[] = {
        {"below 70%", "<70%"},
        {"under 80%", "<80%"},
        {"less than 85%", "<85%"},
        {"more than 12 days", ">12"},
        {"over 8%", ">8%"},
        {"above 1,500", ">1,500"},
        {"at least 95%", ">=95%"},
        {"no more than 3", "<=3"},
        {"85% or more", ">=85%"},
        {"90% and above", ">=90%"},
        {"8 days or fewer", "<=8"},
        {"70% to 84%", "70%-84%"},
        {"9 to 12 days", "9-12"},
        {"1,200 to 1,500", "1,200-1,500"},
        {"between 5 and 9", "5-9"},
        {"Below 70 %", "<70%"},
        {"£1,200 to £1,500", "1,200-1,500"},
    };
    for (const Worded& c : cases)
        EXPECT_EQ(BandWording::toSymbols(QString::fromUtf8(c.printed)), QString::fromUtf8(c.symbols)) << c.printed;
}

TEST(BandWording, LeavesWhatIsNotOneBand)
{
    for (const char* text : {"70", "12 days", "below target", "reduce below 70% by March", "70% to 84% or more", "<65",
                             "65-75", "Increase", "between 5", "over 8% and rising"})
        EXPECT_FALSE(BandWording::toSymbols(QString::fromUtf8(text)).has_value()) << text;
}

TEST(BandWording, BandGrammarKeepsWhetherTheBoundIsIncluded)
{
    const auto below = rating::parseBand(QStringLiteral("below 70%"));
    ASSERT_TRUE(below);
    EXPECT_EQ(below->kind, BandSpec::Kind::Below);
    EXPECT_TRUE(below->percent);
    EXPECT_FALSE(below->contains(70));

    const auto fewer = rating::parseBand(QStringLiteral("8 days or fewer"));
    ASSERT_TRUE(fewer);
    EXPECT_EQ(fewer->kind, BandSpec::Kind::AtMost);
    EXPECT_TRUE(fewer->contains(8));

    const auto range = rating::parseBand(QStringLiteral("9 to 12 days"));
    ASSERT_TRUE(range);
    EXPECT_EQ(range->kind, BandSpec::Kind::Range);
    EXPECT_EQ(range->min(), 9.0);
    EXPECT_EQ(range->max(), 12.0);
}

TEST(BandWording, BandsGradedByColourRateToTheirColour)
{
    const QList<ThresholdBand> bands {band(QStringLiteral("Red"), QStringLiteral("more than 12 days")),
                                      band(QStringLiteral("Amber"), QStringLiteral("9 to 12 days")),
                                      band(QStringLiteral("Green"), QStringLiteral("8 days or fewer"))};
    const rating::Rating late = rating::rateByBands(bands, 13.4);
    ASSERT_TRUE(late.rated) << late.reason.toStdString();
    ASSERT_TRUE(late.rag);
    EXPECT_EQ(*late.rag, rating::Rag::Red);
    const rating::Rating edge = rating::rateByBands(bands, 12);
    ASSERT_TRUE(edge.rated) << edge.reason.toStdString();
    EXPECT_EQ(*edge.rag, rating::Rag::Amber);
    const rating::Rating quick = rating::rateByBands(bands, 7);
    ASSERT_TRUE(quick.rated);
    EXPECT_EQ(*quick.rag, rating::Rag::Green);
}

TEST(BandWording, ARangeInSymbolsKeepsItsUnitAfterIt)
{
    EXPECT_EQ(BandWording::toSymbols(QStringLiteral("18.1–22 days")).value_or(QString()), QStringLiteral("18.1–22"));
    EXPECT_EQ(BandWording::toSymbols(QStringLiteral("5-10 weeks")).value_or(QString()), QStringLiteral("5-10"));
    const auto spec = rating::parseBand(QStringLiteral("18.1–22 days"));
    ASSERT_TRUE(spec.has_value());
    EXPECT_EQ(spec->min(), 18.1);
    EXPECT_EQ(spec->max(), 22.0);
    // A band word after the range is no unit.
    EXPECT_FALSE(BandWording::toSymbols(QStringLiteral("5-10 or more")).has_value());
}
