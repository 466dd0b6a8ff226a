// Scorecards that print each measure's tolerances in one cell ("Green ≥95%, Amber 90–94%, Red
// <90%") under a heading that says target, and rate each row with a mark under a column per
// rating colour headed by its initial ("R | A | G"), with a source note under the table. The
// cell's bands are the measure's thresholds (not a target), the marked column is the rating
// reported, and the note is not a row. Geometry varies with the sheet; measures are illustrative.
#include "LayoutBuilders.h"
#include "Rating.h"
#include "tables/BandParser.h"
#include "tables/PlanParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::SheetGeometry;

namespace {

class RatingMarks : public ::testing::TestWithParam<SheetGeometry> { };

struct MarkedMeasure {
    QStringList name; // as wrapped
    QString bands, outturn;
    int marked; // 0 R, 1 A, 2 G
    QStringList lead; // as wrapped
    Polarity polarity;
};

const QList<MarkedMeasure>& markedMeasures()
{
    static const QList<MarkedMeasure> list {
        {{QStringLiteral("Rent collected (%)")},
         QStringLiteral("Green ≥97%, Amber 94–96%, Red <94%"),
         QStringLiteral("95.2%"),
         1,
         {QStringLiteral("Head of Housing")},
         Polarity::HigherIsBetter},
        {{QStringLiteral("Days lost to sickness")},
         QStringLiteral("Green ≤7.5, Amber 7.6–9.0, Red >9.0"),
         QStringLiteral("9.4"),
         0,
         {QStringLiteral("Head of HR")},
         Polarity::LowerIsBetter},
        {{QStringLiteral("Streets inspected that"), QStringLiteral("meet the standard (%)")},
         QStringLiteral("Green ≥90%, Amber 80–89%, Red <80%"),
         QStringLiteral("93%"),
         2,
         {QStringLiteral("Head of"), QStringLiteral("Environment")},
         Polarity::HigherIsBetter},
        {{QStringLiteral("Missed bin collections")},
         QStringLiteral("Green <50, Amber 50–80, Red >80"),
         QStringLiteral("42"),
         2,
         {QStringLiteral("Waste Manager")},
         Polarity::LowerIsBetter},
    };
    return list;
}

layout::LayoutDocument markedTable(const SheetGeometry& g)
{
    const qreal width = g.page.width() - 2 * g.margin;
    const qreal f = std::min(g.font * 0.7, width / 70);
    const qreal step = f * 1.3;
    const QList<qreal> x = g.columnStarts({0.28, 0.34, 0.1, 0.04, 0.04, 0.04, 0.16});
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.text(g.margin, y, QStringLiteral("Corporate performance at the end of the quarter"), g.font);
    y += 2 * g.leading;
    page.row(y,
             {{x[0], QStringLiteral("Measure")},
              {x[1], QStringLiteral("Target and tolerances")},
              {x[2], QStringLiteral("Outturn")},
              {x[3], QStringLiteral("R")},
              {x[4], QStringLiteral("A")},
              {x[5], QStringLiteral("G")},
              {x[6], QStringLiteral("Lead")}},
             f);
    y += step * 1.2;
    for (const MarkedMeasure& m : markedMeasures()) {
        page.row(y,
                 {{x[0], m.name.first()},
                  {x[1], m.bands},
                  {x[2], m.outturn},
                  {x[3 + m.marked], QStringLiteral("X")},
                  {x[6], m.lead.first()}},
                 f);
        for (qsizetype k = 1; k < std::max(m.name.size(), m.lead.size()); ++k) {
            y += step;
            page.row(y, {{x[0], m.name.value(k)}, {x[6], m.lead.value(k)}}, f);
        }
        y += step * 1.15;
    }
    // A note a little further under the last row than rows are apart.
    y += step * 0.5;
    page.text(g.margin, y, QStringLiteral("Source: Q3 returns."), f);
    layout::LayoutPage built = page.build();
    built.rotation = g.rotation;
    return documentOf({built});
}

} // namespace

TEST_P(RatingMarks, BandsInOneCellAndTheMarkedColumnRateEachRow)
{
    const PlanResult result = PlanParser::parse(markedTable(GetParam()));
    ASSERT_EQ(result.indicators.size(), markedMeasures().size());
    const QStringList grades {QStringLiteral("Red"), QStringLiteral("Amber"), QStringLiteral("Green")};
    for (qsizetype i = 0; i < markedMeasures().size(); ++i) {
        const MarkedMeasure& m = markedMeasures().at(i);
        const Indicator& indicator = result.indicators.at(i);
        SCOPED_TRACE(indicator.name.toStdString());
        EXPECT_EQ(indicator.name, m.name.join(QLatin1Char(' ')));
        ASSERT_EQ(indicator.thresholds.size(), 3);
        for (const ThresholdBand& band : indicator.thresholds)
            EXPECT_TRUE(m.bands.contains(band.grade + QLatin1Char(' ') + band.text)) << band.text.toStdString();
        EXPECT_EQ(indicator.polarity, m.polarity);
        EXPECT_FALSE(indicator.target.has_value()) << "the bands are not a target";
    }
    ASSERT_EQ(result.readings.size(), markedMeasures().size());
    for (const Reading& reading : result.readings) {
        const MarkedMeasure& m = markedMeasures().at(reading.indicatorIndex);
        SCOPED_TRACE(m.name.first().toStdString());
        EXPECT_EQ(reading.valueText, m.outturn);
        EXPECT_EQ(reading.reportedRating, grades.at(m.marked));
        ASSERT_TRUE(reading.value.has_value());
        const rating::Rating computed = rating::rate(result.indicators.at(reading.indicatorIndex), *reading.value);
        EXPECT_TRUE(computed.rated) << computed.reason.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Geometry, RatingMarks, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });

TEST(BandParserGraded, EveryBandAfterItsGradeInOneCell)
{
    const auto colours = BandParser::gradedBands(QStringLiteral("Green ≥95%, Amber 90–94%, Red <90%"));
    ASSERT_TRUE(colours.has_value());
    ASSERT_EQ(colours->size(), 3);
    EXPECT_EQ(colours->at(0).grade, QStringLiteral("Green"));
    EXPECT_EQ(colours->at(0).text, QStringLiteral("≥95%"));
    EXPECT_EQ(colours->at(2).grade, QStringLiteral("Red"));
    EXPECT_TRUE(colours->at(2).max.has_value());
    const auto ofsted = BandParser::gradedBands(QStringLiteral("Good 80+; Requires Improvement 60-79; Inadequate <60"));
    ASSERT_TRUE(ofsted.has_value());
    EXPECT_EQ(ofsted->at(1).grade, QStringLiteral("Requires Improvement"));
    EXPECT_EQ(ofsted->at(1).text, QStringLiteral("60-79"));
    // Not bands: words after a colour, one band alone, a sentence.
    EXPECT_FALSE(BandParser::gradedBands(QStringLiteral("Green spaces, Amber lights")));
    EXPECT_FALSE(BandParser::gradedBands(QStringLiteral("Green ≥95%")));
    EXPECT_FALSE(BandParser::gradedBands(QStringLiteral("Red, Amber and Green ratings are set by Cabinet")));
}
