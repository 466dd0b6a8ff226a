#pragma once

#include "Resolution.h"
#include "minutes/ClauseParser.h"
#include "minutes/MinutesLines.h"

#include <QList>
#include <QString>

// The decisions recorded under one minute, in every house style: "RESOLVED:" / "RESOLVED:
// That" / "RESOLVED that" (also inside a numbered paragraph, "27) RESOLVED that ..."), prose
// "it was resolved that ...", "The recommendations below were proposed and seconded and
// carried unanimously." followed by clauses, "The committee" followed by clauses, and, where
// a minute has none of those, "agreed" prose ("It was agreed that ...", "... were agreed as a
// correct record", "The Committee agreed ...", a motion then "Agreed unanimously."); a lead
// "The Committee agreed:" takes the clauses below it. Agreed decisions carry the flag
// "agreed-without-resolved". A recorded vote printed before a resolution belongs to it; a US
// roll call belongs to the motion printed before it (flagged "motion-without-resolved"). Quoted
// resolutions and other bodies' ("The Cabinet had resolved that") are not this body's.
// Stateless; any thread.
namespace scrutineer::parse {

struct ParsedResolution {
    Resolution resolution;
    ClauseResult clauses;
    bool agreedProse = false; // "It was agreed that ..." rather than a formal resolution (also flagged)
};

class ResolutionParser final {
public:
    // Lines [from, to) are one minute's body; `body` names the meeting's body ("Cabinet").
    // Votes that no resolution took (a procedural motion, an amendment) go to otherVotes.
    static QList<ParsedResolution> parse(const QList<MinutesLine>& lines, qsizetype from, qsizetype to,
                                         const QString& body, QList<RecordedVote>* otherVotes = nullptr);

    // The flag of a US motion decided by a roll call ("X moved and Y seconded to approve ...",
    // then "AYES: ..."): the motion is the resolution and the roll call its recorded vote.
    static QString motionFlag();

    // True when the line opens an "Actions arising:" list.
    static bool isActionsArising(const QString& text);
};

} // namespace scrutineer::parse
