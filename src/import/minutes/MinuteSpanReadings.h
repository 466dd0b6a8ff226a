#pragma once

#include "minutes/ActionRequestParser.h"
#include "minutes/MinuteSplitter.h"
#include "minutes/MinutesLines.h"
#include "minutes/ResolutionParser.h"

#include <QList>

namespace scrutineer::parse {

// What one minute's own lines say, whatever the minutes before it said: its resolutions, the
// votes no resolution took, and the actions its prose requests.
struct MinuteSpanReading {
    QList<ParsedResolution> resolutions;
    QList<RecordedVote> otherVotes;
    QList<Action> requested;
};

// Reads those for every minute of a set at once, on the calling thread and one more (a minute
// needs only its own lines), so that the longest part of a minutes document does not run on one
// core. The results are in the minutes' order and the same as reading them one by one.
// Stateless; any thread.
class MinuteSpanReadings final {
public:
    // One reading per span; `context` gives the meeting's date and index (each minute's number is
    // its span's).
    static QList<MinuteSpanReading> read(const QList<MinutesLine>& lines, const QList<MinuteSpan>& spans,
                                         const QString& body, const ActionContext& context);
};

} // namespace scrutineer::parse
