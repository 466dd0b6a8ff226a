// Scrutiny recommendation trackers that follow each recommendation to done like an action: a
// "Recommendation" column beside a due date and a status and no response column, refs with the
// year between slashes ("EN/25/03"), and the lead officer printed unlabelled on the last line of
// the recommendation's cell, under a sentence that has ended, under a heading that names the
// lead too ("Recommendation and lead") or in a table that prints one under most of its rows. A
// last line that only carries the sentence on is text.
// Names are illustrative; the geometry varies with the sheet.
#include "LayoutBuilders.h"
#include "tables/PlanParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::SheetGeometry;

namespace recommendation_tracker {

class RecommendationTracker : public ::testing::TestWithParam<SheetGeometry> { };

// A tracker whose recommendation column is headed `heading`: three rows, the second's last line
// carrying its sentence on rather than naming anyone.
PlanResult trackerWithHeading(const SheetGeometry& g, const QString& heading, bool periods)
{
    const QList<qreal> x = g.columnStarts({0.14, 0.46, 0.2, 0.2});
    const qreal font = g.font;
    const qreal step = g.leading;
    const QString end = periods ? QStringLiteral(".") : QString();
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.row(y,
             {{x[0], QStringLiteral("Ref")},
              {x[1], heading},
              {x[2], QStringLiteral("Due")},
              {x[3], QStringLiteral("Status")}},
             font);
    y += 2 * step;
    page.row(y,
             {{x[0], QStringLiteral("EN/25/03")},
              {x[1], QStringLiteral("Publish the tree planting")},
              {x[2], QStringLiteral("Apr 2025")},
              {x[3], QStringLiteral("On track")}},
             font);
    page.text(x[1], y += step, QStringLiteral("map online") + end, font);
    page.text(x[1], y += step, QStringLiteral("Head of Parks"), font);
    y += 2 * step;
    page.row(y,
             {{x[0], QStringLiteral("EN/25/04")},
              {x[1], QStringLiteral("Write to the")},
              {x[2], QStringLiteral("May 2025")},
              {x[3], QStringLiteral("Not started")}},
             font);
    page.text(x[1], y += step, QStringLiteral("Environment Agency"), font);
    y += 2 * step;
    page.row(y,
             {{x[0], QStringLiteral("EN/25/05")},
              {x[1], QStringLiteral("Survey the river banks") + end},
              {x[2], QStringLiteral("Jun 2025")},
              {x[3], QStringLiteral("Complete")}},
             font);
    page.text(x[1], y += step, QStringLiteral("Mrs K Loder"), font);
    return PlanParser::parse(documentOf({page.build()}));
}

// A tracker with a percentage column headed "Progress (%)", a heading whose roles (commentary,
// status, due) other columns name, beside an update column or without one.
PlanResult trackerWithPercentages(const SheetGeometry& g, bool updateColumn)
{
    const QList<qreal> x
        = updateColumn ? g.columnStarts({0.3, 0.26, 0.12, 0.16, 0.16}) : g.columnStarts({0.44, 0.16, 0.2, 0.2});
    const qreal font = g.font;
    PageBuilder page(1, g.page);
    qreal y = g.top;
    const QStringList headings = updateColumn
        ? QStringList {QStringLiteral("Action"), QStringLiteral("Update"), QStringLiteral("Progress (%)"),
                       QStringLiteral("Due"), QStringLiteral("Status")}
        : QStringList {QStringLiteral("Action"), QStringLiteral("Progress (%)"), QStringLiteral("Due"),
                       QStringLiteral("Status")};
    QList<QPair<qreal, QString>> cells;
    for (qsizetype i = 0; i < headings.size(); ++i)
        cells.append({x.at(i), headings.at(i)});
    page.row(y, cells, font);
    const QStringList percentages {QStringLiteral("100%"), QStringLiteral("40%")};
    for (qsizetype r = 0; r < percentages.size(); ++r) {
        y += 2 * g.leading;
        QStringList row {QStringLiteral("Paint gate %1").arg(r + 1)};
        if (updateColumn)
            row.append(QStringLiteral("Booked"));
        row << percentages.at(r) << QStringLiteral("Jun 2025") << QStringLiteral("On track");
        cells.clear();
        for (qsizetype i = 0; i < row.size(); ++i)
            cells.append({x.at(i), row.at(i)});
        page.row(y, cells, font);
    }
    return PlanParser::parse(documentOf({page.build()}));
}

} // namespace recommendation_tracker

using recommendation_tracker::RecommendationTracker;

TEST_P(RecommendationTracker, RecommendationsWithADueDateAndAStatusAreActions)
{
    const PlanResult result
        = recommendation_tracker::trackerWithHeading(GetParam(), QStringLiteral("Recommendation"), true);
    EXPECT_TRUE(result.responseTables.isEmpty());
    ASSERT_EQ(result.actions.size(), 3);
    EXPECT_EQ(result.actions.at(0).ref.toStdString(), "EN/25/03");
    EXPECT_EQ(result.actions.at(0).due.toStdString(), "2025-04");
    EXPECT_EQ(result.actions.at(2).status, ActionStatus::Complete);
}

