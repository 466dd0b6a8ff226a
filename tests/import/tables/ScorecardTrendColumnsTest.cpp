// Scorecards that print the direction of travel twice, over the last period and over several
// years ("Short term | Long term"), and targets that are not set ("n/a", "N/A", "-"): the first
// trend column is the reading's direction and the second does not run into it; a target not set
// is unknown, not zero, and the row is still read. Names are illustrative; geometry varies.
#include "LayoutBuilders.h"
#include "tables/Figure.h"
#include "tables/PlanParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::SheetGeometry;

namespace scorecard_trends {

class TrendColumns : public ::testing::TestWithParam<SheetGeometry> { };

const Reading* readingOf(const PlanResult& result, const QString& name)
{
    for (const Reading& r : result.readings) {
        if (result.indicators.at(r.indicatorIndex).name == name && r.value)
            return &r;
    }
    return nullptr;
}

} // namespace scorecard_trends

using scorecard_trends::TrendColumns;

TEST_P(TrendColumns, ShortAndLongTermTrendsAndTargetsNotSet)
{
    const SheetGeometry g = GetParam();
    const QList<qreal> x = g.columnStarts({0.24, 0.14, 0.18, 0.10, 0.17, 0.17});
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.row(y,
             {{x[0], QStringLiteral("Measure")},
              {x[1], QStringLiteral("Target")},
              {x[2], QStringLiteral("Q4 2023/24")},
              {x[3], QStringLiteral("RAG")},
              {x[4], QStringLiteral("Short term")},
              {x[5], QStringLiteral("Long term")}},
             g.font);
    struct Row {
        QString name, target, value, rag, shortTerm, longTerm;
    };
    const QList<Row> rows {
        {QStringLiteral("Plots let"), QStringLiteral("95%"), QStringLiteral("97%"), QStringLiteral("Green"),
         QStringLiteral("Improving"), QStringLiteral("Declining")},
        {QStringLiteral("Hall bookings"), QStringLiteral("n/a"), QStringLiteral("64"), QStringLiteral("-"),
         QStringLiteral("No change"), QStringLiteral("Improving")},
        {QStringLiteral("Bins emptied"), QStringLiteral("100%"), QStringLiteral("92%"), QStringLiteral("Red"),
         QStringLiteral("Declining"), QStringLiteral("No change")},
        {QStringLiteral("Volunteers"), QStringLiteral("-"), QStringLiteral("410"), QStringLiteral("-"),
         QStringLiteral("Improving"), QStringLiteral("Improving")},
    };
    for (const Row& r : rows) {
        y += 1.5 * g.leading;
        page.row(
            y,
            {{x[0], r.name}, {x[1], r.target}, {x[2], r.value}, {x[3], r.rag}, {x[4], r.shortTerm}, {x[5], r.longTerm}},
            g.font);
    }

    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.indicators.size(), 4);
    EXPECT_EQ(result.indicators.at(0).target, std::optional<double>(95.0));
    EXPECT_FALSE(result.indicators.at(1).target.has_value());
    EXPECT_FALSE(result.indicators.at(3).target.has_value());
    for (const Row& r : rows) {
        const Reading* reading = scorecard_trends::readingOf(result, r.name);
        ASSERT_NE(reading, nullptr) << r.name.toStdString();
        EXPECT_EQ(reading->direction, r.shortTerm) << r.name.toStdString();
    }
    EXPECT_EQ(scorecard_trends::readingOf(result, QStringLiteral("Hall bookings"))->value, std::optional<double>(64.0));
}

// Arrows drawn from a symbol font come out of the text layer as the letters of their codes (é, ê, è
// for heavy arrows; ñ, ò, ð for outline ones): in a direction column they read as the arrow's
// word; a word there stays as printed, and the same letters elsewhere are left alone.
TEST_P(TrendColumns, ArrowsFromASymbolFontReadAsTheirDirection)
{
    const SheetGeometry g = GetParam();
    const QList<qreal> x = g.columnStarts({0.3, 0.12, 0.2, 0.2, 0.18});
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.row(y,
             {{x[0], QStringLiteral("Measure")},
              {x[1], QStringLiteral("Target")},
              {x[2], QStringLiteral("Q1 2025/26")},
              {x[3], QStringLiteral("DoT")},
              {x[4], QStringLiteral("Status")}},
             g.font);
    const QList<QPair<QString, QString>> rows {
        {QStringLiteral("Calls answered"), QStringLiteral("\u00e9")},
        {QStringLiteral("Claims paid"), QStringLiteral("\u00ea")},
        {QStringLiteral("Rent collected"), QStringLiteral("\u00e8")},
        {QStringLiteral("Voids let"), QStringLiteral("\u00f1")},
        {QStringLiteral("Repairs done"), QStringLiteral("\u00f2")},
        {QStringLiteral("Bins emptied"), QStringLiteral("Improving")},
    };
    for (const auto& [name, arrow] : rows) {
        y += 1.5 * g.leading;
        page.row(y,
                 {{x[0], name},
                  {x[1], QStringLiteral("90%")},
                  {x[2], QStringLiteral("88%")},
                  {x[3], arrow},
                  {x[4], QStringLiteral("Amber")}},
                 g.font);
    }
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    const QStringList expected {QStringLiteral("Up"), QStringLiteral("Down"), QStringLiteral("Level"),
                                QStringLiteral("Up"), QStringLiteral("Down"), QStringLiteral("Improving")};
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Reading* reading = scorecard_trends::readingOf(result, rows.at(i).first);
        ASSERT_NE(reading, nullptr) << rows.at(i).first.toStdString();
        EXPECT_EQ(reading->direction.toStdString(), expected.at(i).toStdString());
    }
    EXPECT_EQ(directionText(QStringLiteral("\u00e9t\u00e9")).toStdString(), "\u00e9t\u00e9"); // a word, not a symbol
}

INSTANTIATE_TEST_SUITE_P(Geometries, TrendColumns, ::testing::ValuesIn(SheetGeometry::varied()));
