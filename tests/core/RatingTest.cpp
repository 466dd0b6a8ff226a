#include "Rating.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using rating::BandSpec;
using rating::Rag;

namespace {

QList<ThresholdBand> bands(const QStringList& texts)
{
    static const QStringList grades = {QStringLiteral("Inadequate"), QStringLiteral("Requires Improvement"),
                                       QStringLiteral("Good"), QStringLiteral("Outstanding")};
    QList<ThresholdBand> result;
    for (int i = 0; i < texts.size(); ++i) {
        if (texts.at(i).isEmpty())
            continue;
        ThresholdBand band;
        band.grade = grades.at(i);
        band.text = texts.at(i);
        result.append(band);
    }
    return result;
}

QString gradeOf(const QStringList& texts, double value)
{
    const rating::Rating r = rating::rateByBands(bands(texts), value);
    return r.rated ? r.grade : QStringLiteral("none: ") + r.reason;
}

} // namespace

TEST(RatingBand, ParsesEveryPrintedForm)
{
    auto below = rating::parseBand(QStringLiteral("<65"));
    ASSERT_TRUE(below);
    EXPECT_EQ(below->kind, BandSpec::Kind::Below);
    EXPECT_FALSE(below->min().has_value());
    EXPECT_EQ(below->max(), 65.0);

    auto range = rating::parseBand(QStringLiteral("65-75"));
    ASSERT_TRUE(range);
    EXPECT_EQ(range->kind, BandSpec::Kind::Range);
    EXPECT_EQ(range->min(), 65.0);
    EXPECT_EQ(range->max(), 75.0);
    EXPECT_FALSE(range->descending);

    auto plus = rating::parseBand(QStringLiteral("85+"));
    ASSERT_TRUE(plus);
    EXPECT_EQ(plus->kind, BandSpec::Kind::AtLeast);
    EXPECT_EQ(plus->min(), 85.0);
    EXPECT_FALSE(plus->max().has_value());

    auto full = rating::parseBand(QStringLiteral("90-100"));
    ASSERT_TRUE(full);
    EXPECT_EQ(full->max(), 100.0);

    auto descending = rating::parseBand(QStringLiteral("25-20"));
    ASSERT_TRUE(descending);
    EXPECT_TRUE(descending->descending);
    EXPECT_EQ(descending->min(), 20.0);
    EXPECT_EQ(descending->max(), 25.0);

    auto above = rating::parseBand(QStringLiteral(">24"));
    ASSERT_TRUE(above);
    EXPECT_EQ(above->kind, BandSpec::Kind::Above);
    EXPECT_EQ(above->min(), 24.0);

    auto percent = rating::parseBand(QStringLiteral("<15%"));
    ASSERT_TRUE(percent);
    EXPECT_TRUE(percent->percent);
    EXPECT_EQ(percent->max(), 15.0);

    auto enDash = rating::parseBand(QStringLiteral("65 \u2013 75%"));
    ASSERT_TRUE(enDash);
    EXPECT_EQ(enDash->kind, BandSpec::Kind::Range);
    EXPECT_TRUE(enDash->percent);

    auto atMost = rating::parseBand(QStringLiteral("\u2264 10"));
    ASSERT_TRUE(atMost);
    EXPECT_EQ(atMost->kind, BandSpec::Kind::AtMost);
    auto atLeast = rating::parseBand(QStringLiteral("\u226590%"));
    ASSERT_TRUE(atLeast);
    EXPECT_EQ(atLeast->kind, BandSpec::Kind::AtLeast);

    auto decimals = rating::parseBand(QStringLiteral("7.5-10"));
    ASSERT_TRUE(decimals);
    EXPECT_EQ(decimals->decimals, 1);

    auto thousands = rating::parseBand(QStringLiteral("1,000-2,500"));
    ASSERT_TRUE(thousands);
    EXPECT_EQ(thousands->max(), 2500.0);

    auto increase = rating::parseBand(QStringLiteral("Increase"));
    ASSERT_TRUE(increase);
    EXPECT_TRUE(increase->isDirection());
    EXPECT_EQ(rating::parseBand(QStringLiteral("Decrease"))->kind, BandSpec::Kind::Decrease);
}

