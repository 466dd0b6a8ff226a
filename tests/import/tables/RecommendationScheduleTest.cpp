// Recommendation trackers that follow each recommendation like an action beside the executive's
// response: "Ref | Recommendation | Executive response | Lead | Original target | Revised target |
// Progress update | Status", refs made of two codes and a number ("PSC-HM-01"), a revised target
// printed beside the original (the row is due by the revised date where it prints one, a dash
// leaving the original), status letters a key above the table defines, and updates stacked in
// one cell, each opening with its date.
// Names are illustrative; the geometry varies with the sheet.
#include "LayoutBuilders.h"
#include "recommendations/ResponseTableReader.h"
#include "tables/PlanParser.h"
#include "tables/RefCell.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::SheetGeometry;

namespace recommendation_schedule {

class RecommendationSchedule : public ::testing::TestWithParam<SheetGeometry> { };

// Landscape sheets, as trackers of eight columns are printed, in two sizes of type.
QList<SheetGeometry> scheduleSheets()
{
    return {SheetGeometry::landscape(), SheetGeometry::landscapeSmall()};
}

// The tracker: a status key above the header, a two-line header, two rows.
PlanResult schedule(const SheetGeometry& g, bool revisedColumn)
{
    const QList<qreal> x = revisedColumn ? g.columnStarts({0.1, 0.24, 0.14, 0.05, 0.08, 0.08, 0.23, 0.08})
                                         : g.columnStarts({0.1, 0.24, 0.14, 0.05, 0.16, 0.23, 0.08});
    const qreal font = g.font;
    const qreal step = g.leading;
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.text(x[0], y, QStringLiteral("Status key: C = Complete; G = On track; R = Overdue; X = Not accepted"), font);
    y += 2 * step;
    QList<QPair<qreal, QString>> heads {{x[0], QStringLiteral("Ref")},
                                        {x[1], QStringLiteral("Recommendation")},
                                        {x[2], QStringLiteral("Executive response")},
                                        {x[3], QStringLiteral("Lead")},
                                        {x[4], QStringLiteral("Original")}};
    if (revisedColumn)
        heads.append({x[5], QStringLiteral("Revised")});
    const int last = revisedColumn ? 7 : 6;
    heads.append({x[last - 1], QStringLiteral("Progress update")});
    heads.append({x[last], QStringLiteral("Status")});
    page.row(y, heads, font);
    y += step;
    if (revisedColumn)
        page.row(y, {{x[4], QStringLiteral("target")}, {x[5], QStringLiteral("target")}}, font);
    else
        page.text(x[4], y, QStringLiteral("target"), font);
    const QList<QStringList> rows {
        {QStringLiteral("PSC-HM-01"), QStringLiteral("Publish the inspection intervals."), QStringLiteral("Accepted"),
         QStringLiteral("MB"), QStringLiteral("30/06/24"), QStringLiteral("-"), QStringLiteral("Published in June."),
         QStringLiteral("C")},
        {QStringLiteral("PSC-HM-02"), QStringLiteral("Adopt find and fix."), QStringLiteral("Accepted"),
         QStringLiteral("MB"), QStringLiteral("30/09/24"), QStringLiteral("31/03/25"),
         QStringLiteral("Update 9 July 2024: trial agreed."), QStringLiteral("G")},
        {QStringLiteral("PSC-HM-03"), QStringLiteral("Allocate a further £2m a year."), QStringLiteral("Not accepted"),
         QStringLiteral("KO"), QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("No further update."),
         QStringLiteral("X")}};
    for (QStringList cells : rows) {
        if (!revisedColumn)
            cells.removeAt(5);
        y += 2 * step;
        QList<QPair<qreal, QString>> placed;
        for (qsizetype i = 0; i < cells.size(); ++i)
            placed.append({x.at(i), cells.at(i)});
        page.row(y, placed, font);
        if (cells.first().endsWith(QLatin1String("02"))) // a second update stacked under the first
            page.text(x.at(last - 1), y += step, QStringLiteral("Update 14 January 2025: starts in February."), font);
    }
    return PlanParser::parse(documentOf({page.build()}));
}

} // namespace recommendation_schedule

