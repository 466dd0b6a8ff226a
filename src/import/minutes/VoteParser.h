#pragma once

#include "Resolution.h"
#include "minutes/MinutesLines.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Recorded votes as Kent prints them: "For (52)" / names / "Against (0)" / "Abstain (11)" /
// names / right-aligned "Motion carried." (or the first names after the count: "For (7): Cllr A,
// Mr B,"); and US roll calls: "AYES: Smith, Jones" / "NOES: None"
// / "ABSTAIN: ..." / "ABSENT: ..." (several labels may share a line), with "Motion carried 5-2"
// after them or "MOTION CARRIED BY THE FOLLOWING ROLL CALL VOTE:" before; and a tally of every side
// on one line, without names ("Voting: For 7, Against 3, Abstentions 1"). Names wrap ("Mr" /
// "Booth") and are joined before splitting on commas. Counts (labels or tally) and names are
// kept as printed; disagreements between them and names on both sides are flagged, never
// repaired. Stateless; any thread.
namespace scrutineer::parse {

class VoteParser final {
    Q_DECLARE_TR_FUNCTIONS(VoteParser)

public:
    // A line that opens a vote: "For (52)", "Against (0)", "Abstain (11)", "For (7): Cllr A, Mr B",
    // "AYES: Smith, Jones", "Voting: For 7, Against 3, Abstentions 1".
    static bool isVoteLabel(const QString& text);
    // A US roll-call label of any side: "AYES:", "NOES:", "ABSTAIN:", "ABSENT:", "RECUSED:".
    static bool isRollCallLabel(const QString& text);
    // "Motion carried.", "Amendment carried", "Substantive Motion carried.", "Agreed.", "Agreed unanimously.",
    // "Motion carried 5-2", "The motion passed unanimously."
    static bool isOutcome(const QString& text);
    static QString outcomeWord(const QString& text); // "carried", "lost", "agreed"
    // The outcome announced before a roll call: "MOTION CARRIED BY THE FOLLOWING ROLL CALL VOTE:"
    // or "Motion carried 5-0" ending the text; empty when there is none.
    static QString leadInOutcome(const QString& text);

    // A count of both sides printed inside a decision's own text, as UK minutes record a
    // division without names: "(Agreed by 4 votes to 0; ...)", "RESOLVED (by 7 votes to 2, with 1
    // abstention) that ...". Counts as printed; a side not printed stays unknown.
    static std::optional<RecordedVote> tallyInText(const QString& text);

    // Reads the vote starting at lines[from] (a vote label). `next` receives the index of the
    // first line after the vote (after its outcome line when there is one).
    static std::optional<RecordedVote> parse(const QList<MinutesLine>& lines, qsizetype from, qsizetype to,
                                             qsizetype* next);
};

} // namespace scrutineer::parse
