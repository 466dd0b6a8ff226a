// Recommendations monitoring schedules: "No. | Recommendation | Cabinet response | Lead officer |
// Target date | Status" tables whose header is repeated on the next page under the appendix's
// title printed again, and whose lead-in dates the executive's response. Geometry varies with the
// sheet; the wording of the cells is the fixture's own.
#include "DocumentAnalyser.h"
#include "LayoutBuilders.h"
#include "recommendations/ProseResponseFinder.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::parse::ProseResponseFinder;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::SheetGeometry;

namespace {

class MonitoringSchedule : public ::testing::TestWithParam<SheetGeometry> { };

// The schedule's header row at `top`, its columns at `x`.
void monitoringHeader(PageBuilder& page, const QList<qreal>& x, qreal top, qreal font)
{
    page.row(top,
             {{x[0], QStringLiteral("No.")},
              {x[1], QStringLiteral("Recommendation")},
              {x[2], QStringLiteral("Cabinet response")},
              {x[3], QStringLiteral("Lead officer")},
              {x[4], QStringLiteral("Target date")},
              {x[5], QStringLiteral("Status")}},
             font);
}

} // namespace

TEST_P(MonitoringSchedule, HeaderRepeatedUnderThePageTitleCarriesTheRowOn)
{
    const SheetGeometry g = GetParam();
    const qreal f = g.font * 0.8;
    const qreal step = f * 1.3;
    const QList<qreal> x = g.columnStarts({0.06, 0.34, 0.16, 0.16, 0.14, 0.14});
    PageBuilder first(1, g.page);
    qreal y = g.top;
    first.text(g.margin, y, QStringLiteral("Appendix 1: Review of day services"), g.font);
    y += 3 * g.leading;
    monitoringHeader(first, x, y, f);
    y += 2 * step;
    first.row(y,
              {{x[0], QStringLiteral("1")},
               {x[1], QStringLiteral("That the centres open")},
               {x[2], QStringLiteral("Accepted")},
               {x[3], QStringLiteral("Head of")},
               {x[4], QStringLiteral("May 2025")},
               {x[5], QStringLiteral("Complete")}},
              f);
    first.row(y + step, {{x[1], QStringLiteral("on Saturdays.")}, {x[3], QStringLiteral("Day Services")}}, f);
    y += 3 * step;
    first.row(y,
              {{x[0], QStringLiteral("2")},
               {x[1], QStringLiteral("That a transport review")},
               {x[2], QStringLiteral("Accepted")},
               {x[3], QStringLiteral("Transport")},
               {x[4], QStringLiteral("June 2025")},
               {x[5], QStringLiteral("On track")}},
              f);
    first.row(y + step, {{x[1], QStringLiteral("looks at the routes,")}, {x[3], QStringLiteral("Manager")}}, f);
    // The next page prints the appendix's title again, larger than the rows, over the header.
    PageBuilder second(2, g.page);
    y = g.top;
    second.text(g.margin, y, QStringLiteral("Appendix 1 (continued)"), g.font);
    y += 2 * g.leading;
    monitoringHeader(second, x, y, f);
    y += 2 * step;
    second.row(y, {{x[1], QStringLiteral("the fares and the hours")}}, f);
    second.row(y + step, {{x[1], QStringLiteral("of the service.")}}, f);
    y += 3 * step;
    second.row(y,
               {{x[0], QStringLiteral("3")},
                {x[1], QStringLiteral("That carers are asked")},
                {x[2], QStringLiteral("Not accepted")},
                {x[3], QStringLiteral("-")},
                {x[4], QStringLiteral("-")},
                {x[5], QStringLiteral("Closed")}},
               f);
    second.row(y + step, {{x[1], QStringLiteral("for their views each year.")}}, f);
    layout::LayoutDocument document = documentOf({first.build(), second.build()});
    const ImportBundle bundle = DocumentAnalyser::analyse(document);

    ASSERT_EQ(bundle.recommendations.size(), 3);
    EXPECT_EQ(bundle.recommendations.at(1).text.toStdString(),
              "That a transport review looks at the routes, the fares and the hours of the service.");
    EXPECT_EQ(bundle.recommendations.at(1).pdfPage, 1);
    EXPECT_EQ(bundle.recommendations.at(2).number.toStdString(), "3");
    EXPECT_EQ(bundle.recommendations.at(2).pdfPage, 2);
    for (const Recommendation& r : bundle.recommendations)
        EXPECT_FALSE(r.text.contains(QStringLiteral("continued"))) << r.text.toStdString();
}

TEST_P(MonitoringSchedule, LeadInDatesTheResponses)
{
    const SheetGeometry g = GetParam();
    const qreal f = g.font * 0.8;
    const qreal step = f * 1.3;
    const QList<qreal> x = g.columnStarts({0.06, 0.34, 0.16, 0.16, 0.14, 0.14});
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.text(g.margin, y, QStringLiteral("Appendix 1: Review of day services"), g.font);
    y += 2 * g.leading;
    page.text(g.margin, y, QStringLiteral("Recommendations of the Panel (3 October 2024); Cabinet response of"), f);
    page.text(g.margin, y + step, QStringLiteral("16 January 2025; progress at May 2025."), f);
    y += 3 * step;
    monitoringHeader(page, x, y, f);
    y += 2 * step;
    page.row(y,
             {{x[0], QStringLiteral("1")},
              {x[1], QStringLiteral("That the centres open")},
              {x[2], QStringLiteral("Accepted")},
              {x[3], QStringLiteral("Head of")},
              {x[4], QStringLiteral("1 May 2025")},
              {x[5], QStringLiteral("Complete")}},
             f);
    page.row(y + step, {{x[1], QStringLiteral("on Saturdays.")}, {x[3], QStringLiteral("Day Services")}}, f);
    y += 3 * step;
    page.row(y,
             {{x[0], QStringLiteral("2")},
              {x[1], QStringLiteral("That carers are asked")},
              {x[2], QStringLiteral("Not accepted")},
              {x[5], QStringLiteral("Closed")}},
             f);
    page.row(y + step, {{x[1], QStringLiteral("for their views.")}}, f);
    layout::LayoutDocument document = documentOf({page.build()});
    const ImportBundle bundle = DocumentAnalyser::analyse(document);

    ASSERT_EQ(bundle.recommendationResponses.size(), 2);
    for (const RecommendationResponse& response : bundle.recommendationResponses)
        EXPECT_EQ(response.date.toStdString(), "2025-01-16");
    // The target date in a row is when the work is due, not when the executive answered.
    EXPECT_EQ(bundle.recommendationResponses.at(0).due.toStdString(), "2025-05-01");
}

