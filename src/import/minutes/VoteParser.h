#pragma once

#include "Resolution.h"
#include "minutes/MinutesLines.h"

#include <QList>
#include <QString>

#include <optional>

// Recorded votes as Kent prints them: "For (52)" / names / "Against (0)" / "Abstain (11)" /
// names / right-aligned "Motion carried.". Names wrap ("Mr" / "Booth") and are joined before
// splitting on commas. Counts and names are kept as printed; disagreements between them and
// names on both sides are flagged, never repaired. Stateless; any thread.
namespace scrutineer::parse {

class VoteParser final {
public:
    // "For (52)", "Against (0)", "Abstain (11)".
    static bool isVoteLabel(const QString& text);
    // "Motion carried.", "Amendment carried", "Substantive Motion carried.", "Agreed.", "Agreed unanimously."
    static bool isOutcome(const QString& text);
    static QString outcomeWord(const QString& text); // "carried", "lost", "agreed"

    // Reads the vote starting at lines[from] (a vote label). `next` receives the index of the
    // first line after the vote (after its outcome line when there is one).
    static std::optional<RecordedVote> parse(const QList<MinutesLine>& lines, qsizetype from, qsizetype to,
                                             qsizetype* next);
};

} // namespace scrutineer::parse
