#include "MinutesSheet.h"

#include "minutes/ResolutionParser.h"
#include "minutes/VoteParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::resolutionsOf;

// US roll calls: "AYES:" / "NOES:" / "ABSTAIN:" / "ABSENT:" after a motion, stored as the
// motion's recorded vote the way Kent's "For (n)" lists are, names kept as printed.

TEST(MinutesRollCall, LabelsAndOutcomes)
{
    EXPECT_TRUE(VoteParser::isVoteLabel(QStringLiteral("AYES: Smith, Jones")));
    EXPECT_TRUE(VoteParser::isVoteLabel(QStringLiteral("Ayes (5): Smith, Jones")));
    EXPECT_FALSE(VoteParser::isVoteLabel(QStringLiteral("ABSENT: Brown"))); // continues a roll call only
    EXPECT_TRUE(VoteParser::isRollCallLabel(QStringLiteral("ABSENT: Brown")));
    EXPECT_FALSE(VoteParser::isVoteLabel(QStringLiteral("Ayesha Khan spoke about the plan.")));
    EXPECT_TRUE(VoteParser::isOutcome(QStringLiteral("Motion carried 5-2")));
    EXPECT_TRUE(VoteParser::isOutcome(QStringLiteral("MOTION CARRIED 5-0.")));
    EXPECT_EQ(VoteParser::outcomeWord(QStringLiteral("The motion passed unanimously.")), QStringLiteral("carried"));
    EXPECT_EQ(VoteParser::outcomeWord(QStringLiteral("Motion failed (2-3)")), QStringLiteral("lost"));
    EXPECT_EQ(VoteParser::leadInOutcome(QStringLiteral("Commissioner Perez moved to approve the calendar. MOTION "
                                                       "CARRIED BY THE FOLLOWING ROLL CALL VOTE:")),
              QStringLiteral("carried"));
    EXPECT_TRUE(VoteParser::leadInOutcome(QStringLiteral("The item was discussed.")).isEmpty());
}

TEST(MinutesRollCall, MotionThenRollCallIsAResolutionWithItsVote)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("Consent calendar items are considered routine matters. Commissioner Perez moved and"));
    sheet.line(QStringLiteral("Chair Ramirez seconded to approve the consent calendar as recommended. MOTION"));
    sheet.line(QStringLiteral("CARRIED BY THE FOLLOWING ROLL CALL VOTE:"));
    sheet.gap();
    sheet.row({{72, QStringLiteral("AYES:")},
               {160, QStringLiteral("Commissioners *Davis, **Hernandez, and Perez, Vice Chair Valencia,")}});
    sheet.at(160, QStringLiteral("and Chair Ramirez"));
    sheet.row({{72, QStringLiteral("NOES:")}, {160, QStringLiteral("None")}});
    sheet.row({{72, QStringLiteral("ABSENT:")}, {160, QStringLiteral("Commissioners Ayala and Rios")}});
    sheet.gap();
    sheet.line(QStringLiteral("The Housing Authority approved the minutes of the regular meeting as submitted."));
    const auto found = resolutionsOf(sheet, QStringLiteral("Housing Authority"));
    ASSERT_EQ(found.size(), 1);
    const Resolution& r = found.first().resolution;
    EXPECT_EQ(r.text,
              QStringLiteral("Commissioner Perez moved and Chair Ramirez seconded to approve the consent "
                             "calendar as recommended. MOTION CARRIED BY THE FOLLOWING ROLL CALL VOTE:"));
    EXPECT_TRUE(r.flags.contains(QStringLiteral("motion-without-resolved")));
    ASSERT_TRUE(r.votes.has_value());
    const RecordedVote& vote = *r.votes;
    EXPECT_EQ(vote.outcome, QStringLiteral("carried"));
    EXPECT_EQ(
        vote.forNames,
        (QStringList {QStringLiteral("Commissioners *Davis"), QStringLiteral("**Hernandez"), QStringLiteral("Perez"),
                      QStringLiteral("Vice Chair Valencia"), QStringLiteral("Chair Ramirez")}));
    EXPECT_TRUE(vote.againstNames.isEmpty()); // "None"
    EXPECT_EQ(vote.absentNames, (QStringList {QStringLiteral("Commissioners Ayala"), QStringLiteral("Rios")}));
    EXPECT_FALSE(vote.forCount.has_value()); // no count printed: none invented
    EXPECT_TRUE(vote.flags.isEmpty());
}