using recommendation_schedule::RecommendationSchedule;

TEST(RecommendationScheduleRefs, CodesJoinedBeforeTheNumberMakeARef)
{
    EXPECT_TRUE(RefCell::isRef(QStringLiteral("PSC-HM-01"), 2));
    EXPECT_TRUE(RefCell::isRef(QStringLiteral("OSC/ASC/24/3"), 2));
    EXPECT_TRUE(RefCell::isRef(QStringLiteral("ENV.R.12")));
    EXPECT_FALSE(RefCell::isRef(QStringLiteral("PSC-HM")));
    EXPECT_FALSE(RefCell::isRef(QStringLiteral("Q3-2024/25")));
    EXPECT_FALSE(RefCell::isRef(QStringLiteral("N/A")));
}

TEST_P(RecommendationSchedule, ATrackedResponseTableGivesActionsToo)
{
    const PlanResult result = recommendation_schedule::schedule(GetParam(), false);
    ASSERT_EQ(result.responseTables.size(), 1);
    EXPECT_EQ(result.responseTables.first().rows.size(), 3);
    ASSERT_EQ(result.actions.size(), 3);
    const Action& first = result.actions.at(0);
    EXPECT_EQ(first.ref.toStdString(), "PSC-HM-01");
    EXPECT_EQ(first.text.toStdString(), "Publish the inspection intervals.");
    EXPECT_EQ(first.owner.toStdString(), "MB");
    EXPECT_EQ(first.due.toStdString(), "2024-06-30");
    EXPECT_EQ(first.commentary.toStdString(), "Published in June.");
    // The letters take what the key above the table says they mean; one naming no status stays
    // as printed.
    EXPECT_EQ(first.status, ActionStatus::Complete);
    EXPECT_EQ(first.statusText.toStdString(), "C");
    EXPECT_EQ(result.actions.at(1).status, ActionStatus::OnTrack);
    EXPECT_EQ(result.actions.at(2).statusText.toStdString(), "X");
    EXPECT_TRUE(result.actions.at(2).due.isEmpty());
    EXPECT_TRUE(result.actions.at(2).dueText.isEmpty()) << result.actions.at(2).dueText.toStdString(); // "-": none
}

TEST_P(RecommendationSchedule, ARevisedTargetBesideTheOriginalIsWhenTheRowIsDue)
{
    const PlanResult result = recommendation_schedule::schedule(GetParam(), true);
    ASSERT_EQ(result.tables.size(), 1);
    EXPECT_TRUE(result.tables.first().roles.contains(QStringLiteral("revised-due")));
    ASSERT_EQ(result.actions.size(), 3);
    EXPECT_EQ(result.actions.at(0).due.toStdString(), "2024-06-30"); // "-" revised: the original stands
    EXPECT_EQ(result.actions.at(1).due.toStdString(), "2025-03-31");
    EXPECT_EQ(result.actions.at(1).dueText.toStdString(), "31/03/25");
    EXPECT_TRUE(result.actions.at(2).due.isEmpty());
}

TEST(RecommendationScheduleKinds, AResponseTableWithoutLeadDueAndStatusGivesNoActions)
{
    const SheetGeometry g = SheetGeometry::landscape();
    const QList<qreal> x = g.columnStarts({0.1, 0.45, 0.45});
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.row(y, {{x[0], QStringLiteral("No.")}, {x[1], QStringLiteral("Recommendation")}, {x[2], QStringLiteral("Response")}},
             g.font);
    y += 2 * g.leading;
    page.row(y, {{x[0], QStringLiteral("1")}, {x[1], QStringLiteral("Publish the map.")}, {x[2], QStringLiteral("Accepted")}},
             g.font);
    y += 2 * g.leading;
    page.row(y, {{x[0], QStringLiteral("2")}, {x[1], QStringLiteral("Survey the banks.")}, {x[2], QStringLiteral("Accepted")}},
             g.font);
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    EXPECT_EQ(result.responseTables.size(), 1);
    EXPECT_TRUE(result.actions.isEmpty());
}

