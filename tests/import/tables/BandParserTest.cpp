#include "tables/BandParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::parse::BandParser;

namespace {

const QStringList kGrades = {QStringLiteral("Inadequate"), QStringLiteral("Requires Improvement"),
                             QStringLiteral("Good"), QStringLiteral("Outstanding")};

// Bands printed worst -> best under the four Ofsted grades; an empty text = an empty cell.
QList<ThresholdBand> row(const QStringList& texts)
{
    QList<ThresholdBand> bands;
    for (int i = 0; i < texts.size(); ++i) {
        if (!texts.at(i).isEmpty())
            bands.append(BandParser::makeBand(kGrades.at(i), texts.at(i)));
    }
    return bands;
}

struct Checked {
    Polarity polarity;
    QStringList defects;
};

Checked check(const QStringList& texts, const QString& wording = {})
{
    const QList<ThresholdBand> bands = row(texts);
    const Polarity polarity = BandParser::inferPolarity(bands, wording);
    return {polarity, BandParser::defects(bands, kGrades, polarity)};
}

} // namespace

TEST(BandParserSplit, CellsAndFlattenedLines)
{
    EXPECT_EQ(BandParser::splitBands(QStringLiteral("65-75 75-84 85+")),
              (QStringList {QStringLiteral("65-75"), QStringLiteral("75-84"), QStringLiteral("85+")}));
    EXPECT_EQ(BandParser::splitBands(QStringLiteral("65 - 75")), QStringList {QStringLiteral("65 - 75")});
    EXPECT_EQ(BandParser::splitBands(QStringLiteral("< 65 65-74")),
              (QStringList {QStringLiteral("< 65"), QStringLiteral("65-74")}));
    EXPECT_EQ(BandParser::splitBands(QStringLiteral("<15% 15% - 20%")),
              (QStringList {QStringLiteral("<15%"), QStringLiteral("15% - 20%")}));
    EXPECT_EQ(BandParser::splitBands(QStringLiteral("Increase")), QStringList {QStringLiteral("Increase")});
    // two numbers side by side are two pieces, never one range "20-2419"
    EXPECT_FALSE(BandParser::splitBands(QStringLiteral("20-24 19")).has_value());
    EXPECT_FALSE(BandParser::splitBands(QStringLiteral("Feedback from Staff")).has_value());
    EXPECT_FALSE(BandParser::splitBands(QString()).has_value());
}

TEST(BandParserSplit, BandsGluedToTheDescription)
{
    auto tail = BandParser::trailingBands(QStringLiteral("That reviews happen within timescale. 60-69 70-84 85+"));
    EXPECT_EQ(tail.before, QStringLiteral("That reviews happen within timescale."));
    EXPECT_EQ(tail.bands, (QStringList {QStringLiteral("60-69"), QStringLiteral("70-84"), QStringLiteral("85+")}));

    tail = BandParser::trailingBands(QStringLiteral("That the toolkit is used consistently Increase"));
    EXPECT_EQ(tail.bands, QStringList {QStringLiteral("Increase")});

    tail = BandParser::trailingBands(QStringLiteral("That families are supported."));
    EXPECT_TRUE(tail.bands.isEmpty());
    EXPECT_EQ(tail.before, QStringLiteral("That families are supported."));
}

TEST(BandParserBand, MinMaxAsStored)
{
    const ThresholdBand below = BandParser::makeBand(QStringLiteral("Inadequate"), QStringLiteral("<30"));
    EXPECT_FALSE(below.min.has_value());
    EXPECT_EQ(below.max, 30.0);
    const ThresholdBand descending = BandParser::makeBand(QStringLiteral("Good"), QStringLiteral("19-15"));
    EXPECT_EQ(descending.text, QStringLiteral("19-15")); // kept as printed
    EXPECT_EQ(descending.min, 15.0);
    EXPECT_EQ(descending.max, 19.0);
    const ThresholdBand junk = BandParser::makeBand(QStringLiteral("Good"), QStringLiteral("n/a"));
    EXPECT_FALSE(junk.min.has_value());
    EXPECT_FALSE(junk.max.has_value());
}

TEST(BandParserPolarity, EveryPrintedForm)
{
    // worst "<x", best "x+": higher is better
    EXPECT_EQ(check({QStringLiteral("<65"), QStringLiteral("65-75"), QStringLiteral("75-84"), QStringLiteral("85+")})
                  .polarity,
              Polarity::HigherIsBetter);
    // closed best band "50-100", ascending midpoints
    EXPECT_EQ(check({QStringLiteral("<30"), QStringLiteral("30-39"), QStringLiteral("40-49"), QStringLiteral("50-100")})
                  .polarity,
              Polarity::HigherIsBetter);
    // descending ranges, worst ">x", best "<x": lower is better
    EXPECT_EQ(check({QStringLiteral(">25"), QStringLiteral("25-20"), QStringLiteral("19-15"), QStringLiteral("<14")})
                  .polarity,
              Polarity::LowerIsBetter);
    EXPECT_EQ(
        check({QStringLiteral(">15"), QStringLiteral("8-15"), QStringLiteral("7-5"), QStringLiteral("<5")}).polarity,
        Polarity::LowerIsBetter);
    EXPECT_EQ(check({QStringLiteral(">35"), QStringLiteral("35-26"), QStringLiteral("25-20"), QStringLiteral("19-10")})
                  .polarity,
              Polarity::LowerIsBetter);
    // percent signs
    EXPECT_EQ(
        check({QStringLiteral(">20%"), QStringLiteral("15%-20%"), QStringLiteral("10%-14%"), QStringLiteral("<10%")})
            .polarity,
        Polarity::LowerIsBetter);
    // three bands, worst missing
    EXPECT_EQ(check({QString(), QStringLiteral("65-79"), QStringLiteral("80-89"), QStringLiteral("90-100")}).polarity,
              Polarity::HigherIsBetter);
    // direction only
    EXPECT_EQ(check({QString(), QStringLiteral("Increase")}).polarity, Polarity::DirectionOnly);
    EXPECT_EQ(check({QString(), QStringLiteral("Decrease")}).polarity, Polarity::DirectionOnly);
    EXPECT_EQ(check({}).polarity, Polarity::Unknown);
}

