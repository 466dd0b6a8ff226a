#include "MinutesSheet.h"

#include "minutes/AgreedDecisions.h"
#include "minutes/ResolutionParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::labels;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::resolutionsOf;

// Decisions recorded without "RESOLVED": each becomes a resolution of its minute flagged
// "agreed-without-resolved", so the register can say how the decision was printed.

namespace {

bool flaggedAgreed(const Resolution& r)
{
    return r.flags.contains(QStringLiteral("agreed-without-resolved"));
}

} // namespace

TEST(MinutesAgreed, MotionFollowedByAgreedUnanimouslyIsTheDecision)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("Members discussed the proposals at length."));
    sheet.line(QStringLiteral("Mrs Smith proposed, and Mr Jones seconded, that the recommendations in the report be"));
    sheet.line(QStringLiteral("approved."));
    sheet.at(400, QStringLiteral("Agreed unanimously."));
    const auto found = resolutionsOf(sheet, QStringLiteral("Panel"));
    ASSERT_EQ(found.size(), 1);
    const Resolution& r = found.first().resolution;
    EXPECT_EQ(r.text,
              QStringLiteral("Mrs Smith proposed, and Mr Jones seconded, that the recommendations in the "
                             "report be approved. Agreed unanimously."));
    EXPECT_TRUE(flaggedAgreed(r));
    EXPECT_TRUE(found.first().agreedProse);
    EXPECT_EQ(r.pdfPage, 1);

    // An outcome after mere discussion, or after an amendment, decides nothing by itself.
    MinutesSheet chat;
    chat.line(QStringLiteral("Members discussed the proposals at length."));
    chat.line(QStringLiteral("Agreed."));
    chat.line(QStringLiteral("Mr Jones moved an amendment to add a further recommendation."));
    chat.line(QStringLiteral("Agreed unanimously."));
    EXPECT_TRUE(resolutionsOf(chat, QStringLiteral("Panel")).isEmpty());
}

TEST(MinutesAgreed, TheBodyAgreedAndItWasAgreedAreDecisionsButAnOfficersUndertakingIsNot)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("The Director of Education agreed to circulate the figures."));
    sheet.line(QStringLiteral("The Committee agreed the revised terms of reference."));
    sheet.line(QStringLiteral("Following debate it was unanimously agreed that a site visit be arranged."));
    sheet.line(QStringLiteral("The Chairman of the Panel agreed that the work was recognised."));
    sheet.line(QStringLiteral("Members agreed to hold an extra meeting in January."));
    const auto found = resolutionsOf(sheet, QStringLiteral("Panel"));
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found.at(0).resolution.text, QStringLiteral("The Committee agreed the revised terms of reference."));
    EXPECT_EQ(found.at(1).resolution.text,
              QStringLiteral("Following debate it was unanimously agreed that a site visit be arranged."));
    EXPECT_EQ(found.at(2).resolution.text, QStringLiteral("Members agreed to hold an extra meeting in January."));
    for (const ParsedResolution& p : found)
        EXPECT_TRUE(flaggedAgreed(p.resolution));
}

TEST(MinutesAgreed, AgreedLeadTakesItsClauses)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("The Panel agreed:"));
    sheet.line(QStringLiteral("a) to note the report;"));
    sheet.line(QStringLiteral("b) that the Director be asked to report back in March 2020; and"));
    sheet.line(QStringLiteral("c) to thank the officers."));
    sheet.gap();
    sheet.line(QStringLiteral("The meeting moved on to the next item."));
    const auto found = resolutionsOf(sheet, QStringLiteral("Panel"));
    ASSERT_EQ(found.size(), 1);
    const Resolution& r = found.first().resolution;
    EXPECT_EQ(labels(r.clauses), (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    EXPECT_EQ(r.clauses.at(1).text, QStringLiteral("that the Director be asked to report back in March 2020; and"));
    EXPECT_TRUE(flaggedAgreed(r));
    EXPECT_FALSE(r.text.contains(QStringLiteral("next item")));

    EXPECT_TRUE(AgreedDecisions::isAgreedLead(QStringLiteral("It was agreed that:-"), QString()));
    EXPECT_TRUE(AgreedDecisions::isAgreedLead(QStringLiteral("The Cabinet unanimously agreed the following:"),
                                              QStringLiteral("Cabinet")));
    EXPECT_FALSE(AgreedDecisions::isAgreedLead(QStringLiteral("The Director agreed:"), QStringLiteral("Panel")));
}

TEST(MinutesAgreed, FormalResolutionsAndQuotedTextWin)
{
    MinutesSheet formal;
    formal.line(QStringLiteral("The Committee agreed to take the item first."));
    formal.line(QStringLiteral("RESOLVED: That the report be noted."));
    const auto one = resolutionsOf(formal, QStringLiteral("Committee"));
    ASSERT_EQ(one.size(), 1);
    EXPECT_TRUE(one.first().resolution.flags.isEmpty());

    MinutesSheet quoted;
    quoted.line(
        QStringLiteral("The report recalled that \u201cit was agreed that the scheme be extended\u201d in 2017."));
    quoted.line(QStringLiteral("The Panel agreed to defer the item."));
    const auto unquoted = resolutionsOf(quoted, QStringLiteral("Panel"));
    ASSERT_EQ(unquoted.size(), 1);
    EXPECT_EQ(unquoted.first().resolution.text, QStringLiteral("The Panel agreed to defer the item."));
}

TEST(MinutesAgreed, StandAloneMinutesRecordAgreedDecisionsOnTheirMinute)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("Children and Families Overview and Scrutiny Panel"));
    sheet.line(QStringLiteral("Wednesday, 11 September 2019, County Hall, Worcester - 10.00 am"));
    sheet.line(QStringLiteral("Present: Mrs F M Oborski (Chairman) and Mr T Baker-Price"));
    sheet.line(QStringLiteral("389 Apologies and Welcome"));
    sheet.line(QStringLiteral("Apologies were received from Ms R L Dent."));
    sheet.line(QStringLiteral("390 Work Programme"));
    sheet.line(QStringLiteral("The Panel agreed that the Work Programme be updated with a visit to the centre."));
    sheet.line(QStringLiteral("The Assistant Director agreed to arrange the visit."));
    const auto result = MinutesParser::parse(sheet.document(), MinutesContext {});
    const Meeting* meeting = scrutineer::testing::onlyMeeting(result);
    ASSERT_NE(meeting, nullptr);
    const Minute* apologies = scrutineer::testing::minuteNumbered(*meeting, QStringLiteral("389"));
    const Minute* programme = scrutineer::testing::minuteNumbered(*meeting, QStringLiteral("390"));
    ASSERT_NE(apologies, nullptr);
    ASSERT_NE(programme, nullptr);
    EXPECT_TRUE(apologies->resolutions.isEmpty());
    ASSERT_EQ(programme->resolutions.size(), 1);
    EXPECT_TRUE(flaggedAgreed(programme->resolutions.first()));
    EXPECT_TRUE(programme->resolutions.first().text.startsWith(QStringLiteral("The Panel agreed that")));
}

