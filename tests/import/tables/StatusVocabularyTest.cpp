#include "tables/StatusVocabulary.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::parse::StatusVocabulary;

TEST(StatusVocabulary, SixPhraseKeyInFull)
{
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Action complete")), ActionStatus::Complete);
    EXPECT_EQ(StatusVocabulary::match(
                  QStringLiteral("Action not yet completed, but on track and will be completed by milestone")),
              ActionStatus::OnTrack);
    EXPECT_EQ(StatusVocabulary::match(
                  QStringLiteral("Activity progressing, some issues but realistic plans in place to recover")),
              ActionStatus::AtRisk);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Action not on track, risk to implementation")),
              ActionStatus::OffTrack);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral(
                  "Longer-term action not yet started. No risk to implementation currently anticipated")),
              ActionStatus::NotStarted);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Business As Usual Activity")), ActionStatus::BusinessAsUsual);
}

TEST(StatusVocabulary, CutVariedAndQualifiedPhrases)
{
    // cut to the first clause
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Action not yet completed, but on track")), ActionStatus::OnTrack);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Activity progressing")), ActionStatus::AtRisk);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Action not on track")), ActionStatus::OffTrack);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Longer-term action not yet started.")), ActionStatus::NotStarted);
    // case and number
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("ACTIONS COMPLETED")), ActionStatus::Complete);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("business as usual")), ActionStatus::BusinessAsUsual);
    // a qualifier after a dash
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Action complete \u2013 signed off by the Board")),
              ActionStatus::Complete);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Action not on track - awaiting funding")),
              ActionStatus::OffTrack);
}

TEST(StatusVocabulary, ShortWordsAndAmbiguity)
{
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Completed")), ActionStatus::Complete);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Complete - briefing note sent")), ActionStatus::Complete);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Ongoing")), ActionStatus::Open);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("On-going")), ActionStatus::Open);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("On track")), ActionStatus::OnTrack);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Amber")), ActionStatus::AtRisk);
    // "Action not" opens both the on-track and the off-track phrase: no guess
    EXPECT_FALSE(StatusVocabulary::match(QStringLiteral("Action not")).has_value());
    EXPECT_FALSE(StatusVocabulary::match(QStringLiteral("Action")).has_value());
    EXPECT_FALSE(StatusVocabulary::match(QStringLiteral("Briefing paper due to be discussed")).has_value());
    EXPECT_FALSE(StatusVocabulary::match(QString()).has_value());
}

TEST(StatusVocabulary, DeliveryPlanAndActionLogWordsFromTheLexicon)
{
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("At risk")), ActionStatus::AtRisk);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Off track")), ActionStatus::OffTrack);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Not on track - awaiting funding")), ActionStatus::OffTrack);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Closed")), ActionStatus::Complete);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Open")), ActionStatus::Open);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Not yet commenced")), ActionStatus::NotStarted);
    // Improvement plans' slippage scale: minor slippage is recoverable, significant slippage is not.
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Minor slippage")), ActionStatus::AtRisk);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Significant slippage")), ActionStatus::OffTrack);
    // Words with no agreed meaning stay unmatched: kept as printed by the callers.
    EXPECT_FALSE(StatusVocabulary::match(QStringLiteral("Superseded")).has_value());
    EXPECT_FALSE(StatusVocabulary::match(QStringLiteral("Delayed")).has_value());
    EXPECT_FALSE(StatusVocabulary::match(QStringLiteral("Deferred to 2026")).has_value());
    // One status word opening a sentence is an action, not a status; before a mark or in a few
    // words it is the status with a qualifier.
    EXPECT_FALSE(StatusVocabulary::match(QStringLiteral("Open family hub 11 in the north")).has_value());
    EXPECT_FALSE(StatusVocabulary::match(QStringLiteral("Complete the audit of all contacts this year")).has_value());
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Closed (agreed at the May meeting)")), ActionStatus::Complete);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("Completed in March 2024")), ActionStatus::Complete);
}

