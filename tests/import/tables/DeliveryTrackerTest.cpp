// Delivery-plan trackers and corporate KPI tables as district and borough councils print them:
// "Milestone" is the thing to be done when a "Target date" column stands beside it; statuses in
// words beyond RAG ("At risk", "Off track", "Closed"); spreadsheet dates ("Mar-25"); a KPI table
// whose "Aim" cells say which way is better ("Maximise"), whose last-year "2023/24 outturn" stands
// left of the quarter columns, and whose "Tolerance" is a margin around the target, not a floor.
// Geometry varies with the sheet; sizes follow the sheet's type size.
#include "LayoutBuilders.h"
#include "tables/PlanParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::SheetGeometry;

namespace {

class DeliveryTracker : public ::testing::TestWithParam<SheetGeometry> { };

layout::LayoutDocument milestoneTracker(const SheetGeometry& g)
{
    const QList<qreal> x = g.columnStarts({0.06, 0.4, 0.22, 0.12, 0.2});
    const qreal width = g.page.width() - 2 * g.margin;
    const qreal f = std::min(g.font * 0.8, width / 70);
    const qreal step = f * 1.3;
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.text(g.margin, y, QStringLiteral("Council Delivery Plan - quarterly monitoring"), g.font);
    y += 2 * g.leading;
    page.row(y,
             {{x[0], QStringLiteral("Ref")},
              {x[1], QStringLiteral("Milestone")},
              {x[2], QStringLiteral("Lead officer")},
              {x[3], QStringLiteral("Target date")},
              {x[4], QStringLiteral("Status")}},
             f);
    const QList<QStringList> rows {
        {QStringLiteral("1.1"), QStringLiteral("Adopt the parking strategy"), QStringLiteral("Head of Transport"),
         QStringLiteral("Mar-25"), QStringLiteral("At risk")},
        {QStringLiteral("1.2"), QStringLiteral("Open two new community hubs"), QStringLiteral("Communities Manager"),
         QStringLiteral("Sep-2025"), QStringLiteral("Off track")},
        {QStringLiteral("1.3"), QStringLiteral("Review the allotment rules"), QStringLiteral("Parks Manager"),
         QStringLiteral("Q3 2024/25"), QStringLiteral("Closed")},
        {QStringLiteral("1.4"), QStringLiteral("Replace the depot roof"), QStringLiteral("Facilities Manager"),
         QStringLiteral("Dec-24"), QStringLiteral("Superseded")},
        {QStringLiteral("1.5"), QStringLiteral("Refresh the asset register"), QStringLiteral("Estates Manager"),
         QStringLiteral("Q2 2025"), QStringLiteral("Not yet commenced")},
    };
    for (const QStringList& r : rows) {
        y += step * 1.4;
        page.row(y, {{x[0], r[0]}, {x[1], r[1]}, {x[2], r[2]}, {x[3], r[3]}, {x[4], r[4]}}, f);
    }
    layout::LayoutPage built = page.build();
    built.rotation = g.rotation;
    return documentOf({built});
}

layout::LayoutDocument kpiTableWithTolerances(const SheetGeometry& g)
{
    const QList<qreal> x = g.columnStarts({0.32, 0.1, 0.08, 0.06, 0.06, 0.06, 0.08, 0.08, 0.16});
    const qreal width = g.page.width() - 2 * g.margin;
    const qreal f = std::min(g.font * 0.7, width / 80);
    const qreal step = f * 1.3;
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.text(g.margin, y, QStringLiteral("Key performance indicators"), g.font);
    y += 2 * g.leading;
    page.row(y,
             {{x[0], QStringLiteral("Indicator")},
              {x[1], QStringLiteral("Aim")},
              {x[2], QStringLiteral("2023/24")},
              {x[3], QStringLiteral("Q1")},
              {x[4], QStringLiteral("Q2")},
              {x[5], QStringLiteral("Q3")},
              {x[6], QStringLiteral("Target")},
              {x[7], QStringLiteral("Tolerance")},
              {x[8], QStringLiteral("Status")}},
             f);
    y += step;
    page.row(y, {{x[2], QStringLiteral("outturn")}}, f);
    const QList<QStringList> rows {
        {QStringLiteral("Waste recycled or composted"), QStringLiteral("Maximise"), QStringLiteral("51.2%"),
         QStringLiteral("54.0%"), QStringLiteral("55.1%"), QStringLiteral("49.8%"), QStringLiteral("52.0%"),
         QStringLiteral("3%"), QStringLiteral("Within tolerance")},
        {QStringLiteral("Days to process benefit claims"), QStringLiteral("Minimise"), QStringLiteral("19.6"),
         QStringLiteral("18.2"), QStringLiteral("17.5"), QStringLiteral("16.9"), QStringLiteral("18.0"),
         QStringLiteral("+/-1"), QStringLiteral("On target")},
        {QStringLiteral("Calls answered in two minutes"), QStringLiteral("Maximise"), QStringLiteral("81%"),
         QStringLiteral("84%"), QStringLiteral("86%"), QStringLiteral("83%"), QStringLiteral("90%"),
         QStringLiteral("85%"), QStringLiteral("Below target")},
    };
    for (const QStringList& r : rows) {
        y += step * 1.4;
        QList<QPair<qreal, QString>> cells;
        for (qsizetype i = 0; i < r.size(); ++i)
            cells.append({x[i], r[i]});
        page.row(y, cells, f);
    }
    layout::LayoutPage built = page.build();
    built.rotation = g.rotation;
    return documentOf({built});
}

} // namespace

