#include "MinutesSheet.h"

#include "minutes/ResolutionParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::labels;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::resolutionsOf;

TEST(MinutesResolutions, ResolvedColonThenThatOnTheNextLine)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("RESOLVED:"));
    sheet.line(
        QStringLiteral("That the Minutes of the meeting held on 20 March 2018, be confirmed as a correct record."));
    const auto found = resolutionsOf(sheet, QStringLiteral("Committee"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(
        found.first().resolution.text,
        QStringLiteral("That the Minutes of the meeting held on 20 March 2018, be confirmed as a correct record."));
    EXPECT_TRUE(found.first().resolution.clauses.isEmpty());
    EXPECT_EQ(found.first().resolution.pdfPage, 1);
}

TEST(MinutesResolutions, ResolvedThatWithClausesAcrossAPageBreakAndRunningHeader)
{
    MinutesSheet sheet(9);
    sheet.at(72, QStringLiteral("OVERVIEW AND SCRUTINY COMMITTEE - TUESDAY 10TH JULY, 2018"));
    sheet.line(QStringLiteral("The refreshed Improvement Plan was likely to be submitted in September 2018."));
    sheet.line(QStringLiteral("RESOLVED: That"));
    sheet.pageBreak();
    sheet.at(72, QStringLiteral("OVERVIEW AND SCRUTINY COMMITTEE - TUESDAY 10TH JULY, 2018"));
    sheet.line(
        QStringLiteral("(1) the Committee continues to receive bi-annual reports and updated performance scorecards;"));
    sheet.line(
        QStringLiteral("(2) the Committee receives the reviewed and refreshed version of the Children's Social Care"));
    sheet.at(90, QStringLiteral("Improvement Plan at the September meeting; and"));
    sheet.line(
        QStringLiteral("(3) the receipt of information on Serious Case Reviews be added to the Work Programme."));
    sheet.pageBreak();
    sheet.at(72, QStringLiteral("OVERVIEW AND SCRUTINY COMMITTEE - TUESDAY 10TH JULY, 2018"));
    sheet.line(QStringLiteral("Nothing else happened."));
    const auto found = resolutionsOf(sheet, QStringLiteral("Committee"));
    ASSERT_EQ(found.size(), 1);
    const Resolution& r = found.first().resolution;
    EXPECT_EQ(labels(r.clauses), (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    EXPECT_EQ(r.clauses.at(1).text,
              QStringLiteral("the Committee receives the reviewed and refreshed version of the "
                             "Children's Social Care Improvement Plan at the September meeting; and"));
    EXPECT_FALSE(r.text.contains(QStringLiteral("TUESDAY")));
    EXPECT_EQ(r.pdfPage, 9);
}

TEST(MinutesResolutions, ConditionalResolutionRecordsItsCondition)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("RESOLVED:"));
    sheet.line(QStringLiteral(
        "That provided the recommendations are subject to any budget implications and the inclusion of"));
    sheet.line(
        QStringLiteral("the revised recommendation 1 (h), the report and the following recommendations be supported"));
    sheet.line(QStringLiteral("and commended to the Cabinet for approval:-"));
    sheet.line(QStringLiteral("(1) That the Head of Schools and Families be requested to:-"));
    sheet.line(QStringLiteral("(a) Review the current provision of units within schools;"));
    sheet.line(
        QStringLiteral("(2) That the Head of Health and Wellbeing be requested to ensure the School Nurse acts."));
    const auto found = resolutionsOf(sheet, QStringLiteral("Committee"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().resolution.condition,
              QStringLiteral("provided the recommendations are subject to any budget implications and the inclusion of "
                             "the revised recommendation 1 (h)"));
    EXPECT_EQ(labels(found.first().resolution.clauses), (QStringList {QStringLiteral("1"), QStringLiteral("2")}));
    EXPECT_EQ(labels(found.first().resolution.clauses.first().clauses), QStringList {QStringLiteral("a")});
}

TEST(MinutesResolutions, KentResolvedInsideANumberedParagraphEndsAtTheNextParagraph)
{
    MinutesSheet sheet;
    sheet.row({{90, QStringLiteral("26)")},
               {120, QStringLiteral("Finally, the Leader wished those standing in the elections good luck.")}});
    sheet.gap();
    sheet.row({{90, QStringLiteral("27)")}, {120, QStringLiteral("RESOLVED that the Leader's report be noted.")}});
    sheet.gap();
    sheet.row({{90, QStringLiteral("28)")}, {120, QStringLiteral("The Chairman thanked the Leader.")}});
    const auto found = resolutionsOf(sheet, QStringLiteral("County Council"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().resolution.text, QStringLiteral("that the Leader's report be noted."));
}

TEST(MinutesResolutions, KentParagraphResolutionKeepsItsIndentedParagraphsAndStopsAtTheMargin)
{
    MinutesSheet sheet;
    sheet.row({{90, QStringLiteral("5)")}, {120, QStringLiteral("RESOLVED that:")}});
    sheet.gap();
    sheet.at(120, QStringLiteral("Members note all that is being done to deliver the Armed Forces Covenant."));
    sheet.gap();
    sheet.at(120, QStringLiteral("Members continue to support the Armed Forces Covenant across the county."));
    sheet.gap();
    sheet.at(
        90, QStringLiteral("In accordance with paragraph 16.31 of the Constitution, Rich Lehmann wished it recorded."));
    const auto found = resolutionsOf(sheet, QStringLiteral("County Council"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_TRUE(found.first().resolution.text.contains(QStringLiteral("Members continue to support")));
    EXPECT_FALSE(found.first().resolution.text.contains(QStringLiteral("Lehmann")));
}

TEST(MinutesResolutions, ResolvedThatCouncilWithRomanClauses)
{
    MinutesSheet sheet;
    sheet.row({{90, QStringLiteral("3)")}, {120, QStringLiteral("RESOLVED that Council:")}});
    sheet.row({{120, QStringLiteral("(i)")}, {150, QStringLiteral("Notes the Inspector's Report;")}});
    sheet.row({{120, QStringLiteral("(ii)")},
               {150, QStringLiteral("Notes the content of the Sustainability Appraisal; and,")}});
    sheet.row({{120, QStringLiteral("(iii)")},
               {150, QStringLiteral("Adopts the Kent Minerals and Waste Local Plan 2024-2039; and")}});
    sheet.row({{120, QStringLiteral("(iv)")}, {150, QStringLiteral("Delegates authority to the Corporate Director.")}});
    const auto found = resolutionsOf(sheet, QStringLiteral("County Council"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(labels(found.first().resolution.clauses),
              (QStringList {QStringLiteral("i"), QStringLiteral("ii"), QStringLiteral("iii"), QStringLiteral("iv")}));
    EXPECT_EQ(found.first().clauses.lead, QStringLiteral("that Council:"));
}

TEST(MinutesResolutions, HerefordshireProseCarriedAndCommitteeShapes)
{
    MinutesSheet sheet;
    sheet.line(
        QStringLiteral("With this point noted, it was resolved that the minutes of 5 August 2021 be approved and"));
    sheet.line(QStringLiteral("signed by the chairperson."));
    sheet.line(QStringLiteral("The recommendations below were proposed and seconded and carried unanimously."));
    sheet.line(
        QStringLiteral("That the committee having reviewed the update report makes the following recommendations:"));
    sheet.line(QStringLiteral("a) That progress on development with heat maps be shared with the committee by 23"));
    sheet.at(90, QStringLiteral("November 2021;"));
    sheet.line(QStringLiteral("b) That development sessions include members of the legal team."));
    sheet.line(QStringLiteral("Mr Andy James left the meeting at the conclusion of this item."));
    sheet.line(QStringLiteral("The committee"));
    sheet.line(QStringLiteral("a) Notes the updated recommendation tracker in appendix 1; and"));
    sheet.line(QStringLiteral("b) Agrees the work programme at appendix 2 with the following amendments:"));
    sheet.at(80, QStringLiteral("i. A report on health and wellbeing be scheduled for the December meeting"));
    sheet.at(80, QStringLiteral("ii. A report on holiday activities be scheduled for the December meeting"));
    const auto found = resolutionsOf(sheet, QStringLiteral("Children and Young People Scrutiny Committee"));
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found.at(0).resolution.text,
              QStringLiteral("that the minutes of 5 August 2021 be approved and signed by the chairperson."));
    EXPECT_EQ(labels(found.at(1).resolution.clauses), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_FALSE(found.at(1).resolution.text.contains(QStringLiteral("Andy James")));
    EXPECT_EQ(labels(found.at(2).resolution.clauses), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(labels(found.at(2).resolution.clauses.at(1).clauses),
              (QStringList {QStringLiteral("i"), QStringLiteral("ii")}));
}

TEST(MinutesResolutions, AgreedProseOnlyWhereNothingWasResolved)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral(
        "The Minutes of the Meeting held on 17 July 2019 were agreed as a correct record and signed by the"));
    sheet.line(QStringLiteral("Chairman. The Chairman of the Panel agreed that the work was recognised."));
    sheet.line(
        QStringLiteral("\u2022 It was agreed that the PI relating to Outstanding Statements should be removed."));
    const auto found = resolutionsOf(sheet, QStringLiteral("Panel"));
    ASSERT_EQ(found.size(), 2);
    EXPECT_TRUE(found.at(0).agreedProse);
    EXPECT_TRUE(
        found.at(0).resolution.text.startsWith(QStringLiteral("The Minutes of the Meeting held on 17 July 2019")));
    EXPECT_EQ(found.at(1).resolution.text,
              QStringLiteral("It was agreed that the PI relating to Outstanding Statements should be removed."));

    MinutesSheet formal;
    formal.line(QStringLiteral("It was agreed that the item be taken first."));
    formal.line(QStringLiteral("RESOLVED: That the report be noted."));
    const auto one = resolutionsOf(formal, QStringLiteral("Committee"));
    ASSERT_EQ(one.size(), 1);
    EXPECT_FALSE(one.first().agreedProse);
}

TEST(MinutesResolutions, AMotionDecidedInOneSentenceBesideFormalResolutions)
{
    MinutesSheet sheet;
    // A motion whose quotation the minutes never close, put to the vote and carried...
    sheet.line(QStringLiteral("1) Mr Ash proposed, and Mr Birch seconded the motion that"));
    sheet.line(QStringLiteral("\u201cThis Council notes:"));
    sheet.line(QStringLiteral("a. It was agreed that rural bus services matter."));
    sheet.gap();
    sheet.line(QStringLiteral("2) Following the debate, the Chairman put the motion to the vote."));
    sheet.line(QStringLiteral("Motion carried."));
    sheet.gap();
    // ... restated at once by a formal resolution: one decision, not two.
    sheet.line(QStringLiteral("3) RESOLVED that rural bus services matter."));
    sheet.gap();
    // A procedural decision taken on the spot, with no RESOLVED of its own.
    sheet.line(QStringLiteral("4) The Chairman proposed that Council resolve to extend the meeting beyond"));
    sheet.line(QStringLiteral("4.30pm and it was agreed unanimously."));
    sheet.gap();
    sheet.line(QStringLiteral("5) Mrs Cole proposed that the item be deferred and this was carried."));
    sheet.line(QStringLiteral("RESOLVED that the item be deferred to the next meeting."));
    const auto found = resolutionsOf(sheet, QStringLiteral("County Council"));
    ASSERT_EQ(found.size(), 3);
    EXPECT_TRUE(found.at(0).resolution.text.contains(QStringLiteral("rural bus services matter")));
    EXPECT_FALSE(found.at(0).agreedProse);
    EXPECT_TRUE(found.at(1).agreedProse);
    EXPECT_TRUE(found.at(1).resolution.text.contains(QStringLiteral("extend the meeting beyond 4.30pm")));
    EXPECT_TRUE(found.at(2).resolution.text.contains(QStringLiteral("deferred to the next meeting")));
    EXPECT_FALSE(found.at(2).agreedProse);
}

TEST(MinutesResolutions, QuotedAndOtherBodiesResolutionsAreNotThisBodys)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("The report reminded Members that the Committee had previously resolved:"));
    sheet.line(QStringLiteral("\u201cRESOLVED:"));
    sheet.line(QStringLiteral("That provided the report and the following recommendations be supported:-"));
    sheet.line(QStringLiteral("(3) the Committee be requested to consider the matter.\u201d (Minute No. 12 refers)."));
    sheet.line(QStringLiteral("The Cabinet Member's report quoted the decision taken in March: \u201cThe Committee"));
    sheet.line(QStringLiteral("RESOLVED: That the Head of Service be requested to report back.\u201d"));
    sheet.gap();
    sheet.line(QStringLiteral("The Cabinet had resolved that the strategy be adopted."));
    sheet.line(QStringLiteral("The Working Group resolved that a visit be arranged."));
    sheet.line(QStringLiteral("Resolved, That the Report be the First Report of the Committee to the House."));
    EXPECT_TRUE(resolutionsOf(sheet, QStringLiteral("Committee")).isEmpty());
}

TEST(MinutesResolutions, RecordedVoteBelongsToTheResolutionAndKeepsDisagreements)
{
    MinutesSheet sheet;
    sheet.row({{90, QStringLiteral("1)")},
               {120, QStringLiteral("Mr Murphy proposed, and Mr Thomas seconded the motion that")}});
    sheet.at(120, QStringLiteral("\u201cCouncil is asked to:"));
    sheet.at(120, QStringLiteral("(i) Adopt the Local Plan.\u201d"));
    sheet.row({{90, QStringLiteral("2)")}, {120, QStringLiteral("Following the debate, the voting was as follows:")}});
    sheet.at(72, QStringLiteral("For (4)"));
    sheet.at(72, QStringLiteral("Mr Baker, Mr Baldock, Mr Hood, Mr"));
    sheet.at(72, QStringLiteral("Booth, Mr Kite MBE"));
    sheet.at(72, QStringLiteral("Against (1)"));
    sheet.at(72, QStringLiteral("Mr Hood, Mrs Wright"));
    sheet.at(72, QStringLiteral("Abstain (0)"));
    sheet.at(400, QStringLiteral("Motion carried."));
    sheet.row({{90, QStringLiteral("3)")}, {120, QStringLiteral("RESOLVED that Council adopts the Local Plan.")}});
    const auto found = resolutionsOf(sheet, QStringLiteral("County Council"));
    ASSERT_EQ(found.size(), 1); // the quoted motion is the same decision
    ASSERT_TRUE(found.first().resolution.votes.has_value());
    const RecordedVote& vote = *found.first().resolution.votes;
    EXPECT_EQ(vote.forCount, 4);
    EXPECT_EQ(vote.againstCount, 1);
    EXPECT_EQ(vote.abstainCount, 0);
    EXPECT_EQ(vote.outcome, QStringLiteral("carried"));
    EXPECT_EQ(vote.forNames,
              (QStringList {QStringLiteral("Mr Baker"), QStringLiteral("Mr Baldock"), QStringLiteral("Mr Hood"),
                            QStringLiteral("Mr Booth"), QStringLiteral("Mr Kite MBE")}));
    EXPECT_EQ(vote.againstNames.size(), 2);
    EXPECT_TRUE(vote.abstainNames.isEmpty());
    ASSERT_EQ(vote.flags.size(), 3);
    EXPECT_TRUE(vote.flags.at(0).contains(QStringLiteral("4 printed, 5 names")));
    EXPECT_TRUE(vote.flags.at(1).contains(QStringLiteral("1 printed, 2 names")));
    EXPECT_TRUE(vote.flags.at(2).contains(QStringLiteral("Mr Hood")));
}

TEST(MinutesResolutions, VotesNoResolutionTookAndAbsentVotersAreFlagged)
{
    MinutesSheet sheet;
    sheet.at(234, QStringLiteral("KENT COUNTY COUNCIL"));
    sheet.at(90, QStringLiteral("MINUTES of a meeting of the County Council held in the Council Chamber on"));
    sheet.at(90, QStringLiteral("Thursday, 13 March 2025."));
    sheet.at(90, QStringLiteral("PRESENT: Mr A Baker, Mr B Hood and Mrs C Wright"));
    sheet.gap();
    sheet.row({{54, QStringLiteral("306.")}, {90, QStringLiteral("Governance Updates")}});
    sheet.at(90, QStringLiteral("(Item 15)"));
    sheet.row({{90, QStringLiteral("5)")}, {120, QStringLiteral("The Chairman put the amendment to the vote:")}});
    sheet.at(90, QStringLiteral("For (2)"));
    sheet.at(90, QStringLiteral("Mr Baker, Mr Hood"));
    sheet.at(90, QStringLiteral("Against (1)"));
    sheet.at(90, QStringLiteral("Mr Hood"));
    sheet.at(400, QStringLiteral("Amendment carried"));
    sheet.row(
        {{90, QStringLiteral("6)")}, {120, QStringLiteral("The Chairman put the substantive motion to the vote:")}});
    sheet.at(90, QStringLiteral("For (3)"));
    sheet.at(90, QStringLiteral("Mr Baker, Mrs Wright, Mr Kennedy"));
    sheet.at(90, QStringLiteral("Against (0)"));
    sheet.at(400, QStringLiteral("Substantive Motion carried."));
    sheet.row({{90, QStringLiteral("7)")}, {120, QStringLiteral("RESOLVED that Council approves the changes.")}});
    const auto result = MinutesParser::parse(sheet.document(), MinutesContext {});
    ASSERT_EQ(result.meetings.size(), 1);
    const Minute& minute = result.meetings.first().minutes.first();
    ASSERT_EQ(minute.resolutions.size(), 1);
    ASSERT_TRUE(minute.resolutions.first().votes.has_value());
    const RecordedVote& vote = *minute.resolutions.first().votes;
    EXPECT_EQ(vote.forCount, 3); // the substantive motion's vote, not the amendment's
    ASSERT_EQ(vote.flags.size(), 1);
    EXPECT_TRUE(vote.flags.first().contains(QStringLiteral("Mr Kennedy")));
    // The amendment's vote belongs to no resolution, but its defect is still reported.
    bool both = false;
    for (const QString& w : result.warnings)
        both = both || (w.contains(QStringLiteral("Mr Hood")) && w.contains(QStringLiteral("306")));
    EXPECT_TRUE(both);
}
