#include "MinutesSheet.h"

#include "minutes/ActionRequestParser.h"
#include "minutes/ClauseParser.h"
#include "minutes/MinutesParser.h"
#include "minutes/ResolutionParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::attendanceContaining;
using scrutineer::testing::attendanceCount;
using scrutineer::testing::labels;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::resolutionsOf;
using scrutineer::testing::SheetGeometry;

// Decisions and attendance as town, parish and cabinet minutes print them beside the shapes the
// other minutes tests cover: clauses lettered with a colon ("A: Welcomes ..."), the reasons for a
// decision printed under it ("REASON FOR DECISION: ...", "Reasons for Decision:" over a
// paragraph), an office told to act in the plain form of the verb ("It was agreed that the Town
// Clerk obtain ..."), and attendance as a label table with no "Present" ("Chair:", "Councillors:",
// "Visiting members:", "Public:"). Names and places are illustrative; geometry varies.

namespace decision_shapes {

class DecisionShapes : public ::testing::TestWithParam<SheetGeometry> { };

} // namespace decision_shapes

using decision_shapes::DecisionShapes;

TEST(DecisionShapesLabels, ALetterAndAColonOpensAClauseButAWordAndAColonDoesNot)
{
    const auto a = ClauseParser::matchLabel(QStringLiteral("A: Welcomes the report;"));
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(a->label, QStringLiteral("a"));
    EXPECT_EQ(a->decoration, ClauseParser::Decoration::Colon);
    EXPECT_EQ(a->rest, QStringLiteral("Welcomes the report;"));
    EXPECT_FALSE(ClauseParser::matchLabel(QStringLiteral("Note: the figures are provisional.")).has_value());
    EXPECT_FALSE(ClauseParser::matchLabel(QStringLiteral("Q1: 84%")).has_value());
}

