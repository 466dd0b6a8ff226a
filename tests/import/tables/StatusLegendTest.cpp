// Plans that print their status as a code ("G", "A", "R", "C") and explain the codes in a key line
// above the table ("RAG: G on track …; A at risk …; R …; C complete."): a code takes the meaning
// the key gives it; a one-letter cell with no key is a RAG colour's initial; a code the key does
// not list is flagged, its status left unknown. Names are illustrative; the geometry varies.
#include "tables/StatusLegend.h"
#include "LayoutBuilders.h"
#include "tables/PlanParser.h"
#include "tables/StatusVocabulary.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::SheetGeometry;

namespace status_legend {

class StatusLegendTable : public ::testing::TestWithParam<SheetGeometry> { };

} // namespace status_legend

using status_legend::StatusLegendTable;

TEST(StatusLegendLine, CodesAndMeaningsBetweenSemicolons)
{
    const auto legend = StatusLegend::read(QStringLiteral(
        "RAG: G on track to meet the deadline; A at risk of missing the deadline; B = complete; X no longer needed."));
    ASSERT_TRUE(legend.has_value());
    EXPECT_EQ(legend->statusFor(QStringLiteral("G")), ActionStatus::OnTrack);
    EXPECT_EQ(legend->statusFor(QStringLiteral("a")), ActionStatus::AtRisk);
    EXPECT_EQ(legend->statusFor(QStringLiteral("B")), ActionStatus::Complete);
    EXPECT_EQ(legend->statusFor(QStringLiteral("X")), ActionStatus::Unknown); // listed, names no status
    EXPECT_FALSE(legend->has(QStringLiteral("Z")));
}

TEST(StatusLegendLine, SentencesAreNoKey)
{
    EXPECT_FALSE(StatusLegend::read(QStringLiteral("The plan was agreed in June; progress is reported each quarter.")));
    EXPECT_FALSE(StatusLegend::read(QStringLiteral("A list of sites; B list of sites.")));
    EXPECT_FALSE(StatusLegend::read(QStringLiteral("G on track to meet the deadline")));
}

TEST(StatusLegendLine, OneLetterCellIsAColoursInitial)
{
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("G")), ActionStatus::OnTrack);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral(" A ")), ActionStatus::AtRisk);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("R")), ActionStatus::OffTrack);
    EXPECT_FALSE(StatusVocabulary::match(QStringLiteral("C")));
    EXPECT_FALSE(StatusVocabulary::match(QStringLiteral("A new depot")));
}

TEST_P(StatusLegendTable, CodesTakeTheKeysMeaning)
{
    const SheetGeometry g = GetParam();
    const QList<qreal> x = g.columnStarts({0.07, 0.4, 0.2, 0.2, 0.13});
    const qreal font = g.font;
    const qreal step = g.leading;
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.text(x[0], y, QStringLiteral("Key: G on track; A at risk of slipping; R will miss its date; C complete"),
              font);
    y += 2 * step;
    page.row(y,
             {{x[0], QStringLiteral("No.")},
              {x[1], QStringLiteral("Action")},
              {x[2], QStringLiteral("Responsible officer")},
              {x[3], QStringLiteral("Deadline")},
              {x[4], QStringLiteral("RAG")}},
             font);
    const QStringList codes {QStringLiteral("G"), QStringLiteral("A"), QStringLiteral("R"), QStringLiteral("C"),
                             QStringLiteral("Q")};
    for (int i = 0; i < codes.size(); ++i) {
        y += 2 * step;
        page.row(y,
                 {{x[0], QString::number(i + 1)},
                  {x[1], QStringLiteral("Agree depot lease %1").arg(i + 1)},
                  {x[2], QStringLiteral("Estates Lead")},
                  {x[3], QStringLiteral("31/03/2025")},
                  {x[4], codes.at(i)}},
                 font);
    }

    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.actions.size(), 5);
    EXPECT_EQ(result.actions.at(0).status, ActionStatus::OnTrack);
    EXPECT_EQ(result.actions.at(1).status, ActionStatus::AtRisk);
    EXPECT_EQ(result.actions.at(2).status, ActionStatus::OffTrack); // the initial: the key's words name none
    EXPECT_EQ(result.actions.at(3).status, ActionStatus::Complete);
    EXPECT_EQ(result.actions.at(3).statusText, QStringLiteral("C"));
    EXPECT_EQ(result.actions.at(4).status, ActionStatus::Unknown);
    EXPECT_EQ(result.actions.at(4).flags, QStringList {QStringLiteral("status Q is not in the table's key")});
}

TEST(StatusLegendLine, WordCodesSetOffByADash)
{
    const auto legend = StatusLegend::read(QStringLiteral(
        "Status key: Closed \u2013 work finished; Behind \u2013 the deadline has passed; Planned - not yet started."));
    ASSERT_TRUE(legend.has_value());
    EXPECT_EQ(legend->statusFor(QStringLiteral("Closed")), ActionStatus::Complete);
    EXPECT_EQ(legend->statusFor(QStringLiteral("behind")), ActionStatus::OffTrack);
    EXPECT_EQ(legend->statusFor(QStringLiteral("Planned")), ActionStatus::NotStarted);
    // Words and a dash that name no status are no key.
    EXPECT_FALSE(StatusLegend::read(QStringLiteral("Housing - see page 4; Parks - see page 9.")));
}

