#pragma once

#include "agenda/AgendaRegion.h"

#include <QList>

// An agenda printed without a header row whose items carry a time in a column of their own, left
// of the numbers ("7.00pm   1.   Apologies for absence") or at the right end of the line ("1.
// Apologies for absence      19:00"): takes the time out of the line so that the line reads as
// its number and title, and marks a timed line without a number as a row that is no item (a
// break, a forum, the close). Stateless; any thread.
namespace scrutineer::parse {

class AgendaTimeColumn final {
public:
    // Rewrites the lines in place. Only lines outside an agenda table are read, and only when two
    // or more of them print a time on the same side of an item's number and title.
    static void take(QList<AgendaLine>& lines);
};

} // namespace scrutineer::parse