TEST_P(RecommendationTracker, TheOfficerUnderAnEndedSentenceIsTheOwner)
{
    const PlanResult result
        = recommendation_tracker::trackerWithHeading(GetParam(), QStringLiteral("Recommendation"), true);
    ASSERT_EQ(result.actions.size(), 3);
    EXPECT_EQ(result.actions.at(0).text.toStdString(), "Publish the tree planting map online.");
    EXPECT_EQ(result.actions.at(0).owner.toStdString(), "Head of Parks");
    // "Environment Agency" carries "Write to the" on: no sentence ended, no post named.
    EXPECT_EQ(result.actions.at(1).text.toStdString(), "Write to the Environment Agency");
    EXPECT_TRUE(result.actions.at(1).owner.isEmpty());
    EXPECT_EQ(result.actions.at(2).text.toStdString(), "Survey the river banks.");
    EXPECT_EQ(result.actions.at(2).owner.toStdString(), "Mrs K Loder");
}

TEST_P(RecommendationTracker, AHeadingNamingTheLeadOrMostRowsNeedNoFullStop)
{
    // Two rows of three end in a post or a person: the table prints the owner under its actions.
    const PlanResult bare
        = recommendation_tracker::trackerWithHeading(GetParam(), QStringLiteral("Recommendation"), false);
    ASSERT_EQ(bare.actions.size(), 3);
    EXPECT_EQ(bare.actions.at(0).owner.toStdString(), "Head of Parks");
    EXPECT_EQ(bare.actions.at(0).text.toStdString(), "Publish the tree planting map online");
    EXPECT_TRUE(bare.actions.at(1).owner.isEmpty()); // "Write to the" stops inside its sentence
    EXPECT_EQ(bare.actions.at(1).text.toStdString(), "Write to the Environment Agency");
    EXPECT_EQ(bare.actions.at(2).owner.toStdString(), "Mrs K Loder");

    const PlanResult named
        = recommendation_tracker::trackerWithHeading(GetParam(), QStringLiteral("Recommendation and lead"), false);
    ASSERT_EQ(named.actions.size(), 3);
    EXPECT_EQ(named.actions.at(0).text.toStdString(), "Publish the tree planting map online");
    EXPECT_EQ(named.actions.at(0).owner.toStdString(), "Head of Parks");
    EXPECT_TRUE(named.actions.at(1).owner.isEmpty());
}

TEST_P(RecommendationTracker, APercentageColumnRunsIntoNoOtherColumn)
{
    const PlanResult beside = recommendation_tracker::trackerWithPercentages(GetParam(), true);
    ASSERT_EQ(beside.actions.size(), 2);
    EXPECT_EQ(beside.actions.at(0).commentary.toStdString(), "Booked");
    EXPECT_EQ(beside.actions.at(1).status, ActionStatus::OnTrack);

    const PlanResult alone = recommendation_tracker::trackerWithPercentages(GetParam(), false);
    ASSERT_EQ(alone.actions.size(), 2);
    EXPECT_TRUE(alone.actions.at(0).commentary.isEmpty()) << alone.actions.at(0).commentary.toStdString();
    EXPECT_EQ(alone.actions.at(0).due.toStdString(), "2025-06");
}

// "Agreed" over dates is when each recommendation was agreed (the meeting it was raised at), not
// the executive's decision on it; over "Yes" / "Partly" it is that decision.
TEST_P(RecommendationTracker, AnAgreedColumnOfDatesIsWhenTheRecommendationWasAgreed)
{
    const SheetGeometry& g = GetParam();
    const auto table = [&](const QStringList& agreed) {
        const QList<qreal> x = g.columnStarts({0.14, 0.16, 0.38, 0.16, 0.16});
        PageBuilder page(1, g.page);
        qreal y = g.top;
        page.row(y,
                 {{x[0], QStringLiteral("Ref")},
                  {x[1], QStringLiteral("Agreed")},
                  {x[2], QStringLiteral("Recommendation")},
                  {x[3], QStringLiteral("Due")},
                  {x[4], QStringLiteral("Status")}},
                 g.font);
        const QStringList texts {QStringLiteral("Publish the map."),
                                 QStringLiteral("Survey the banks.")};
        for (qsizetype r = 0; r < texts.size(); ++r) {
            y += 2 * g.leading;
            page.row(y,
                     {{x[0], QStringLiteral("EN/25/0%1").arg(r + 1)},
                      {x[1], agreed.at(r)},
                      {x[2], texts.at(r)},
                      {x[3], QStringLiteral("Jun 2025")},
                      {x[4], QStringLiteral("On track")}},
                     g.font);
        }
        return PlanParser::parse(documentOf({page.build()}));
    };
    const PlanResult dated = table({QStringLiteral("09/07/24"), QStringLiteral("15/10/24")});
    ASSERT_EQ(dated.tables.size(), 1);
    EXPECT_EQ(dated.tables.first().roles.value(1).toStdString(), "meeting");
    EXPECT_EQ(dated.tables.first().kind.toStdString(), "action log");
    ASSERT_EQ(dated.actions.size(), 2);
    EXPECT_EQ(dated.actions.at(0).text.toStdString(), "Publish the map.");

    const PlanResult answered = table({QStringLiteral("Yes"), QStringLiteral("Partly")});
    ASSERT_EQ(answered.tables.size(), 1);
    EXPECT_EQ(answered.tables.first().roles.value(1).toStdString(), "decision");
}

INSTANTIATE_TEST_SUITE_P(Geometries, RecommendationTracker, ::testing::ValuesIn(SheetGeometry::varied()));