TEST_P(DecisionShapes, LettersWithAColonAreTheClausesOfAnAgreedLead)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("Members agreed:"));
    sheet.line(QStringLiteral("A: that the payments listed in the schedule be approved;"));
    sheet.line(QStringLiteral("B: that the bank reconciliation be noted; and"));
    sheet.line(QStringLiteral("C: that the internal auditor be reappointed for the year."));
    const auto found = resolutionsOf(sheet, QStringLiteral("Council"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(labels(found.first().resolution.clauses),
              (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    ASSERT_EQ(found.first().resolution.clauses.size(), 3);
    EXPECT_EQ(found.first().resolution.clauses.at(1).text,
              QStringLiteral("that the bank reconciliation be noted; and"));

    MinutesSheet cabinet(1, GetParam());
    cabinet.line(QStringLiteral("RESOLVED: That Cabinet:"));
    cabinet.line(QStringLiteral("A: Welcomes the fall in the Council's own emissions;"));
    cabinet.line(QStringLiteral("B: Agrees the revised plan."));
    const auto resolved = resolutionsOf(cabinet, QStringLiteral("Cabinet"));
    ASSERT_EQ(resolved.size(), 1);
    EXPECT_EQ(labels(resolved.first().resolution.clauses), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
}

TEST_P(DecisionShapes, TheReasonsForADecisionAreNotPartOfIt)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("RESOLVED: That 500 pounds be awarded to the Community Larder."));
    sheet.line(QStringLiteral("REASON FOR DECISION: the award is within the grants budget for the year."));
    auto found = resolutionsOf(sheet, QStringLiteral("Council"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().resolution.text, QStringLiteral("That 500 pounds be awarded to the Community Larder."));

    // A heading alone over its paragraph, after lettered clauses whose last one wraps.
    MinutesSheet cabinet(1, GetParam());
    cabinet.line(QStringLiteral("RESOLVED: That Cabinet:"));
    cabinet.line(QStringLiteral("(a) agrees the revised plan; and"));
    cabinet.line(QStringLiteral("(b) asks the Director of Place to report progress to"));
    cabinet.line(QStringLiteral("Cabinet in December"));
    cabinet.line(QStringLiteral("Reasons for Decision:"));
    cabinet.line(QStringLiteral("The plan reflects the new funding."));
    cabinet.line(QStringLiteral("Alternative options considered and rejected:"));
    cabinet.line(QStringLiteral("Keeping the existing plan."));
    found = resolutionsOf(cabinet, QStringLiteral("Cabinet"));
    ASSERT_EQ(found.size(), 1);
    const Resolution& r = found.first().resolution;
    ASSERT_EQ(r.clauses.size(), 2);
    EXPECT_EQ(r.clauses.at(1).text,
              QStringLiteral("asks the Director of Place to report progress to Cabinet in December"));
    EXPECT_FALSE(r.text.contains(QStringLiteral("funding")));
}

TEST_P(DecisionShapes, AnOfficeToldToActInThePlainFormOfTheVerbIsAnAction)
{
    auto actionsOf = [](const QStringList& text) {
        MinutesSheet sheet(1, GetParam());
        for (const QString& line : text)
            sheet.line(line);
        const auto found = resolutionsOf(sheet, QStringLiteral("Council"));
        QList<Action> actions;
        for (int i = 0; i < found.size(); ++i)
            actions += ActionRequestParser::fromResolution(found.at(i), i, ActionContext {});
        return std::make_pair(found.size(), actions);
    };
    const auto [decisions, actions]
        = actionsOf({QStringLiteral("It was agreed that the Town Clerk obtain three quotations for the path and bring"),
                     QStringLiteral("them to the May meeting.")});
    EXPECT_EQ(decisions, 1);
    ASSERT_EQ(actions.size(), 1);
    EXPECT_TRUE(actions.first().owner.endsWith(QStringLiteral("Town Clerk"))) << actions.first().owner.toStdString();
    EXPECT_TRUE(actions.first().text.startsWith(QStringLiteral("the Town Clerk obtain three quotations")));
    EXPECT_EQ(actions.first().origin, ActionOrigin::Resolution);

    // The meeting deciding for itself, and an appointment, ask nobody to act.
    const auto [own, none] = actionsOf({QStringLiteral("It was agreed that the Council approve the budget.")});
    EXPECT_EQ(own, 1);
    EXPECT_TRUE(none.isEmpty());
    const auto [appointment, noAction]
        = actionsOf({QStringLiteral("RESOLVED that Ms K Lathbury be reappointed as internal auditor.")});
    EXPECT_EQ(appointment, 1);
    EXPECT_TRUE(noAction.isEmpty());
}

TEST_P(DecisionShapes, AttendanceAsALabelTableWithVisitorsAndThePublic)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("MINUTES OF THE MEETING OF THE FULL COUNCIL"));
    sheet.line(QStringLiteral("held at the Village Hall, Church Street on Tuesday 9 April 2024 at 7.00 pm"));
    sheet.gap();
    const qreal names = sheet.x(190);
    const qreal labels = sheet.geometry().margin;
    sheet.row({{labels, QStringLiteral("Chair:")}, {names, QStringLiteral("Cllr M Penrose (Town Mayor)")}});
    sheet.row({{labels, QStringLiteral("Councillors:")},
               {names, QStringLiteral("Cllrs A Ashdown, H Rowntree and S Tamblyn")}});
    sheet.row({{labels, QStringLiteral("In attendance:")}, {names, QStringLiteral("Mrs F Varley (Town Clerk)")}});
    sheet.row({{labels, QStringLiteral("Visiting members:")},
               {names, QStringLiteral("District Cllr G Whitlock and County Cllr E Yeo")}});
    sheet.row({{labels, QStringLiteral("Public:")}, {names, QStringLiteral("Six members of the public")}});
    sheet.gap();
    sheet.line(QStringLiteral("24/061 APOLOGIES FOR ABSENCE"));
    sheet.line(QStringLiteral("Apologies were received from Cllr B Oakley."));
    const MinutesResult result = MinutesParser::parse(sheet.document(), MinutesContext {});
    ASSERT_EQ(result.meetings.size(), 1);
    const Meeting& meeting = result.meetings.first();
    EXPECT_EQ(attendanceCount(meeting, AttendanceStatus::Present), 4);
    ASSERT_NE(attendanceContaining(meeting, QStringLiteral("Penrose")), nullptr);
    EXPECT_EQ(attendanceContaining(meeting, QStringLiteral("Penrose"))->status, AttendanceStatus::Present);
    EXPECT_TRUE(attendanceContaining(meeting, QStringLiteral("Penrose"))->roleText.startsWith(QStringLiteral("Chair")));
    for (const QString& visitor : {QStringLiteral("Whitlock"), QStringLiteral("Yeo"), QStringLiteral("Varley")}) {
        const Attendance* a = attendanceContaining(meeting, visitor);
        ASSERT_NE(a, nullptr) << visitor.toStdString();
        EXPECT_EQ(a->status, AttendanceStatus::InAttendance) << visitor.toStdString();
    }
    EXPECT_EQ(attendanceContaining(meeting, QStringLiteral("public")), nullptr);
    EXPECT_EQ(attendanceContaining(meeting, QStringLiteral("Six")), nullptr);
}

INSTANTIATE_TEST_SUITE_P(Geometries, DecisionShapes, ::testing::ValuesIn(SheetGeometry::varied()));

TEST_P(DecisionShapes, AFrontSheetsChairAndMembershipLabelsStartNoMinutes)
{
    // An agenda's front sheet prints the same labels over its membership: no meeting is recorded.
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("NORTHWOLD DISTRICT COUNCIL"));
    sheet.line(QStringLiteral("PLANNING COMMITTEE"));
    sheet.gap();
    sheet.line(QStringLiteral("Date: Tuesday 14 May 2024"));
    sheet.line(QStringLiteral("Time: 7.00 pm"));
    sheet.line(QStringLiteral("Venue: Council Chamber, Civic Offices"));
    sheet.gap();
    sheet.line(QStringLiteral("Membership"));
    sheet.line(QStringLiteral("Chairman: Cllr A Smith"));
    sheet.line(QStringLiteral("Councillors: Cllrs B Jones, C Brown and D Green"));
    sheet.gap();
    sheet.line(QStringLiteral("AGENDA"));
    sheet.line(QStringLiteral("1. Apologies for absence"));
    sheet.line(QStringLiteral("2. Declarations of interest"));
    sheet.line(QStringLiteral("3. Minutes of the meeting held on 9 April 2024"));
    MinutesContext context;
    context.kind = DocumentKind::AgendaPack;
    const MinutesResult result = MinutesParser::parse(sheet.document(), context);
    EXPECT_TRUE(result.meetings.isEmpty());
    MinutesContext unknown;
    EXPECT_TRUE(MinutesParser::parse(sheet.document(), unknown).meetings.isEmpty());
}

