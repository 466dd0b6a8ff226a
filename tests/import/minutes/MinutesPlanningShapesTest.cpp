#include "MinutesSheet.h"

#include "minutes/ActionRequestParser.h"
#include "minutes/DeclarationParser.h"
#include "minutes/MinutesParser.h"
#include "minutes/ResolutionParser.h"
#include "minutes/VoteParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::attendanceContaining;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::resolutionsOf;
using scrutineer::testing::SheetGeometry;

// Minutes as planning committees print them: a vote's counts on one line of their own before the
// decision ("Voting: For 7, Against 3, Abstentions 1"), the minute a declaration concerns in
// brackets after the application it names ("(minute 113)"), a ward councillor heading their own
// attendance label with a qualifier in brackets, officers as "Name, Post;" with a post wrapping
// onto the next line, and an office asked to act in a clause that
// completes "RESOLVED - That:". Names, numbers and places are illustrative; geometry varies.

namespace planning_shapes {

class PlanningShapes : public ::testing::TestWithParam<SheetGeometry> { };

} // namespace planning_shapes

using planning_shapes::PlanningShapes;

TEST_P(PlanningShapes, AVotesCountsOnOneLineBelongToTheDecisionAfterThem)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("A motion to refuse the application was moved by Councillor Hale and seconded by"));
    sheet.line(QStringLiteral("Councillor Moss. On being put to the vote the motion was LOST (For 4, Against 7)."));
    sheet.gap();
    sheet.line(QStringLiteral("Voting: For 7, Against 3, Abstentions 1"));
    sheet.gap();
    sheet.line(
        QStringLiteral("DECISION: That planning permission be GRANTED subject to the conditions in the report."));
    sheet.gap();
    sheet.line(QStringLiteral("For 9; Against 0"));
    sheet.line(QStringLiteral("RESOLVED - That the enforcement report be noted."));
    const auto found = resolutionsOf(sheet, QStringLiteral("Committee"));
    ASSERT_EQ(found.size(), 2);
    const auto& granted = found.at(0).resolution;
    EXPECT_TRUE(granted.text.contains(QStringLiteral("GRANTED")));
    ASSERT_TRUE(granted.votes.has_value());
    EXPECT_EQ(granted.votes->forCount, 7);
    EXPECT_EQ(granted.votes->againstCount, 3);
    EXPECT_EQ(granted.votes->abstainCount, 1);
    EXPECT_TRUE(granted.votes->forNames.isEmpty());
    // Counts printed without names are a tally, not names missing.
    EXPECT_TRUE(granted.votes->flags.isEmpty()) << granted.votes->flags.join(QLatin1Char('|')).toStdString();
    const auto& noted = found.at(1).resolution;
    ASSERT_TRUE(noted.votes.has_value());
    EXPECT_EQ(noted.votes->forCount, 9);
    EXPECT_EQ(noted.votes->againstCount, 0);
    EXPECT_FALSE(noted.votes->abstainCount.has_value());
}

TEST(PlanningShapesVotes, ATallyInsideASentenceOrWithOtherWordsIsNoVoteLine)
{
    EXPECT_TRUE(VoteParser::isVoteLabel(QStringLiteral("Voting: For 7, Against 3, Abstentions 1")));
    EXPECT_TRUE(VoteParser::isVoteLabel(QStringLiteral("(For 10, Against 1, Abstained 0)")));
    EXPECT_FALSE(VoteParser::isVoteLabel(QStringLiteral("the motion was LOST (For 4, Against 7, Abstentions 0).")));
    EXPECT_FALSE(VoteParser::isVoteLabel(QStringLiteral("For 7 days the site was closed, against advice.")));
}

TEST(PlanningShapesDeclarations, AMinuteNamedInBracketsIsTheOneTheInterestConcerns)
{
    const auto found = DeclarationParser::fromSentence(
        QStringLiteral("Councillor K Dhillon declared a non-registrable interest in application 24/00932/HOU "
                       "(minute 113) as the applicant was known to her."),
        QStringLiteral("109"), 1);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().minute, QStringLiteral("113"));
    // A bracketed date or plan number is no minute: the declaration stays under its own.
    const auto plain = DeclarationParser::fromSentence(
        QStringLiteral("Councillor A Reed declared a personal interest in application 24/0101/FUL (12 Mill Lane)."),
        QStringLiteral("109"), 1);
    ASSERT_EQ(plain.size(), 1);
    EXPECT_EQ(plain.first().minute, QStringLiteral("109"));
}