TEST(RatingBand, RejectsNonBands)
{
    EXPECT_FALSE(rating::parseBand(QString()));
    EXPECT_FALSE(rating::parseBand(QStringLiteral("Good")));
    EXPECT_FALSE(rating::parseBand(QStringLiteral("65-")));
    EXPECT_FALSE(rating::parseBand(QStringLiteral("Increased")));
    EXPECT_FALSE(rating::parseBand(QStringLiteral("<<5")));
    EXPECT_FALSE(rating::parseBand(QStringLiteral("2018")));
}

TEST(RatingBand, ContainsRespectsOpenBoundsAndPrintedPrecision)
{
    const auto below = *rating::parseBand(QStringLiteral("<65"));
    EXPECT_TRUE(below.contains(64));
    EXPECT_TRUE(below.contains(64.4));
    EXPECT_FALSE(below.contains(64.5)); // rounds to 65 at printed precision
    EXPECT_FALSE(below.contains(65));
    const auto range = *rating::parseBand(QStringLiteral("30-39"));
    EXPECT_TRUE(range.contains(30));
    EXPECT_TRUE(range.contains(39.4));
    EXPECT_FALSE(range.contains(39.5));
    const auto plus = *rating::parseBand(QStringLiteral("85+"));
    EXPECT_TRUE(plus.contains(85));
    EXPECT_FALSE(plus.contains(84.4));
    const auto above = *rating::parseBand(QStringLiteral(">25"));
    EXPECT_FALSE(above.contains(25));
    EXPECT_TRUE(above.contains(26));
}

TEST(RatingBands, RatesAtBandEdgesHigherIsBetter)
{
    const QStringList printed
        = {QStringLiteral("<30"), QStringLiteral("30-39"), QStringLiteral("40-49"), QStringLiteral("50-100")};
    EXPECT_EQ(gradeOf(printed, 29), QStringLiteral("Inadequate"));
    EXPECT_EQ(gradeOf(printed, 30), QStringLiteral("Requires Improvement"));
    EXPECT_EQ(gradeOf(printed, 39), QStringLiteral("Requires Improvement"));
    EXPECT_EQ(gradeOf(printed, 40), QStringLiteral("Good"));
    EXPECT_EQ(gradeOf(printed, 49.4), QStringLiteral("Good"));
    EXPECT_EQ(gradeOf(printed, 50), QStringLiteral("Outstanding"));
    EXPECT_EQ(gradeOf(printed, 100), QStringLiteral("Outstanding"));
    const rating::Rating r = rating::rateByBands(bands(printed), 45);
    ASSERT_TRUE(r.rag);
    EXPECT_EQ(*r.rag, Rag::Green);
}

TEST(RatingBands, RatesAtBandEdgesLowerIsBetter)
{
    const QStringList printed
        = {QStringLiteral(">15"), QStringLiteral("8-15"), QStringLiteral("7-5"), QStringLiteral("<5")};
    EXPECT_EQ(gradeOf(printed, 16), QStringLiteral("Inadequate"));
    EXPECT_EQ(gradeOf(printed, 15), QStringLiteral("Requires Improvement"));
    EXPECT_EQ(gradeOf(printed, 8), QStringLiteral("Requires Improvement"));
    EXPECT_EQ(gradeOf(printed, 7), QStringLiteral("Good"));
    EXPECT_EQ(gradeOf(printed, 5), QStringLiteral("Good"));
    EXPECT_EQ(gradeOf(printed, 4), QStringLiteral("Outstanding"));
    const rating::Rating red = rating::rateByBands(bands(printed), 20);
    EXPECT_EQ(red.rag, Rag::Red);
    const rating::Rating amber = rating::rateByBands(bands(printed), 10);
    EXPECT_EQ(amber.rag, Rag::Amber);
}

TEST(RatingBands, OverlapGivesNoRatingAndSaysWhy)
{
    const QStringList printed
        = {QStringLiteral("<65"), QStringLiteral("65-75"), QStringLiteral("75-84"), QStringLiteral("85+")};
    const rating::Rating r = rating::rateByBands(bands(printed), 75);
    EXPECT_FALSE(r.rated);
    EXPECT_FALSE(r.rag.has_value());
    EXPECT_TRUE(r.reason.contains(QStringLiteral("more than one band")));
    EXPECT_TRUE(r.reason.contains(QStringLiteral("Requires Improvement")));
    EXPECT_TRUE(r.reason.contains(QStringLiteral("Good")));
    EXPECT_EQ(gradeOf(printed, 74), QStringLiteral("Requires Improvement"));
    EXPECT_EQ(gradeOf(printed, 76), QStringLiteral("Good"));
    // 60-69 lies in both "<70" and "60-74"
    const QStringList wide
        = {QStringLiteral("<70"), QStringLiteral("60-74"), QStringLiteral("75-89"), QStringLiteral("90-100")};
    EXPECT_FALSE(rating::rateByBands(bands(wide), 65).rated);
    EXPECT_EQ(gradeOf(wide, 72), QStringLiteral("Requires Improvement"));
    EXPECT_EQ(gradeOf(wide, 59), QStringLiteral("Inadequate"));
}

