// Audit recommendation follow-up schedules: "No. | Recommendation | Priority | Management response
// and agreed action | Responsible officer | Target date | Status | Progress update", a section row
// naming the audit report, the responsible officer's post wrapping onto a second line, and a
// revised target date stacked under the original in the date cell ("31/10/2024" / "Revised" /
// "31/01/2025"). The recommendation is what is followed up; the response beside it is not its text.
// Names are illustrative; the geometry varies with the sheet.
#include "LayoutBuilders.h"
#include "tables/PlanParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::SheetGeometry;

namespace audit_follow_up {

class AuditFollowUp : public ::testing::TestWithParam<SheetGeometry> { };

QList<SheetGeometry> followUpSheets()
{
    return {SheetGeometry::landscape(), SheetGeometry::landscapeSmall()};
}

PlanResult followUp(const SheetGeometry& g)
{
    const QList<qreal> x = g.columnStarts({0.05, 0.2, 0.07, 0.25, 0.13, 0.09, 0.08, 0.13});
    const qreal font = g.font;
    const qreal step = g.leading;
    PageBuilder page(1, g.page);
    qreal y = g.top;
    page.row(y,
             {{x[0], QStringLiteral("No.")},
              {x[1], QStringLiteral("Recommendation")},
              {x[2], QStringLiteral("Priority")},
              {x[3], QStringLiteral("Management response and agreed action")},
              {x[4], QStringLiteral("Responsible officer")},
              {x[5], QStringLiteral("Target date")},
              {x[6], QStringLiteral("Status")},
              {x[7], QStringLiteral("Progress update")}},
             font);
    y += 2 * step;
    page.text(x[0], y, QStringLiteral("Auditor's Annual Report 2022/23 (Value for Money) - issued 30 November 2023"), font);
    y += 2 * step;
    page.row(y,
             {{x[0], QStringLiteral("IR3")},
              {x[1], QStringLiteral("Evaluate the savings of the")},
              {x[2], QStringLiteral("Medium")},
              {x[3], QStringLiteral("Agreed, subject to the")},
              {x[4], QStringLiteral("Director of Adult")},
              {x[5], QStringLiteral("31/10/2024")},
              {x[6], QStringLiteral("Overdue")},
              {x[7], QStringLiteral("Delayed by re-tendering.")}},
             font);
    y += step;
    page.row(y,
             {{x[1], QStringLiteral("care programme.")},
              {x[3], QStringLiteral("contract reviews.")},
              {x[4], QStringLiteral("Social Care")},
              {x[5], QStringLiteral("Revised")}},
             font);
    y += step;
    page.text(x[5], y, QStringLiteral("31/01/2025"), font);
    y += 2 * step;
    page.row(y,
             {{x[0], QStringLiteral("IR4")},
              {x[1], QStringLiteral("Train members in treasury")},
              {x[2], QStringLiteral("Low")},
              {x[3], QStringLiteral("Agreed. Training will be")},
              {x[4], QStringLiteral("Head of Corporate")},
              {x[5], QStringLiteral("31/07/2024")},
              {x[6], QStringLiteral("Complete")},
              {x[7], QStringLiteral("Delivered on 9 July 2024.")}},
             font);
    y += step;
    page.row(y,
             {{x[1], QStringLiteral("management.")},
              {x[3], QStringLiteral("offered to all members.")},
              {x[4], QStringLiteral("Finance")}},
             font);
    return PlanParser::parse(documentOf({page.build()}));
}

} // namespace audit_follow_up

using audit_follow_up::AuditFollowUp;

TEST_P(AuditFollowUp, RecommendationsAreTheActionsTheResponseAnswersThem)
{
    const PlanResult result = audit_follow_up::followUp(GetParam());
    ASSERT_EQ(result.actions.size(), 2);
    const Action& first = result.actions.at(0);
    EXPECT_EQ(first.ref.toStdString(), "IR3");
    EXPECT_EQ(first.text.toStdString(), "Evaluate the savings of the care programme.");
    EXPECT_EQ(first.owner.toStdString(), "Director of Adult Social Care");
    EXPECT_EQ(first.statusText.toStdString(), "Overdue");
    EXPECT_EQ(result.actions.at(1).text.toStdString(), "Train members in treasury management.");
    EXPECT_EQ(result.actions.at(1).owner.toStdString(), "Head of Corporate Finance");
    EXPECT_EQ(result.actions.at(1).due.toStdString(), "2024-07-31");
}

TEST_P(AuditFollowUp, ARevisedDateStackedUnderTheOriginalIsTheDueDate)
{
    const PlanResult result = audit_follow_up::followUp(GetParam());
    ASSERT_FALSE(result.actions.isEmpty());
    const Action& first = result.actions.at(0);
    EXPECT_EQ(first.due.toStdString(), "2025-01-31");
    EXPECT_EQ(first.dueText.toStdString(), "31/01/2025");
    // The original date is kept on the action.
    EXPECT_TRUE(first.flags.join(QLatin1Char(' ')).contains(QLatin1String("31/10/2024")));
}

INSTANTIATE_TEST_SUITE_P(Geometries, AuditFollowUp, ::testing::ValuesIn(audit_follow_up::followUpSheets()));
