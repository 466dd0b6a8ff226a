// Executive response tables and recommendation trackers read by column role (the same
// HeaderReader / ColumnRoles / RoleTable as plans): "Recommendation | Response | Accepted? | Lead |
// Timescale" across a page break, a tracker whose rows stack several recommendations beside one
// update, and a question-and-response table whose response cells hold paragraphs and a small
// table of their own. Geometry varies with the sheet.
#include "DocumentAnalyser.h"
#include "LayoutBuilders.h"
#include "recommendations/ResponseTableReader.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::SheetGeometry;

namespace {

class ResponseTable : public ::testing::TestWithParam<SheetGeometry> { };

} // namespace

TEST_P(ResponseTable, ExecutiveResponseTableAcrossAPageBreak)
{
    const SheetGeometry g = GetParam();
    const qreal f = g.font * 0.8;
    const qreal step = f * 1.3;
    const QList<qreal> x = g.columnStarts({0.34, 0.34, 0.1, 0.12, 0.1});
    PageBuilder first(1, g.page);
    qreal y = g.top;
    first.text(g.margin, y, QStringLiteral("Executive response to the scrutiny review"), g.font);
    y += 3 * g.leading;
    const auto header = [&](PageBuilder& page, qreal top) {
        page.row(top,
                 {{x[0], QStringLiteral("Recommendation")},
                  {x[1], QStringLiteral("Response")},
                  {x[2], QStringLiteral("Accepted?")},
                  {x[3], QStringLiteral("Lead")},
                  {x[4], QStringLiteral("Timescale")}},
                 f);
    };
    header(first, y);
    y += 2 * step;
    first.row(y,
              {{x[0], QStringLiteral("1. Publish the")},
               {x[1], QStringLiteral("A plain English")},
               {x[2], QStringLiteral("Yes")},
               {x[3], QStringLiteral("Head of")},
               {x[4], QStringLiteral("June")}},
              f);
    first.row(y + step,
              {{x[0], QStringLiteral("allocations policy.")},
               {x[1], QStringLiteral("version is drafted.")},
               {x[3], QStringLiteral("Housing")},
               {x[4], QStringLiteral("2026")}},
              f);
    y += 3 * step;
    first.row(y,
              {{x[0], QStringLiteral("2. Report every")},
               {x[1], QStringLiteral("Reports will be")},
               {x[2], QStringLiteral("Partly")},
               {x[3], QStringLiteral("Director")}},
              f);
    first.row(y + step, {{x[0], QStringLiteral("quarter.")}, {x[1], QStringLiteral("twice a year.")}}, f);
    PageBuilder second(2, g.page);
    header(second, g.top);
    second.row(g.top + 2 * step,
               {{x[0], QStringLiteral("3. Close the")},
                {x[1], QStringLiteral("The office stays")},
                {x[2], QStringLiteral("No")}},
               f);
    second.row(g.top + 3 * step, {{x[0], QStringLiteral("office.")}, {x[1], QStringLiteral("open.")}}, f);
    layout::LayoutDocument document = documentOf({first.build(), second.build()});
    const ImportBundle bundle = DocumentAnalyser::analyse(document);

    ASSERT_EQ(bundle.recommendations.size(), 3);
    ASSERT_EQ(bundle.recommendationResponses.size(), 3);
    EXPECT_EQ(bundle.recommendations.at(0).number, QStringLiteral("1"));
    EXPECT_EQ(bundle.recommendations.at(0).text, QStringLiteral("Publish the allocations policy."));
    EXPECT_EQ(bundle.recommendations.at(2).pdfPage, 2);
    const RecommendationResponse& one = bundle.recommendationResponses.at(0);
    EXPECT_EQ(one.recommendationIndex, 0);
    EXPECT_EQ(one.decision, ResponseDecision::Accepted);
    EXPECT_EQ(one.text, QStringLiteral("A plain English version is drafted."));
    EXPECT_EQ(one.lead, QStringLiteral("Head of Housing"));
    EXPECT_EQ(one.dueText, QStringLiteral("June 2026"));
    EXPECT_EQ(one.due, QStringLiteral("2026-06"));
    EXPECT_EQ(bundle.recommendationResponses.at(1).decision, ResponseDecision::Partly);
    EXPECT_EQ(bundle.recommendationResponses.at(2).decision, ResponseDecision::Rejected);
    EXPECT_EQ(bundle.recommendationResponses.at(2).pdfPage, 2);
    // The table's lines are not read again as running text.
    for (const Recommendation& r : bundle.recommendations)
        EXPECT_FALSE(r.text.contains(QStringLiteral("Response")));
}