TEST(RatingBands, GapGivesNoRatingAndSaysWhy)
{
    const QStringList printed
        = {QStringLiteral("<65"), QStringLiteral("65-74"), QStringLiteral("75-80"), QStringLiteral("85+")};
    for (double v : {81.0, 82.5, 84.0}) {
        const rating::Rating r = rating::rateByBands(bands(printed), v);
        EXPECT_FALSE(r.rated) << v;
        EXPECT_TRUE(r.reason.contains(QStringLiteral("no band"))) << v;
    }
    EXPECT_EQ(gradeOf(printed, 80), QStringLiteral("Good"));
    EXPECT_EQ(gradeOf(printed, 85), QStringLiteral("Outstanding"));
    // ">33 | 20-32": 33 is in neither
    const QStringList lower
        = {QStringLiteral(">33"), QStringLiteral("20-32"), QStringLiteral("10-19"), QStringLiteral("<10")};
    EXPECT_FALSE(rating::rateByBands(bands(lower), 33).rated);
    EXPECT_EQ(gradeOf(lower, 34), QStringLiteral("Inadequate"));
    EXPECT_EQ(gradeOf(lower, 32), QStringLiteral("Requires Improvement"));
}

TEST(RatingBands, MissingBandAndDirectionOnly)
{
    const QStringList missing = {QString(), QStringLiteral("65-79"), QStringLiteral("80-89"), QStringLiteral("90-100")};
    EXPECT_FALSE(rating::rateByBands(bands(missing), 50).rated);
    EXPECT_EQ(gradeOf(missing, 70), QStringLiteral("Requires Improvement"));

    const rating::Rating direction = rating::rateByBands(bands({QString(), QStringLiteral("Increase")}), 10);
    EXPECT_FALSE(direction.rated);
    EXPECT_TRUE(direction.reason.contains(QStringLiteral("direction")));
    EXPECT_FALSE(rating::rateByBands({}, 10).rated);
}

TEST(RatingBands, FallsBackToMinMaxWhenTextIsNotInTheGrammar)
{
    ThresholdBand band;
    band.grade = QStringLiteral("Good");
    band.text = QStringLiteral("between seventy and eighty");
    band.min = 70;
    band.max = 80;
    const rating::Rating r = rating::rateByBands({band}, 75);
    EXPECT_TRUE(r.rated);
    EXPECT_EQ(r.grade, QStringLiteral("Good"));
}

TEST(RatingGrades, DefaultRagMap)
{
    EXPECT_EQ(rating::ragForGrade(QStringLiteral("Inadequate")), Rag::Red);
    EXPECT_EQ(rating::ragForGrade(QStringLiteral("Requires Improvement")), Rag::Amber);
    EXPECT_EQ(rating::ragForGrade(QStringLiteral("requires improvement")), Rag::Amber);
    EXPECT_EQ(rating::ragForGrade(QStringLiteral("Good")), Rag::Green);
    EXPECT_EQ(rating::ragForGrade(QStringLiteral("OUTSTANDING")), Rag::Green);
    EXPECT_FALSE(rating::ragForGrade(QStringLiteral("Satisfactory")).has_value());
    EXPECT_EQ(rating::ragFromText(QStringLiteral("(Amber)")), Rag::Amber);
    EXPECT_EQ(rating::ragFromText(QStringLiteral("GREEN")), Rag::Green);
    EXPECT_EQ(rating::ragFromText(QStringLiteral("Red")), Rag::Red);
    EXPECT_FALSE(rating::ragFromText(QStringLiteral("Redbridge")).has_value());
    EXPECT_EQ(rating::toString(Rag::Amber), QStringLiteral("Amber"));
}