TEST(BandParserPolarity, WordingOnlyBreaksTies)
{
    // one band tells nothing by itself; the wording decides
    EXPECT_EQ(
        check({QString(), QString(), QStringLiteral("10-20")}, QStringLiteral("Reduction in average team caseloads"))
            .polarity,
        Polarity::LowerIsBetter);
    EXPECT_EQ(check({QString(), QString(), QStringLiteral("10-20")}).polarity, Polarity::Unknown);
    // bands beat wording
    EXPECT_EQ(check({QStringLiteral("<65"), QStringLiteral("65-75"), QStringLiteral("75-84"), QStringLiteral("85+")},
                    QStringLiteral("a low percentage is an indicator of good performance"))
                  .polarity,
              Polarity::HigherIsBetter);
}

TEST(BandParserDefects, CleanRowsHaveNone)
{
    EXPECT_TRUE(
        check({QStringLiteral("<30"), QStringLiteral("30-39"), QStringLiteral("40-49"), QStringLiteral("50-100")})
            .defects.isEmpty());
    EXPECT_TRUE(check({QStringLiteral(">15"), QStringLiteral("8-15"), QStringLiteral("7-5"), QStringLiteral("<5")})
                    .defects.isEmpty());
    EXPECT_TRUE(check({QString(), QStringLiteral("Increase")}).defects.isEmpty());
}

TEST(BandParserDefects, OverlapAtOneValue)
{
    const Checked c
        = check({QStringLiteral("<65"), QStringLiteral("65-75"), QStringLiteral("75-84"), QStringLiteral("85+")});
    EXPECT_EQ(c.defects, QStringList {QStringLiteral("bands overlap at 75")});
}

TEST(BandParserDefects, GapBetweenBands)
{
    const Checked c
        = check({QStringLiteral("<65"), QStringLiteral("65-74"), QStringLiteral("75-80"), QStringLiteral("85+")});
    EXPECT_EQ(c.defects, QStringList {QStringLiteral("no band covers 81\u201384")});
}

TEST(BandParserDefects, OverlapOverARange)
{
    const Checked c
        = check({QStringLiteral("<70"), QStringLiteral("60-74"), QStringLiteral("75-89"), QStringLiteral("90-100")});
    EXPECT_EQ(c.defects, QStringList {QStringLiteral("bands overlap at 60\u201369")});
}

TEST(BandParserDefects, GapWhenLowerIsBetter)
{
    const Checked c
        = check({QStringLiteral(">33"), QStringLiteral("20-32"), QStringLiteral("10-19"), QStringLiteral("<10")});
    EXPECT_EQ(c.polarity, Polarity::LowerIsBetter);
    EXPECT_EQ(c.defects, QStringList {QStringLiteral("no band covers 33")});
}

TEST(BandParserDefects, BestBandPointsTheWrongWay)
{
    const Checked c
        = check({QStringLiteral(">50"), QStringLiteral("40-50"), QStringLiteral("49-25"), QStringLiteral(">24")});
    EXPECT_EQ(c.polarity, Polarity::LowerIsBetter);
    ASSERT_FALSE(c.defects.isEmpty());
    EXPECT_EQ(c.defects.first(), QStringLiteral("Outstanding band >24 points the wrong way (expected <25)"));
    // the printed ranges also share 40-49; flagged, not repaired
    EXPECT_TRUE(c.defects.contains(QStringLiteral("bands overlap at 40\u201349")));
}

TEST(BandParserDefects, WorstBandPointsTheWrongWay)
{
    const Checked c
        = check({QStringLiteral("<20"), QStringLiteral("20-24"), QStringLiteral("19-16"), QStringLiteral("<16")});
    EXPECT_EQ(c.polarity, Polarity::LowerIsBetter);
    EXPECT_EQ(c.defects, QStringList {QStringLiteral("Inadequate band <20 points the wrong way (expected >24)")});
}

TEST(BandParserDefects, WorstBandMissing)
{
    const Checked c = check({QString(), QStringLiteral("65-79"), QStringLiteral("80-89"), QStringLiteral("90-100")});
    EXPECT_EQ(c.defects, QStringList {QStringLiteral("worst band missing (Inadequate)")});
    const Checked middle = check({QStringLiteral("<65"), QStringLiteral("65-79"), QString(), QStringLiteral("90-100")});
    EXPECT_TRUE(middle.defects.contains(QStringLiteral("band missing (Good)")));
    EXPECT_TRUE(middle.defects.contains(QStringLiteral("no band covers 80\u201389")));
}

TEST(BandParserDefects, DecimalPrecisionAndUnreadableBands)
{
    const Checked c = check(
        {QStringLiteral("<7.5"), QStringLiteral("7.5-9.9"), QStringLiteral("10.1-12"), QStringLiteral("12.1+")});
    EXPECT_EQ(c.defects, QStringList {QStringLiteral("no band covers 10.0")});
    const Checked junk
        = check({QStringLiteral("n/a"), QStringLiteral("65-79"), QStringLiteral("80-89"), QStringLiteral("90+")});
    EXPECT_TRUE(junk.defects.contains(QStringLiteral("Inadequate band not understood: n/a")));
}