// A key printed under the table, in words, wrapped over two lines: the table ends above it and
// its rows take the key's meanings ("Behind" and "Planned" name no status by themselves).
TEST_P(StatusLegendTable, AKeyInWordsBelowTheTableWrappedOverTwoLines)
{
    const SheetGeometry g = GetParam();
    const QList<qreal> x = g.columnStarts({0.07, 0.45, 0.28, 0.2});
    const qreal font = g.font;
    const qreal step = g.leading;
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.row(y,
             {{x[0], QStringLiteral("No.")},
              {x[1], QStringLiteral("Action")},
              {x[2], QStringLiteral("Deadline")},
              {x[3], QStringLiteral("Status")}},
             font);
    const QStringList statuses {QStringLiteral("Closed"), QStringLiteral("Behind"), QStringLiteral("Planned")};
    for (int i = 0; i < statuses.size(); ++i) {
        y += 2 * step;
        page.row(y,
                 {{x[0], QString::number(i + 1)},
                  {x[1], QStringLiteral("Resurface car park %1").arg(i + 1)},
                  {x[2], QStringLiteral("31/03/2025")},
                  {x[3], statuses.at(i)}},
                 font);
    }
    y += 3 * step;
    page.text(x[0], y,
              QStringLiteral("Status key: Closed \u2013 work finished; Behind \u2013 the deadline has passed;"), font);
    page.text(x[0], y + step, QStringLiteral("Planned \u2013 not yet started."), font);

    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.actions.size(), 3);
    EXPECT_EQ(result.actions.at(0).status, ActionStatus::Complete);
    EXPECT_EQ(result.actions.at(1).status, ActionStatus::OffTrack);
    EXPECT_EQ(result.actions.at(2).status, ActionStatus::NotStarted);
    EXPECT_EQ(result.actions.at(2).statusText.toStdString(), "Planned");
    EXPECT_FALSE(result.actions.at(2).text.contains(QStringLiteral("key")));
}

// A key whose entries each open with their code and "=", set apart by space alone, no semicolon.
TEST(StatusLegendLine, CodesBeforeEqualsWithoutSemicolons)
{
    const auto legend = StatusLegend::read(QStringLiteral(
        "Status key: Implemented = action complete and evidence seen by Internal Audit In progress = on course for "
        "the current target date"));
    ASSERT_TRUE(legend.has_value());
    EXPECT_EQ(legend->statusFor(QStringLiteral("Implemented")), ActionStatus::Complete);
    EXPECT_EQ(legend->statusFor(QStringLiteral("In progress")), ActionStatus::OnTrack);
    // A sum or a sentence with one "=" is no key.
    EXPECT_FALSE(StatusLegend::read(QStringLiteral("Total = 14 actions agreed by the Board in March")));
    EXPECT_FALSE(StatusLegend::read(QStringLiteral("The gap means that A = B in most wards and C = D in two")));
}

// A key printed above the table over two lines, each line a key of its own: the rows take the
// meanings of both lines.
TEST_P(StatusLegendTable, AKeyOfEqualsEntriesOverTwoLinesAboveTheTable)
{
    const SheetGeometry g = GetParam();
    const QList<qreal> x = g.columnStarts({0.07, 0.45, 0.28, 0.2});
    const qreal font = g.font;
    const qreal step = g.leading;
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.text(x[0], y, QStringLiteral("Key: Implemented = action complete   In progress = on course for the date"), font);
    page.text(x[0], y + step, QStringLiteral("Overdue = the target date has passed   Not yet due = work starts later"), font);
    y += 3 * step;
    page.row(y,
             {{x[0], QStringLiteral("No.")},
              {x[1], QStringLiteral("Action")},
              {x[2], QStringLiteral("Deadline")},
              {x[3], QStringLiteral("Status")}},
             font);
    const QStringList statuses {QStringLiteral("Implemented"), QStringLiteral("In progress"), QStringLiteral("Overdue"),
                                QStringLiteral("Not yet due")};
    for (int i = 0; i < statuses.size(); ++i) {
        y += 2 * step;
        page.row(y,
                 {{x[0], QString::number(i + 1)},
                  {x[1], QStringLiteral("Reconcile the ledger %1").arg(i + 1)},
                  {x[2], QStringLiteral("31/03/2025")},
                  {x[3], statuses.at(i)}},
                 font);
    }
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.actions.size(), 4);
    EXPECT_EQ(result.actions.at(0).status, ActionStatus::Complete);
    EXPECT_EQ(result.actions.at(1).status, ActionStatus::OnTrack);
    EXPECT_EQ(result.actions.at(2).status, ActionStatus::OffTrack);
    EXPECT_EQ(result.actions.at(3).status, ActionStatus::NotStarted);
}

INSTANTIATE_TEST_SUITE_P(Geometries, StatusLegendTable, ::testing::ValuesIn(SheetGeometry::varied()));