TEST_P(ResponseTable, QuestionsAnsweredWithParagraphsAndANestedTable)
{
    const SheetGeometry g = GetParam();
    const qreal f = g.font * 0.8;
    const qreal step = f * 1.3;
    const QList<qreal> x = g.columnStarts({0.3, 0.7});
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.text(g.margin, y, QStringLiteral("The questions raised at the Scrutiny Committee are answered below."), f);
    y += 3 * step;
    page.row(y, {{x[0], QStringLiteral("Issue raised")}, {x[1], QStringLiteral("Response")}}, f);
    y += 2 * step;
    page.row(y, {{x[0], QStringLiteral("Where would the")}, {x[1], QStringLiteral("Vacancies were held.")}}, f);
    page.row(y + step, {{x[0], QStringLiteral("staff come from?")}}, f);
    y += 3 * step;
    page.row(y, {{x[1], QStringLiteral("Current vacancies are:")}}, f);
    y += 2 * step;
    page.row(y, {{x[1] + 10, QStringLiteral("Role")}, {x[1] + 90, QStringLiteral("FTE")}}, f);
    page.row(y + step, {{x[1] + 10, QStringLiteral("Worker")}, {x[1] + 90, QStringLiteral("1.8")}}, f);
    y += 7 * step; // a wide gap inside the response cell
    page.row(y, {{x[1], QStringLiteral("These posts are funded.")}}, f);
    page.row(y + step, {{x[0], QStringLiteral("Can the grant be")}, {x[1], QStringLiteral("Not until the terms")}}, f);
    page.row(y + 2 * step, {{x[0], QStringLiteral("used for centres?")}, {x[1], QStringLiteral("are published.")}}, f);
    layout::LayoutDocument document = documentOf({page.build()});
    const ImportBundle bundle = DocumentAnalyser::analyse(document);

    ASSERT_EQ(bundle.recommendations.size(), 2);
    EXPECT_EQ(bundle.recommendations.at(0).text, QStringLiteral("Where would the staff come from?"));
    EXPECT_EQ(bundle.recommendations.at(0).madeBy, QStringLiteral("Scrutiny Committee"));
    EXPECT_EQ(bundle.recommendations.at(1).text, QStringLiteral("Can the grant be used for centres?"));
    ASSERT_EQ(bundle.recommendationResponses.size(), 2);
    EXPECT_TRUE(bundle.recommendationResponses.at(0).text.endsWith(QStringLiteral("These posts are funded.")));
    // An answer is not an acceptance: no decision is made up.
    EXPECT_EQ(bundle.recommendationResponses.at(0).decision, ResponseDecision::Pending);
    EXPECT_EQ(bundle.recommendationResponses.at(1).text, QStringLiteral("Not until the terms are published."));
}