TEST_P(RecommendationSchedule, UpdatesStackedInOneCellAreDatedEach)
{
    const PlanResult plan = recommendation_schedule::schedule(GetParam(), true);
    ASSERT_EQ(plan.responseTables.size(), 1);
    const ResponseTableReader::Output read
        = ResponseTableReader::read(plan.responseTables, {}, QStringLiteral("Place Scrutiny Commission"), {}, {});
    ASSERT_EQ(read.recommendations.size(), 3);
    QList<RecommendationUpdate> second;
    for (const RecommendationUpdate& u : read.updates) {
        if (u.recommendationIndex == 1)
            second.append(u);
    }
    ASSERT_EQ(second.size(), 2);
    EXPECT_EQ(second.at(0).date.toStdString(), "2024-07-09");
    EXPECT_EQ(second.at(0).text.toStdString(), "Update 9 July 2024: trial agreed.");
    EXPECT_TRUE(second.at(0).statusText.isEmpty());
    EXPECT_EQ(second.at(1).date.toStdString(), "2025-01-14");
    EXPECT_EQ(second.at(1).statusText.toStdString(), "G"); // the status is the latest entry's
    // One undated entry stays one update with no date of its own.
    for (const RecommendationUpdate& u : read.updates) {
        if (u.recommendationIndex == 0) {
            EXPECT_TRUE(u.date.isEmpty());
            EXPECT_EQ(u.text.toStdString(), "Published in June.");
        }
    }
    // The action keeps the whole cell as its commentary.
    ASSERT_EQ(plan.actions.size(), 3);
    EXPECT_EQ(plan.actions.at(1).commentary.toStdString(),
              "Update 9 July 2024: trial agreed. Update 14 January 2025: starts in February.");
}

// "Accepted. The map will be published in June.": a first sentence that is only the decision, the
// executive's comment after it on the same line.
TEST(RecommendationScheduleKinds, ADecisionSentenceOpeningTheResponseIsTheDecision)
{
    const SheetGeometry g = SheetGeometry::landscape();
    const QList<qreal> x = g.columnStarts({0.1, 0.35, 0.55});
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.row(y, {{x[0], QStringLiteral("No.")}, {x[1], QStringLiteral("Recommendation")}, {x[2], QStringLiteral("Response")}},
             g.font);
    const QList<QStringList> rows {
        {QStringLiteral("1"), QStringLiteral("Publish the map."), QStringLiteral("Accepted. The map will be published in June.")},
        {QStringLiteral("2"), QStringLiteral("Survey the banks."), QStringLiteral("Not accepted. The cost cannot be met.")},
        {QStringLiteral("3"), QStringLiteral("Fund two wardens."), QStringLiteral("Accepted in principle, subject to funding.")}};
    for (const QStringList& row : rows) {
        y += 2 * g.leading;
        page.row(y, {{x[0], row.at(0)}, {x[1], row.at(1)}, {x[2], row.at(2)}}, g.font);
    }
    const PlanResult plan = PlanParser::parse(documentOf({page.build()}));
    const ResponseTableReader::Output read = ResponseTableReader::read(plan.responseTables, {}, {}, {}, {});
    ASSERT_EQ(read.responses.size(), 3);
    EXPECT_EQ(read.responses.at(0).decision, ResponseDecision::Accepted);
    EXPECT_EQ(read.responses.at(0).decisionText.toStdString(), "Accepted");
    EXPECT_EQ(read.responses.at(0).text.toStdString(), "The map will be published in June.");
    EXPECT_EQ(read.responses.at(1).decision, ResponseDecision::Rejected);
    EXPECT_EQ(read.responses.at(1).text.toStdString(), "The cost cannot be met.");
    // A decision with its condition in one sentence stays whole.
    EXPECT_EQ(read.responses.at(2).text.toStdString(), "Accepted in principle, subject to funding.");
    EXPECT_TRUE(read.responses.at(2).decisionText.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Geometries, RecommendationSchedule,
                         ::testing::ValuesIn(recommendation_schedule::scheduleSheets()));
