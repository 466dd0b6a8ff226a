#pragma once

#include <QList>

class QHeaderView;
class QTableView;

namespace scrutineer::gui {

// Hides the columns of a table that say the same in every row (the committee, when every action
// shown is one committee's) and shows them again once rows differ. A column the user shows or
// hides through the column menu is theirs from then on, and a column hidden some other way stays
// hidden. What it hid is kept on the header, so that a saved layout records those columns as
// shown. GUI thread only.
class RepeatedColumns final {
public:
    // Looks again at `columns` of `table` (called when its rows are loaded).
    static void update(QTableView* table, const QList<int>& columns);
    // The columns hidden because they repeat one value.
    static QList<int> hidden(const QHeaderView* header);
    // The user chose whether `column` shows: it is never hidden or shown again for repeating.
    static void chosenByHand(QHeaderView* header, int column);
};

} // namespace scrutineer::gui