TEST_P(ResponseTable, TrackerWithProgressAndStatusGivesUpdates)
{
    const SheetGeometry g = GetParam();
    const qreal f = g.font * 0.8;
    const qreal step = f * 1.3;
    const QList<qreal> x = g.columnStarts({0.45, 0.4, 0.15});
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.row(y,
             {{x[0], QStringLiteral("Recommendation")},
              {x[1], QStringLiteral("Progress update")},
              {x[2], QStringLiteral("RAG")}},
             f);
    y += 2 * step;
    page.row(y,
             {{x[0], QStringLiteral("That the library hours")},
              {x[1], QStringLiteral("Consultation closed")},
              {x[2], QStringLiteral("Green")}},
             f);
    page.row(y + step, {{x[0], QStringLiteral("are reviewed.")}, {x[1], QStringLiteral("in May.")}}, f);
    y += 3 * step;
    page.row(y, {{x[0], QStringLiteral("That members visit")}, {x[2], QStringLiteral("Red")}}, f);
    page.row(y + step, {{x[0], QStringLiteral("every branch.")}}, f);
    layout::LayoutDocument document = documentOf({page.build()});
    document.fileName = QStringLiteral("tracker.pdf");
    const ImportBundle bundle = DocumentAnalyser::analyse(document);

    ASSERT_EQ(bundle.recommendations.size(), 2);
    // Printed with their progress in a later report: quotations, for the store to link.
    EXPECT_EQ(bundle.recommendations.at(0).quotedIn, QStringLiteral("tracker.pdf"));
    EXPECT_TRUE(bundle.recommendationResponses.isEmpty());
    ASSERT_EQ(bundle.recommendationUpdates.size(), 2);
    EXPECT_EQ(bundle.recommendationUpdates.at(0).recommendationIndex, 0);
    EXPECT_EQ(bundle.recommendationUpdates.at(0).text, QStringLiteral("Consultation closed in May."));
    EXPECT_EQ(bundle.recommendationUpdates.at(0).statusText, QStringLiteral("Green"));
    EXPECT_EQ(bundle.recommendationUpdates.at(1).recommendationIndex, 1);
    EXPECT_TRUE(bundle.recommendationUpdates.at(1).text.isEmpty());
    EXPECT_EQ(bundle.recommendationUpdates.at(1).statusText, QStringLiteral("Red"));
}

TEST_P(ResponseTable, ARowRestatingAQuotedResolutionIsMadeByTheBodyThatResolvedIt)
{
    const SheetGeometry g = GetParam();
    const qreal f = g.font * 0.8;
    const qreal step = f * 1.3;
    const QList<qreal> x = g.columnStarts({0.35, 0.65});
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.text(g.margin, y, QStringLiteral("At its meeting the Borough Council resolved the following:"), f);
    y += 2 * step;
    page.text(g.margin + 20, y, QStringLiteral("That the Cabinet Member reviews the bus subsidy before"), f);
    page.text(g.margin + 20, y + step, QStringLiteral("taking the decision."), f);
    y += 3 * step;
    page.text(g.margin, y, QStringLiteral("The questions raised at the Scrutiny Committee are answered below."), f);
    y += 3 * step;
    page.row(y, {{x[0], QStringLiteral("Issue raised")}, {x[1], QStringLiteral("Response")}}, f);
    y += 2 * step;
    page.row(y, {{x[0], QStringLiteral("Cabinet Member reviews the bus")}, {x[1], QStringLiteral("It was reviewed.")}},
             f);
    page.row(y + step, {{x[0], QStringLiteral("subsidy before taking the decision.")}}, f);
    y += 3 * step;
    page.row(y, {{x[0], QStringLiteral("Why close the depot?")}, {x[1], QStringLiteral("It is unsafe.")}}, f);
    layout::LayoutDocument document = documentOf({page.build()});
    const ImportBundle bundle = DocumentAnalyser::analyse(document);

    ASSERT_EQ(bundle.recommendations.size(), 2);
    EXPECT_EQ(bundle.recommendations.at(0).madeBy, QStringLiteral("Borough Council"));
    EXPECT_EQ(bundle.recommendations.at(1).madeBy, QStringLiteral("Scrutiny Committee"));
}