TEST(MinutesAgreed, AParagraphsNumberIsNotPartOfTheDecision)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("9)   Tributes were made by Mrs Dean and Mr Brady."));
    sheet.line(QStringLiteral("10) Mrs Smith proposed, and Mr Jones seconded, that the Council record its thanks."));
    sheet.at(400, QStringLiteral("Agreed unanimously."));
    sheet.line(
        QStringLiteral("(11) The Chairman proposed that the meeting be extended and it was agreed unanimously."));
    const auto found = resolutionsOf(sheet, QStringLiteral("Panel"));
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(
        found.at(0).resolution.text,
        QStringLiteral(
            "Mrs Smith proposed, and Mr Jones seconded, that the Council record its thanks. Agreed unanimously."));
    EXPECT_EQ(found.at(1).resolution.text,
              QStringLiteral("The Chairman proposed that the meeting be extended and it was agreed unanimously."));

    // A number inside a line is the text's own ("… under paragraph 10) of …" is not a label).
    MinutesSheet inline_;
    inline_.line(QStringLiteral("Members noted the figures in table 3. Mrs Smith proposed that the"));
    inline_.line(QStringLiteral("report be approved and it was agreed unanimously."));
    const auto kept = resolutionsOf(inline_, QStringLiteral("Panel"));
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.first().resolution.text,
              QStringLiteral("Mrs Smith proposed that the report be approved and it was agreed unanimously."));
}

// The body noting a paper is its decision as "agreed" is: "The Committee noted the update.", and
// a lead-in "The Committee noted the report and agreed:" over its clauses. "Members noted that
// ..." and "Members noted the figures" report the discussion and decide nothing.
TEST(MinutesAgreed, TheBodyNotingAPaperIsADecisionButNotingThatIsNot)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("Members noted that waiting times had fallen since October."));
    sheet.line(QStringLiteral("The Committee noted that the figures were provisional."));
    sheet.line(QStringLiteral("Members noted the figures in the table."));
    sheet.line(QStringLiteral("The Committee noted the update."));
    const auto found = resolutionsOf(sheet, QStringLiteral("Joint Scrutiny Committee"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().resolution.text, QStringLiteral("The Committee noted the update."));
    EXPECT_TRUE(flaggedAgreed(found.first().resolution));

    MinutesSheet lead;
    lead.line(QStringLiteral("Members noted that handover delays remained high."));
    lead.line(QStringLiteral("The Committee noted the report and agreed:"));
    lead.line(QStringLiteral("(a) to ask the Care Board to circulate the figures monthly; and"));
    lead.line(QStringLiteral("(b) to invite the Ambulance Service to attend the March meeting."));
    const auto decided = resolutionsOf(lead, QStringLiteral("Joint Scrutiny Committee"));
    ASSERT_EQ(decided.size(), 1);
    EXPECT_EQ(labels(decided.first().resolution.clauses), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_TRUE(flaggedAgreed(decided.first().resolution));

    EXPECT_TRUE(AgreedDecisions::isAgreedLead(QStringLiteral("The Panel noted the report and agreed:"),
                                              QStringLiteral("Panel")));
    EXPECT_FALSE(AgreedDecisions::isAgreedLead(QStringLiteral("The Panel noted that officers agreed:"),
                                               QStringLiteral("Panel")));
}
