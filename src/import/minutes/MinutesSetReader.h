#pragma once

#include "minutes/MinutesLocator.h"
#include "minutes/MinutesParser.h"

#include <QList>

// Reads one located set of minutes (header found, lines cut to the end of the minutes) into
// the meeting it records: attendance, declarations, minute items with resolutions and
// cross-references, requested actions, and flags for defects printed in the source.
// Stateless; any thread.
namespace scrutineer::parse {

struct MinutesSet {
    MinutesHeader header;
    QList<MinutesLine> lines; // body lines after the header, furniture removed
};

class MinutesSetReader final {
public:
    // Appends the meeting to result.meetings and its actions to result.actions.
    static void read(const MinutesSet& set, const MinutesContext& context, MinutesResult& result);
};

} // namespace scrutineer::parse