TEST_P(PlanningShapes, AWardCouncillorsLabelWithAQualifierListsThemAsInAttendance)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("PLANNING COMMITTEE"));
    sheet.line(QStringLiteral("Minutes of the meeting held in the Council Chamber on Tuesday 4 June 2024 at 7.00pm"));
    sheet.gap();
    sheet.line(QStringLiteral("Members Present:"));
    sheet.line(QStringLiteral("Councillors J Abbot (Chair), P Lyle and T Quin"));
    sheet.gap();
    sheet.line(QStringLiteral("Ward Councillor in attendance (not a member of the Committee):"));
    sheet.line(QStringLiteral("Councillor R Venn (Hillside Ward) for minute 23"));
    sheet.gap();
    sheet.line(QStringLiteral("Officers:"));
    sheet.line(QStringLiteral("S Ortiz, Planning Manager; L Grove, Senior"));
    sheet.line(QStringLiteral("Committee Officer; D Pike, Highways Officer"));
    sheet.gap();
    sheet.line(QStringLiteral("21. APOLOGIES FOR ABSENCE"));
    sheet.line(QStringLiteral("Apologies were received from Councillor M Ward."));
    const MinutesResult result = MinutesParser::parse(sheet.document(), MinutesContext {});
    ASSERT_EQ(result.meetings.size(), 1);
    const Meeting& meeting = result.meetings.first();
    const Attendance* venn = attendanceContaining(meeting, QStringLiteral("Venn"));
    ASSERT_NE(venn, nullptr);
    EXPECT_EQ(venn->status, AttendanceStatus::InAttendance);
    // What they came for closes the entry: their role, not their name.
    EXPECT_EQ(venn->name.toStdString(), "R Venn");
    EXPECT_TRUE(venn->roleText.contains(QStringLiteral("for minute 23"))) << venn->roleText.toStdString();
    // A post wrapping inside a list set apart by semicolons stays one post, and the list goes on.
    const Attendance* grove = attendanceContaining(meeting, QStringLiteral("Grove"));
    ASSERT_NE(grove, nullptr);
    EXPECT_EQ(grove->status, AttendanceStatus::InAttendance);
    EXPECT_EQ(grove->roleText.toStdString(), "Senior Committee Officer");
    const Attendance* pike = attendanceContaining(meeting, QStringLiteral("Pike"));
    ASSERT_NE(pike, nullptr);
    EXPECT_EQ(pike->status, AttendanceStatus::InAttendance);
    ASSERT_NE(attendanceContaining(meeting, QStringLiteral("Quin")), nullptr);
    EXPECT_EQ(attendanceContaining(meeting, QStringLiteral("Quin"))->status, AttendanceStatus::Present);
}

TEST_P(PlanningShapes, AnOfficeOpeningAClauseUnderThatIsAskedToAct)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("RESOLVED - That:"));
    sheet.line(QStringLiteral("(A) the report be noted; and"));
    sheet.line(QStringLiteral("(B) the Development Manager report on the progress of enforcement action at"));
    sheet.line(QStringLiteral("the Old Forge to the meeting in October 2024."));
    const auto found = resolutionsOf(sheet, QStringLiteral("Committee"));
    ASSERT_EQ(found.size(), 1);
    const QList<Action> actions = ActionRequestParser::fromResolution(found.first(), 0, ActionContext {});
    ASSERT_EQ(actions.size(), 1);
    EXPECT_TRUE(actions.first().owner.endsWith(QStringLiteral("Development Manager")))
        << actions.first().owner.toStdString();
    EXPECT_TRUE(actions.first().text.contains(QStringLiteral("enforcement action")));

    // The meeting noting or deciding for itself under the same lead asks nobody to act.
    MinutesSheet own(1, GetParam());
    own.line(QStringLiteral("RESOLVED - That:"));
    own.line(QStringLiteral("(A) the report be noted; and"));
    own.line(QStringLiteral("(B) the Committee receive a further report in October 2024."));
    const auto decided = resolutionsOf(own, QStringLiteral("Committee"));
    ASSERT_EQ(decided.size(), 1);
    for (const Action& a : ActionRequestParser::fromResolution(decided.first(), 0, ActionContext {}))
        EXPECT_FALSE(a.owner.contains(QStringLiteral("Committee"))) << a.owner.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Geometries, PlanningShapes, ::testing::ValuesIn(SheetGeometry::varied()));