TEST_P(DeliveryTracker, MilestoneBesideATargetDateIsTheAction)
{
    const PlanResult result = PlanParser::parse(milestoneTracker(GetParam()));
    ASSERT_EQ(result.actions.size(), 5);
    EXPECT_EQ(result.actions.at(0).ref, QStringLiteral("1.1"));
    EXPECT_EQ(result.actions.at(0).text, QStringLiteral("Adopt the parking strategy"));
    EXPECT_EQ(result.actions.at(0).owner, QStringLiteral("Head of Transport"));
    // Spreadsheet months: "Mar-25" and "Sep-2025" are months, kept as printed beside.
    EXPECT_EQ(result.actions.at(0).dueText, QStringLiteral("Mar-25"));
    EXPECT_EQ(result.actions.at(0).due, QStringLiteral("2025-03"));
    EXPECT_EQ(result.actions.at(1).due, QStringLiteral("2025-09"));
    // A financial year's quarter is due by its last month (April-March: Q3 2024/25 ends December
    // 2024); a plain year's quarter may be a calendar one: no month, the text kept.
    EXPECT_EQ(result.actions.at(2).dueText, QStringLiteral("Q3 2024/25"));
    EXPECT_EQ(result.actions.at(2).due, QStringLiteral("2024-12"));
    EXPECT_EQ(result.actions.at(4).dueText, QStringLiteral("Q2 2025"));
    EXPECT_TRUE(result.actions.at(4).due.isEmpty());
}

TEST_P(DeliveryTracker, StatusWordsBeyondRagComeFromTheLexicon)
{
    const PlanResult result = PlanParser::parse(milestoneTracker(GetParam()));
    ASSERT_EQ(result.actions.size(), 5);
    EXPECT_EQ(result.actions.at(0).status, ActionStatus::AtRisk);
    EXPECT_EQ(result.actions.at(1).status, ActionStatus::OffTrack);
    EXPECT_EQ(result.actions.at(2).status, ActionStatus::Complete);
    // A word with no agreed meaning is kept as printed, its status unknown.
    EXPECT_EQ(result.actions.at(3).status, ActionStatus::Unknown);
    EXPECT_EQ(result.actions.at(3).statusText, QStringLiteral("Superseded"));
    EXPECT_EQ(result.actions.at(4).status, ActionStatus::NotStarted);
}

TEST_P(DeliveryTracker, AimCellsGiveThePolarityAndAToleranceMarginIsNoFloor)
{
    const PlanResult result = PlanParser::parse(kpiTableWithTolerances(GetParam()));
    ASSERT_EQ(result.indicators.size(), 3);
    EXPECT_EQ(result.indicators.at(0).polarity, Polarity::HigherIsBetter);
    EXPECT_EQ(result.indicators.at(1).polarity, Polarity::LowerIsBetter);
    EXPECT_EQ(result.indicators.at(0).target.value_or(-1), 52.0);
    EXPECT_FALSE(result.indicators.at(0).floor.has_value()); // "3%" beside 52%: a margin
    EXPECT_FALSE(result.indicators.at(1).floor.has_value()); // "+/-1": a margin
    // "85%" beside a 90% target: an absolute figure on the target's scale, the floor.
    ASSERT_TRUE(result.indicators.at(2).floor.has_value());
    EXPECT_EQ(*result.indicators.at(2).floor, 85.0);
}

TEST_P(DeliveryTracker, LastYearsOutturnLeftOfTheQuartersIsNotTheLatest)
{
    const PlanResult result = PlanParser::parse(kpiTableWithTolerances(GetParam()));
    ASSERT_EQ(result.indicators.size(), 3);
    const Reading* q3 = nullptr;
    const Reading* lastYear = nullptr;
    for (const Reading& reading : result.readings) {
        if (reading.indicatorIndex != 0)
            continue;
        if (reading.period == QStringLiteral("Q3"))
            q3 = &reading;
        if (reading.period == QStringLiteral("2023/24"))
            lastYear = &reading;
    }
    ASSERT_NE(q3, nullptr);
    ASSERT_NE(lastYear, nullptr);
    EXPECT_EQ(q3->valueText, QStringLiteral("49.8%"));
    EXPECT_EQ(q3->reportedRating, QStringLiteral("Within tolerance"));
    EXPECT_EQ(lastYear->valueText, QStringLiteral("51.2%"));
    EXPECT_TRUE(lastYear->reportedRating.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Geometry, DeliveryTracker, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
