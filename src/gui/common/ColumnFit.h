#pragma once

#include <QHash>
#include <QList>

class QFontMetrics;
class QString;
class QTableView;

namespace scrutineer::gui {

// Sizes a table's columns by what they carry: each column as wide as most of its values (up to a
// cap), and the text column takes the rest — never less than `minShare` of the table's width.
// When the room is short, columns that say least give it up first, down to their heading (or,
// when their values tell rows apart, a short form: a committee's qualifier on a two-line row, or
// its name in short, "Marshfield / HWB"): a column whose rows all repeat one value (the value is
// in the tooltip and the details) and the columns named in `givesWayFirst` (a body or an origin
// that most rows share). Only then do the
// others shrink, the widest first. A column of `givesWayFirst` that shows one value in every row
// is hidden while it does (RepeatedColumns). The table is fitted again when its width changes (a table loaded
// while its workspace was hidden, a window made larger), until the user sizes a column by hand.
// GUI thread only.
class ColumnFit final {
public:
    // `caps`: column -> the widest it may get, in pixels; columns not named keep their width.
    static void fit(QTableView* table, int stretchColumn, const QHash<int, int>& caps, double minShare = 0.4,
                    const QList<int>& givesWayFirst = {});

    // Rows `lines` lines of text high, with word wrap on: a long text shows its first lines and
    // ends with "…" where it is cut, rather than one line cut short. The height follows the
    // table's font.
    static void wrapRows(QTableView* table, int lines = 2);

    // The narrowest width that shows `text` word-wrapped on at most `lines` lines.
    static int widthOnLines(const QFontMetrics& metrics, const QString& text, int lines);

private:
    static void fitColumns(QTableView* table, int stretchColumn, const QHash<int, int>& caps, double minShare,
                           const QList<int>& givesWayFirst);
};

} // namespace scrutineer::gui