TEST(RatingTarget, HigherIsBetterEdges)
{
    // Target 97, Floor 90: equal to Target is Green, equal to Floor is Amber.
    EXPECT_EQ(rating::rateByTarget(97, 97, 90).rag, Rag::Green);
    EXPECT_EQ(rating::rateByTarget(98, 97, 90).rag, Rag::Green);
    EXPECT_EQ(rating::rateByTarget(96.9, 97, 90).rag, Rag::Amber);
    EXPECT_EQ(rating::rateByTarget(90, 97, 90).rag, Rag::Amber);
    EXPECT_EQ(rating::rateByTarget(89.9, 97, 90).rag, Rag::Red);
}

TEST(RatingTarget, LowerIsBetterWhenFloorAboveTarget)
{
    EXPECT_EQ(rating::rateByTarget(10, 12, 15).rag, Rag::Green);
    EXPECT_EQ(rating::rateByTarget(12, 12, 15).rag, Rag::Green);
    EXPECT_EQ(rating::rateByTarget(15, 12, 15).rag, Rag::Amber);
    EXPECT_EQ(rating::rateByTarget(16, 12, 15).rag, Rag::Red);
}

TEST(RatingTarget, NeedsDirectionAndFloorToDecide)
{
    const rating::Rating noFloor = rating::rateByTarget(80, 85, std::nullopt, Polarity::HigherIsBetter);
    EXPECT_FALSE(noFloor.rated);
    EXPECT_FALSE(noFloor.reason.isEmpty());
    EXPECT_EQ(rating::rateByTarget(90, 85, std::nullopt, Polarity::HigherIsBetter).rag, Rag::Green);
    const rating::Rating unknown = rating::rateByTarget(80, 85, std::nullopt, Polarity::Unknown);
    EXPECT_FALSE(unknown.rated);
    EXPECT_FALSE(rating::rateByTarget(80, std::nullopt, std::nullopt).rated);
}

TEST(RatingIndicator, PicksTargetOrBands)
{
    Indicator withTarget;
    withTarget.target = 85;
    withTarget.floor = 75;
    withTarget.thresholds
        = bands({QStringLiteral("<50"), QStringLiteral("50-60"), QStringLiteral("61-80"), QStringLiteral("81+")});
    EXPECT_EQ(rating::rate(withTarget, 80).rag, Rag::Amber);
    Indicator withBands;
    withBands.thresholds = withTarget.thresholds;
    const rating::Rating r = rating::rate(withBands, 80);
    EXPECT_EQ(r.grade, QStringLiteral("Good"));
    EXPECT_EQ(r.rag, Rag::Green);
}

TEST(RatingIndicator, BandsRateWhatATargetWithoutAFloorCannot)
{
    Indicator indicator;
    indicator.target = 45;
    indicator.polarity = Polarity::HigherIsBetter;
    QList<ThresholdBand> colours;
    const std::pair<const char*, const char*> printed[] = {{"Red", "<42"}, {"Amber", "42-45"}, {"Green", "45+"}};
    for (const auto& [grade, text] : printed) {
        ThresholdBand band;
        band.grade = QString::fromLatin1(grade);
        band.text = QString::fromLatin1(text);
        colours.append(band);
    }
    EXPECT_FALSE(rating::rate(indicator, 43).rated); // below target, no floor, no bands
    indicator.thresholds = colours;
    EXPECT_EQ(rating::rate(indicator, 43).rag, Rag::Amber);
    EXPECT_EQ(rating::rate(indicator, 46).rag, Rag::Green); // the target met
}

TEST(RatingBands, AValueIsComparedAsPrintedBeforeItIsRounded)
{
    const QStringList printed = {QStringLiteral("<42"), QStringLiteral("42-45"), QStringLiteral("45+")};
    // 44.6 lies in 42-45 only; rounded it would sit on 45, where the bands overlap.
    EXPECT_EQ(gradeOf(printed, 44.6), QStringLiteral("Requires Improvement"));
    // 41.8 is below 42 as printed.
    EXPECT_EQ(gradeOf(printed, 41.8), QStringLiteral("Inadequate"));
    // 45 itself is in both.
    EXPECT_FALSE(rating::rateByBands(bands(printed), 45).rated);
    // Between bands at their printed precision, the rounded value still finds one.
    const QStringList stepped = {QStringLiteral("<65"), QStringLiteral("65-74"), QStringLiteral("75-80")};
    EXPECT_EQ(gradeOf(stepped, 74.6), QStringLiteral("Good"));
}