// "No. | Recommendation | Response | Cabinet comment | Lead officer | By": the response column
// holds the decision alone, the comment beside it is the answer, and the row's number is in a
// column of its own. Beside a progress column the same decision keeps the progress as an update.
TEST_P(ResponseTable, ADecisionColumnBesideTheCabinetsCommentAndNumbersInTheirOwnColumn)
{
    const SheetGeometry g = GetParam();
    const qreal f = g.font * 0.8;
    const qreal step = f * 1.3;
    const QList<qreal> x = g.columnStarts({0.06, 0.28, 0.16, 0.26, 0.12, 0.12});
    const auto table = [&](const QString& commentHeading) {
        PageBuilder page(1, g.page);
        qreal y = g.top;
        page.row(y,
                 {{x[0], QStringLiteral("No.")},
                  {x[1], QStringLiteral("Recommendation")},
                  {x[2], QStringLiteral("Response")},
                  {x[3], commentHeading},
                  {x[4], QStringLiteral("Lead officer")},
                  {x[5], QStringLiteral("By")}},
                 f);
        y += 2 * step;
        page.row(y,
                 {{x[0], QStringLiteral("1")},
                  {x[1], QStringLiteral("That termly data be")},
                  {x[2], QStringLiteral("Accepted")},
                  {x[3], QStringLiteral("Published")},
                  {x[4], QStringLiteral("Head of")},
                  {x[5], QStringLiteral("April 2025")}},
                 f);
        page.row(y + step,
                 {{x[1], QStringLiteral("published.")},
                  {x[3], QStringLiteral("each term.")},
                  {x[4], QStringLiteral("Inclusion")}},
                 f);
        y += 3 * step;
        page.row(y,
                 {{x[0], QStringLiteral("2")},
                  {x[1], QStringLiteral("That an adviser be")},
                  {x[2], QStringLiteral("Partially")},
                  {x[3], QStringLiteral("A post")},
                  {x[4], QStringLiteral("Director")},
                  {x[5], QStringLiteral("-")}},
                 f);
        page.row(y + step,
                 {{x[1], QStringLiteral("appointed.")},
                  {x[2], QStringLiteral("accepted")},
                  {x[3], QStringLiteral("is funded.")}},
                 f);
        layout::LayoutDocument document = documentOf({page.build()});
        return DocumentAnalyser::analyse(document);
    };

    const ImportBundle answered = table(QStringLiteral("Cabinet comment"));
    ASSERT_EQ(answered.recommendations.size(), 2);
    EXPECT_EQ(answered.recommendations.at(0).number, QStringLiteral("1"));
    EXPECT_EQ(answered.recommendations.at(1).number, QStringLiteral("2"));
    EXPECT_EQ(answered.recommendations.at(0).text, QStringLiteral("That termly data be published."));
    ASSERT_EQ(answered.recommendationResponses.size(), 2);
    EXPECT_EQ(answered.recommendationResponses.at(0).decision, ResponseDecision::Accepted);
    EXPECT_EQ(answered.recommendationResponses.at(0).decisionText, QStringLiteral("Accepted"));
    EXPECT_EQ(answered.recommendationResponses.at(0).text, QStringLiteral("Published each term."));
    EXPECT_EQ(answered.recommendationResponses.at(0).lead, QStringLiteral("Head of Inclusion"));
    EXPECT_EQ(answered.recommendationResponses.at(1).decision, ResponseDecision::Partly);
    EXPECT_EQ(answered.recommendationResponses.at(1).text, QStringLiteral("A post is funded."));
    EXPECT_TRUE(answered.recommendationResponses.at(1).dueText.isEmpty()) << "a dash gives no date";
    EXPECT_EQ(answered.recommendationResponses.at(0).dueText, QStringLiteral("April 2025"));
    EXPECT_TRUE(answered.recommendationUpdates.isEmpty());
    // The table was read: its aligned lines are not reported as left unread.
    for (const PageRegion& region : answered.regions)
        EXPECT_TRUE(region.claimed) << region.kind.toStdString() << ": " << region.detail.toStdString();

    const ImportBundle tracked = table(QStringLiteral("Progress update"));
    ASSERT_EQ(tracked.recommendationResponses.size(), 2);
    EXPECT_EQ(tracked.recommendationResponses.at(0).decision, ResponseDecision::Accepted);
    EXPECT_EQ(tracked.recommendationResponses.at(0).text, QStringLiteral("Accepted"));
    ASSERT_EQ(tracked.recommendationUpdates.size(), 2);
    EXPECT_EQ(tracked.recommendationUpdates.at(0).text, QStringLiteral("Published each term."));
}

