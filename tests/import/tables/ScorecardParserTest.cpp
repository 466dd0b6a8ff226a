// Scorecards whose rows carry their own tolerances: a column per rating colour ("Red | Amber |
// Green") holding each measure's band in words beside its outturn and the rating printed, as
// performance exception reports print them. The band columns are the row's thresholds (not a
// threshold table of their own), the polarity follows from them, and a measure name that wraps
// onto a line starting with a figure, beside a wrapped lead officer, stays in its row. Geometry
// varies with the sheet.
#include "LayoutBuilders.h"
#include "Rating.h"
#include "tables/PlanParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::SheetGeometry;

namespace {

class ToleranceScorecard : public ::testing::TestWithParam<SheetGeometry> { };

struct Measure {
    QStringList name; // as wrapped
    QString red, amber, green, outturn, rag;
    QStringList lead; // as wrapped
    Polarity polarity;
    rating::Rag computed;
};

const QList<Measure>& measures()
{
    static const QList<Measure> list {
        {{QStringLiteral("Invoices paid within"), QStringLiteral("30 days")},
         QStringLiteral("below 90%"),
         QStringLiteral("90% to 94%"),
         QStringLiteral("95% or more"),
         QStringLiteral("92%"),
         QStringLiteral("Amber"),
         {QStringLiteral("Head of"), QStringLiteral("Finance")},
         Polarity::HigherIsBetter,
         rating::Rag::Amber},
        {{QStringLiteral("Complaints closed on time")},
         QStringLiteral("under 60%"),
         QStringLiteral("60% to 79%"),
         QStringLiteral("80% and above"),
         QStringLiteral("55%"),
         QStringLiteral("Red"),
         {QStringLiteral("Complaints Lead")},
         Polarity::HigherIsBetter,
         rating::Rag::Red},
        {{QStringLiteral("Days to re-let empty homes")},
         QStringLiteral("more than 40"),
         QStringLiteral("30 to 40"),
         QStringLiteral("fewer than 30"),
         QStringLiteral("28"),
         QStringLiteral("Green"),
         {QStringLiteral("Housing Manager")},
         Polarity::LowerIsBetter,
         rating::Rag::Green},
        {{QStringLiteral("Planning appeals lost")},
         QStringLiteral("over 10%"),
         QStringLiteral("5% to 10%"),
         QStringLiteral("less than 5%"),
         QStringLiteral("7%"),
         QStringLiteral("Amber"),
         {QStringLiteral("Head of"), QStringLiteral("Planning")},
         Polarity::LowerIsBetter,
         rating::Rag::Amber},
    };
    return list;
}

layout::LayoutDocument toleranceTable(const SheetGeometry& g)
{
    const qreal width = g.page.width() - 2 * g.margin;
    const qreal f = std::min(g.font * 0.7, width / 62); // seven columns fit the text width
    const qreal step = f * 1.3;
    const QList<qreal> x = g.columnStarts({0.3, 0.13, 0.13, 0.13, 0.08, 0.07, 0.16});
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.text(g.margin, y, QStringLiteral("Performance exceptions at the end of the quarter"), g.font);
    y += 2 * g.leading;
    page.row(y,
             {{x[0], QStringLiteral("Performance indicator")},
              {x[1], QStringLiteral("Red")},
              {x[2], QStringLiteral("Amber")},
              {x[3], QStringLiteral("Green")},
              {x[4], QStringLiteral("Outturn")},
              {x[5], QStringLiteral("RAG")},
              {x[6], QStringLiteral("Lead")}},
             f);
    y += step * 1.2;
    for (const Measure& m : measures()) {
        page.row(y,
                 {{x[0], m.name.first()},
                  {x[1], m.red},
                  {x[2], m.amber},
                  {x[3], m.green},
                  {x[4], m.outturn},
                  {x[5], m.rag},
                  {x[6], m.lead.first()}},
                 f);
        for (qsizetype k = 1; k < std::max(m.name.size(), m.lead.size()); ++k) {
            y += step;
            page.row(y, {{x[0], m.name.value(k)}, {x[6], m.lead.value(k)}}, f);
        }
        y += step * 1.15;
    }
    layout::LayoutPage built = page.build();
    built.rotation = g.rotation;
    return documentOf({built});
}

} // namespace

TEST_P(ToleranceScorecard, BandColumnsBesideValuesAreEachRowsTolerances)
{
    const PlanResult result = PlanParser::parse(toleranceTable(GetParam()));
    ASSERT_EQ(result.indicators.size(), measures().size());
    for (qsizetype i = 0; i < measures().size(); ++i) {
        const Measure& m = measures().at(i);
        const Indicator& indicator = result.indicators.at(i);
        SCOPED_TRACE(indicator.name.toStdString());
        EXPECT_EQ(indicator.name, m.name.join(QLatin1Char(' ')));
        ASSERT_EQ(indicator.thresholds.size(), 3);
        EXPECT_EQ(indicator.thresholds.at(0).grade, QStringLiteral("Red"));
        EXPECT_EQ(indicator.thresholds.at(0).text, m.red);
        EXPECT_EQ(indicator.thresholds.at(1).grade, QStringLiteral("Amber"));
        EXPECT_EQ(indicator.thresholds.at(1).text, m.amber);
        EXPECT_EQ(indicator.thresholds.at(2).grade, QStringLiteral("Green"));
        EXPECT_EQ(indicator.thresholds.at(2).text, m.green);
        EXPECT_EQ(indicator.polarity, m.polarity);
        EXPECT_TRUE(indicator.defects.isEmpty()) << indicator.defects.join(QStringLiteral("; ")).toStdString();
    }
    // Each outturn with the rating printed beside it, and the same rating from the bands.
    ASSERT_EQ(result.readings.size(), measures().size());
    for (const Reading& reading : result.readings) {
        const Measure& m = measures().at(reading.indicatorIndex);
        SCOPED_TRACE(m.name.first().toStdString());
        EXPECT_EQ(reading.valueText, m.outturn);
        EXPECT_EQ(reading.reportedRating, m.rag);
        ASSERT_TRUE(reading.value.has_value());
        const rating::Rating computed = rating::rate(result.indicators.at(reading.indicatorIndex), *reading.value);
        ASSERT_TRUE(computed.rated) << computed.reason.toStdString();
        EXPECT_EQ(computed.rag, m.computed);
    }
}

TEST_P(ToleranceScorecard, ANameWrappedOntoAFigureBesideAWrappedLeadStaysInItsRow)
{
    const PlanResult result = PlanParser::parse(toleranceTable(GetParam()));
    QStringList names;
    for (const Indicator& indicator : result.indicators)
        names.append(indicator.name);
    EXPECT_TRUE(names.contains(QStringLiteral("Invoices paid within 30 days")))
        << names.join(QStringLiteral(" | ")).toStdString();
    EXPECT_FALSE(names.contains(QStringLiteral("30 days"))) << names.join(QStringLiteral(" | ")).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Geometry, ToleranceScorecard, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
