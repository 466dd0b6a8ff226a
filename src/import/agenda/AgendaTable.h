#pragma once

#include "agenda/AgendaRegion.h"

#include <QList>

// An agenda printed as a table under a header row that names its columns ("Time | No. | Agenda
// item | Presenter | Action required | Enclosure", "Item | Subject | Lead | Pages"): finds the
// header (every heading a known agenda column, wording in the lexicon) and cuts each line under
// it into its columns, so that the agenda reader sees the number and title, the lead and time
// beside them, and the pages only where a Pages column prints them. Stateless; any thread.
namespace scrutineer::parse {

class AgendaTable final {
public:
    // Rewrites the lines of an agenda table in place: a header line goes, a line in the grid
    // keeps its number and title words (lead, time and pages set aside on the line, purpose and
    // paper cells dropped), a line that keeps only a lead or pages joins the line above it, and
    // a line across the columns is marked Spanning. Lines before any header are left as they are.
    static void cut(QList<AgendaLine>& lines);
};

} // namespace scrutineer::parse