// A response table's last row, many lines long at the foot of a page, stays the table's on the page
// printed 1.5 times larger: the running text after it on the next page starts a recommendation of
// its own there, with none of the row's lines in front of it.
TEST(ResponseTableAtScale, LongLastRowStaysTheTablesOnALargerPage)
{
    QList<QStringList> found;
    for (const qreal scale : {1.0, 1.5}) {
        const qreal f = 10 * scale;
        const QSizeF page(595 * scale, 842 * scale);
        PageBuilder first(1, page);
        first.text(72 * scale, 80 * scale, QStringLiteral("Executive response to the scrutiny review"), 12 * scale);
        first.row(120 * scale,
                  {{72 * scale, QStringLiteral("Recommendation")}, {300 * scale, QStringLiteral("Response")}}, f);
        const QStringList cell {QStringLiteral("1. The council publishes"), QStringLiteral("its housing allocations"),
                                QStringLiteral("policy in plain English"),  QStringLiteral("with a summary for"),
                                QStringLiteral("tenants and a guide for"),  QStringLiteral("applicants, and reviews"),
                                QStringLiteral("it every year with the"),   QStringLiteral("tenants' panel.")};
        for (int k = 0; k < cell.size(); ++k) {
            const qreal y = (146 + 13 * k) * scale;
            if (k == 0)
                first.row(y, {{72 * scale, cell.at(k)}, {300 * scale, QStringLiteral("Agreed.")}}, f);
            else
                first.text(72 * scale, y, cell.at(k), f);
        }
        PageBuilder second(2, page);
        second.text(72 * scale, 80 * scale, QStringLiteral("The committee recommends that the council reviews"), f)
            .text(72 * scale, 93 * scale, QStringLiteral("its lettings policy."), f);
        layout::LayoutDocument document = documentOf({first.build(), second.build()});
        const ImportBundle bundle = DocumentAnalyser::analyse(document);
        QStringList recommendations;
        for (const Recommendation& r : bundle.recommendations)
            recommendations.append(QStringLiteral("p%1 %2").arg(r.pdfPage).arg(r.text));
        found.append(recommendations);
    }
    EXPECT_EQ(found.first(), found.last());
    EXPECT_TRUE(found.first().contains(
        QStringLiteral("p2 The committee recommends that the council reviews its lettings policy.")))
        << found.first().join(QLatin1Char('\n')).toStdString();
}

TEST(ResponseTableCells, StackedRecommendationsSplit)
{
    const auto items = parse::ResponseTableReader::splitCell(
        {QStringLiteral("\u2022 The committee recommends that a"), QStringLiteral("survey is undertaken;"),
         QStringLiteral("\u2022 A briefing note is circulated;"), QStringLiteral("1) Recommends deferral of the"),
         QStringLiteral("decision to enable:"), QStringLiteral("\u2022 a consultation;"),
         QStringLiteral("\u2022 engagement with the centre."), QStringLiteral("2) Recommends that members are told."),
         QStringLiteral("That the work programme is updated."), QStringLiteral("That officers attend.")});
    ASSERT_EQ(items.size(), 6);
    EXPECT_EQ(items.at(0).second, QStringLiteral("The committee recommends that a survey is undertaken;"));
    EXPECT_EQ(items.at(1).second, QStringLiteral("A briefing note is circulated;"));
    EXPECT_EQ(items.at(2).first, QStringLiteral("1"));
    EXPECT_TRUE(items.at(2).second.endsWith(QStringLiteral("\u2022 engagement with the centre.")));
    EXPECT_EQ(items.at(3).first, QStringLiteral("2"));
    EXPECT_EQ(items.at(4).second, QStringLiteral("That the work programme is updated."));
    EXPECT_EQ(items.at(5).second, QStringLiteral("That officers attend."));
}

TEST(ResponseTableCells, DecisionWordsAtTheStartOfAResponse)
{
    using parse::ResponseTableReader;
    EXPECT_EQ(ResponseTableReader::decisionOf(QStringLiteral("Agreed. Work starts in May."), false),
              ResponseDecision::Accepted);
    EXPECT_EQ(ResponseTableReader::decisionOf(QStringLiteral("Not accepted: the cost is too high."), false),
              ResponseDecision::Rejected);
    EXPECT_EQ(ResponseTableReader::decisionOf(QStringLiteral("Accepted in part."), false), ResponseDecision::Partly);
    EXPECT_EQ(ResponseTableReader::decisionOf(QStringLiteral("Noted."), false), ResponseDecision::Noted);
    // Words later in the text say nothing about the recommendation.
    EXPECT_EQ(ResponseTableReader::decisionOf(QStringLiteral("The strategy was approved in April."), false),
              ResponseDecision::Pending);
    EXPECT_EQ(ResponseTableReader::decisionOf(QStringLiteral("Y"), true), ResponseDecision::Accepted);
}

INSTANTIATE_TEST_SUITE_P(Geometries, ResponseTable, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
