#pragma once

#include <QHash>
#include <QList>

class QTableView;

namespace scrutineer::gui {

// Sizes a table's columns by what they carry: each column as wide as most of its values (up to a
// cap), and the text column takes the rest — never less than `minShare` of the table's width.
// When the room is short, columns that say least give it up first, down to their heading: a
// column whose rows all repeat one value (the value is in the tooltip and the details) and the
// columns named in `givesWayFirst` (a body or an origin that most rows share). Only then do the
// others shrink, the widest first. GUI thread only.
class ColumnFit final {
public:
    // `caps`: column -> the widest it may get, in pixels; columns not named keep their width.
    static void fit(QTableView* table, int stretchColumn, const QHash<int, int>& caps, double minShare = 0.4,
                    const QList<int>& givesWayFirst = {});
};

} // namespace scrutineer::gui
