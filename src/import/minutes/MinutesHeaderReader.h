#pragma once

#include "minutes/MinutesLocator.h"

#include <QList>

#include <optional>

// Reads the header of a set of minutes whose attendance list opens at lines[marker]: body (from
// "Minutes of a meeting of <body> held", a title line "BODY – 18 June 2024" or a body line above
// the date), authority, date, venue, time and printed flags. At the top of a page (pageTop) the
// header is among the page's first lines; part-way down a page it is a block of its own after
// the end of the text above, closely followed by a label opening the list. Stateless; any thread.
namespace scrutineer::parse {

class MinutesHeaderReader final {
public:
    static std::optional<MinutesHeader> read(const QList<MinutesLine>& lines, qsizetype from, qsizetype marker,
                                             bool pageTop);
    // See MinutesLocator::completeFromProse.
    static void completeFromProse(MinutesHeader& header, const QString& firstParagraph);
};

} // namespace scrutineer::parse