TEST(StatusVocabulary, AShareOfTheWorkDone)
{
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("75% complete")), ActionStatus::Open);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("100% complete")), ActionStatus::Complete);
    EXPECT_EQ(StatusVocabulary::match(QStringLiteral("0% done")), ActionStatus::NotStarted);
    EXPECT_FALSE(StatusVocabulary::match(QStringLiteral("75%")).has_value()); // a figure, not a status
    EXPECT_FALSE(StatusVocabulary::match(QStringLiteral("75% of homes")).has_value());
}

TEST(StatusVocabulary, StatusInsideTheDateCell)
{
    auto cell = StatusVocabulary::splitDateCell(QStringLiteral("Aug 2018 COMPLETE"));
    EXPECT_EQ(cell.dateText, QStringLiteral("Aug 2018"));
    EXPECT_EQ(cell.statusText, QStringLiteral("COMPLETE"));
    EXPECT_EQ(cell.status, ActionStatus::Complete);

    cell = StatusVocabulary::splitDateCell(QStringLiteral("Completed Sept 2018"));
    EXPECT_EQ(cell.dateText, QStringLiteral("Sept 2018"));
    EXPECT_EQ(cell.status, ActionStatus::Complete);

    cell = StatusVocabulary::splitDateCell(QStringLiteral("By end of Q3"));
    EXPECT_EQ(cell.dateText, QStringLiteral("By end of Q3"));
    EXPECT_FALSE(cell.status.has_value());
    EXPECT_TRUE(cell.statusText.isEmpty());

    cell = StatusVocabulary::splitDateCell(QStringLiteral("Ongoing"));
    EXPECT_EQ(cell.dateText, QStringLiteral("Ongoing"));
    EXPECT_TRUE(cell.statusText.isEmpty());
    EXPECT_EQ(cell.status, ActionStatus::Open);

    cell = StatusVocabulary::splitDateCell(QStringLiteral("Nov '18"));
    EXPECT_EQ(cell.dateText, QStringLiteral("Nov '18"));
    EXPECT_FALSE(cell.status.has_value());
}

// A due cell that prints a revised date after the original, stacked or in brackets: the revised
// date is when the action is now due; the original is kept; the last of several revisions wins.
TEST(StatusVocabulary, RevisedDateInsideTheDateCell)
{
    auto cell = StatusVocabulary::splitDateCell(QStringLiteral("30/09/2024\nRevised\n30/06/2025"));
    EXPECT_EQ(cell.dateText, QStringLiteral("30/06/2025"));
    EXPECT_EQ(cell.originalText, QStringLiteral("30/09/2024"));

    cell = StatusVocabulary::splitDateCell(QStringLiteral("Mar 2025 (revised to Jun 2025)"));
    EXPECT_EQ(cell.dateText, QStringLiteral("Jun 2025"));
    EXPECT_EQ(cell.originalText, QStringLiteral("Mar 2025"));

    cell = StatusVocabulary::splitDateCell(QStringLiteral("Dec 24 Revised: Mar 25 Revised: Jun 25"));
    EXPECT_EQ(cell.dateText, QStringLiteral("Jun 25"));
    EXPECT_EQ(cell.originalText, QStringLiteral("Dec 24"));

    // A revision only proposed, in words before its date, is not made yet.
    cell = StatusVocabulary::splitDateCell(QStringLiteral("31 March 2025 (revised date proposed: 30 June 2025)"));
    EXPECT_EQ(cell.dateText, QStringLiteral("31 March 2025 (revised date proposed: 30 June 2025)"));
    EXPECT_TRUE(cell.originalText.isEmpty());

    // A revision word with no date after it changes nothing.
    cell = StatusVocabulary::splitDateCell(QStringLiteral("31/03/2025 to be revised"));
    EXPECT_EQ(cell.dateText, QStringLiteral("31/03/2025 to be revised"));
    EXPECT_TRUE(cell.originalText.isEmpty());
}