TEST_P(MonitoringSchedule, DecisionOverTheCommentInOneCell)
{
    const SheetGeometry g = GetParam();
    const qreal f = g.font * 0.8;
    const qreal step = f * 1.3;
    const QList<qreal> x = g.columnStarts({0.06, 0.34, 0.16, 0.16, 0.14, 0.14});
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.text(g.margin, y, QStringLiteral("Appendix 1: Review of day services"), g.font);
    y += 3 * g.leading;
    monitoringHeader(page, x, y, f);
    y += 2 * step;
    // The decision over two lines, then the comment.
    page.row(y,
             {{x[0], QStringLiteral("1")},
              {x[1], QStringLiteral("That the centres open")},
              {x[2], QStringLiteral("Partially")},
              {x[3], QStringLiteral("Head of")},
              {x[5], QStringLiteral("On track")}},
             f);
    page.row(y + step,
             {{x[1], QStringLiteral("on Saturdays.")},
              {x[2], QStringLiteral("accepted")},
              {x[3], QStringLiteral("Day Services")}},
             f);
    page.row(y + 2 * step, {{x[2], QStringLiteral("Two centres will")}}, f);
    page.row(y + 3 * step, {{x[2], QStringLiteral("open first.")}}, f);
    y += 5 * step;
    // The decision alone on its line, then the reason.
    page.row(y,
             {{x[0], QStringLiteral("2")},
              {x[1], QStringLiteral("That carers are asked")},
              {x[2], QStringLiteral("Not accepted")},
              {x[5], QStringLiteral("Closed")}},
             f);
    page.row(y + step, {{x[1], QStringLiteral("for their views.")}, {x[2], QStringLiteral("A survey runs")}}, f);
    page.row(y + 2 * step, {{x[2], QStringLiteral("already.")}}, f);
    y += 4 * step;
    // A decision and nothing more stays as it was printed.
    page.row(y,
             {{x[0], QStringLiteral("3")},
              {x[1], QStringLiteral("That menus are printed.")},
              {x[2], QStringLiteral("Accepted")},
              {x[5], QStringLiteral("Complete")}},
             f);
    layout::LayoutDocument document = documentOf({page.build()});
    const ImportBundle bundle = DocumentAnalyser::analyse(document);

    ASSERT_EQ(bundle.recommendationResponses.size(), 3);
    const RecommendationResponse& one = bundle.recommendationResponses.at(0);
    EXPECT_EQ(one.decision, ResponseDecision::Partly);
    EXPECT_EQ(one.decisionText.toStdString(), "Partially accepted");
    EXPECT_EQ(one.text.toStdString(), "Two centres will open first.");
    const RecommendationResponse& two = bundle.recommendationResponses.at(1);
    EXPECT_EQ(two.decision, ResponseDecision::Rejected);
    EXPECT_EQ(two.decisionText.toStdString(), "Not accepted");
    EXPECT_EQ(two.text.toStdString(), "A survey runs already.");
    const RecommendationResponse& three = bundle.recommendationResponses.at(2);
    EXPECT_EQ(three.decision, ResponseDecision::Accepted);
    EXPECT_EQ(three.text.toStdString(), "Accepted");
}

TEST(MonitoringScheduleLeadIn, ResponseOfADateOnlyWhenADateFollows)
{
    using parse::ProseResponseFinder;
    EXPECT_EQ(
        ProseResponseFinder::responseDateIn(QStringLiteral("Cabinet response of 16 January 2025; progress at May"))
            .toStdString(),
        "2025-01-16");
    // A response time is no response's date.
    EXPECT_TRUE(ProseResponseFinder::responseDateIn(QStringLiteral("An average response of 12 minutes in March 2024."))
                    .isEmpty());
}

// "Executive responses agreed by Cabinet on 16 April 2024": the responses dated by the meeting
// that agreed them; a report agreed on a date is no response.
TEST(MonitoringScheduleLeadIn, ResponsesAgreedByTheExecutiveOnADate)
{
    using parse::ProseResponseFinder;
    EXPECT_EQ(
        ProseResponseFinder::responseDateIn(QStringLiteral("Executive responses agreed by Cabinet on 16 April 2024."))
            .toStdString(),
        "2024-04-16");
    EXPECT_EQ(
        ProseResponseFinder::responseDateIn(
            QStringLiteral("The Executive's responses to both reviews were agreed by the Cabinet on 16 April 2024."))
            .toStdString(),
        "2024-04-16");
    EXPECT_TRUE(ProseResponseFinder::responseDateIn(QStringLiteral("The report was agreed by Cabinet on 3 May 2024."))
                    .isEmpty());
    EXPECT_TRUE(
        ProseResponseFinder::responseDateIn(QStringLiteral("Responses agreed by Cabinet in due course.")).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Geometries, MonitoringSchedule, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