TEST_P(DecisionShapes, ADivisionCountedInTheDecisionsOwnTextIsItsVote)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("RESOLVED that the bus grant allocation be approved."));
    sheet.line(QStringLiteral("(Agreed by 4 votes to 1; Councillor Hale did not vote.)"));
    sheet.gap();
    sheet.line(QStringLiteral("RESOLVED (by 7 votes to 2, with 1 abstention) that the depot be sold."));
    sheet.gap();
    sheet.line(QStringLiteral("RESOLVED that the report be noted."));
    const auto resolutions = resolutionsOf(sheet, QStringLiteral("Cabinet"));
    ASSERT_EQ(resolutions.size(), 3);
    const auto& grant = resolutions.at(0).resolution.votes;
    ASSERT_TRUE(grant.has_value());
    EXPECT_EQ(grant->forCount, 4);
    EXPECT_EQ(grant->againstCount, 1);
    EXPECT_FALSE(grant->abstainCount.has_value()); // not printed: unknown, not nought
    const auto& depot = resolutions.at(1).resolution.votes;
    ASSERT_TRUE(depot.has_value());
    EXPECT_EQ(depot->forCount, 7);
    EXPECT_EQ(depot->againstCount, 2);
    EXPECT_EQ(depot->abstainCount, 1);
    EXPECT_FALSE(resolutions.at(2).resolution.votes.has_value());
}