TEST(MinutesRollCall, TallyAfterTheNamesGivesCountsAndDisagreementsAreFlagged)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("Motion by Councilmember Jackson, second by Mayor Pro Tem Saemann, to adopt the"));
    sheet.line(QStringLiteral("resolution approving the parking plan."));
    sheet.line(QStringLiteral("AYES: Detoy, Francois, Jackson, Saemann NOES: Massey"));
    sheet.line(QStringLiteral("ABSTAIN: None"));
    sheet.line(QStringLiteral("Motion carried 5-1"));
    sheet.line(QStringLiteral("Motion by Councilmember Detoy, second by Councilmember Francois, to deny the appeal."));
    sheet.line(QStringLiteral("AYES: Detoy, Francois"));
    sheet.line(QStringLiteral("NOES: Jackson, Saemann, Massey"));
    sheet.line(QStringLiteral("Motion failed 2-3"));
    QList<RecordedVote> other;
    const auto found = resolutionsOf(sheet, QStringLiteral("Housing Authority"), &other);
    ASSERT_EQ(found.size(), 1); // the failed motion decided nothing
    const RecordedVote& vote = *found.first().resolution.votes;
    EXPECT_TRUE(found.first().resolution.text.startsWith(QStringLiteral("Motion by Councilmember Jackson")));
    EXPECT_EQ(vote.forNames.size(), 4);
    EXPECT_EQ(vote.againstNames, QStringList {QStringLiteral("Massey")});
    EXPECT_EQ(vote.forCount, 5);
    EXPECT_EQ(vote.againstCount, 1);
    ASSERT_EQ(vote.flags.size(), 1);
    EXPECT_TRUE(vote.flags.first().contains(QStringLiteral("5 printed, 4 names")));
    ASSERT_EQ(other.size(), 1);
    EXPECT_EQ(other.first().outcome, QStringLiteral("lost"));
    EXPECT_EQ(other.first().againstCount, 3);
}

TEST(MinutesRollCall, RollCallWithoutAMotionWaitsForTheResolution)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("The Chair called the roll."));
    sheet.line(QStringLiteral("AYES: Smith, Jones"));
    sheet.line(QStringLiteral("NOES: Brown"));
    sheet.line(QStringLiteral("RESOLVED that the budget be approved."));
    const auto found = resolutionsOf(sheet, QStringLiteral("Housing Authority"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_TRUE(found.first().resolution.flags.isEmpty());
    ASSERT_TRUE(found.first().resolution.votes.has_value());
    EXPECT_EQ(found.first().resolution.votes->againstNames, QStringList {QStringLiteral("Brown")});
}

TEST(MinutesRollCall, VotersAbsentFromTheRollAreFlaggedThroughTitlesAndFootnoteMarks)
{
    MinutesSheet sheet;
    sheet.at(200, QStringLiteral("MINUTES OF THE REGULAR MEETING"));
    sheet.at(210, QStringLiteral("NORWALK HOUSING AUTHORITY"));
    sheet.at(225, QStringLiteral("OCTOBER 18, 2022"));
    sheet.gap();
    sheet.line(QStringLiteral("PRESENT: Commissioners Davis, Perez and Chair Ramirez"));
    sheet.line(QStringLiteral("1. CONSENT CALENDAR"));
    sheet.line(QStringLiteral("Commissioner Perez moved and Chair Ramirez seconded to approve the consent calendar."));
    sheet.line(QStringLiteral("AYES: Commissioners *Davis, Perez, Vice Chair Valencia and Chair Ramirez"));
    sheet.line(QStringLiteral("NOES: None"));
    const auto result = MinutesParser::parse(sheet.document(), MinutesContext {});
    ASSERT_EQ(result.meetings.size(), 1);
    const Meeting& meeting = result.meetings.first();
    ASSERT_EQ(meeting.minutes.size(), 1);
    ASSERT_EQ(meeting.minutes.first().resolutions.size(), 1);
    const auto& votes = meeting.minutes.first().resolutions.first().votes;
    ASSERT_TRUE(votes.has_value());
    ASSERT_EQ(votes->flags.size(), 1);
    EXPECT_TRUE(votes->flags.first().contains(QStringLiteral("Vice Chair Valencia")));
    EXPECT_FALSE(votes->flags.first().contains(QStringLiteral("Davis")));
}
