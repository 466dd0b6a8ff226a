#pragma once

#include <QHash>

class QTableView;

namespace scrutineer::gui {

// Sizes a table's columns by what they carry: each column as wide as most of its values (up to a
// cap), a column whose rows all repeat one value only as wide as its heading (the value is in
// the tooltip and the details), and the text column takes the rest — never less than
// `minShare` of the table's width: the others shrink in proportion to make room. GUI thread only.
class ColumnFit final {
public:
    // `caps`: column -> the widest it may get, in pixels; columns not named keep their width.
    static void fit(QTableView* table, int stretchColumn, const QHash<int, int>& caps, double minShare = 0.4);
};

} // namespace scrutineer::gui
