#include "common/ColumnFit.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QSet>
#include <QTableView>

#include <algorithm>

namespace scrutineer::gui {
namespace {

struct Want {
    int wanted = 0; // what most of its values need, capped
    int least = 0; // its heading
    bool yields = false; // gives up room before the others
};

// Shrinks the widest of `columns` to one level so that together they take at most `room`, never
// below their `least`; returns what they take.
int level(QHash<int, Want>& wants, const QList<int>& columns, int room)
{
    QList<int> widths;
    for (const int c : columns)
        widths.append(wants.value(c).wanted);
    std::sort(widths.begin(), widths.end());
    int cut = widths.isEmpty() ? 0 : widths.last();
    int used = 0;
    for (qsizetype i = 0; i < widths.size(); ++i) {
        const qsizetype left = widths.size() - i;
        if (used + widths.at(i) * left > room) {
            cut = std::max(0, int((room - used) / left));
            break;
        }
        used += widths.at(i);
    }
    int total = 0;
    for (const int c : columns) {
        Want& w = wants[c];
        w.wanted = std::max(w.least, std::min(w.wanted, cut));
        total += w.wanted;
    }
    return total;
}

} // namespace

void ColumnFit::fit(QTableView* table, int stretchColumn, const QHash<int, int>& caps, double minShare,
                    const QList<int>& givesWayFirst)
{
    QAbstractItemModel* model = table->model();
    if (!model)
        return;
    const QFontMetrics metrics(table->font());
    const QFontMetrics headerMetrics(table->horizontalHeader()->font());
    const int padding = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 18;
    const int rows = std::min(model->rowCount(), 400); // enough to see what a column carries
    QHash<int, Want> wants;
    for (auto it = caps.cbegin(); it != caps.cend(); ++it) {
        const int column = it.key();
        if (column == stretchColumn || table->isColumnHidden(column))
            continue;
        const int heading
            = headerMetrics.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString()) + padding + 12;
        QList<int> widths;
        QSet<QString> values;
        for (int row = 0; row < rows; ++row) {
            const QString text = model->index(row, column).data().toString();
            if (text.isEmpty())
                continue;
            values.insert(text);
            const bool icon = model->index(row, column).data(Qt::DecorationRole).isValid();
            widths.append(metrics.horizontalAdvance(text) + padding + (icon ? 22 : 0));
        }
        int width = heading;
        if (!widths.isEmpty()) {
            std::sort(widths.begin(), widths.end());
            width = std::max(heading, widths.at(std::min<qsizetype>(widths.size() - 1, widths.size() * 9 / 10)));
        }
        Want want;
        want.wanted = std::min(width, it.value());
        want.least = std::min(heading, it.value());
        want.yields = values.size() <= 1 || givesWayFirst.contains(column);
        wants.insert(column, want);
    }
    // The other columns of the table (not fitted) keep their width and count against the room.
    int fixed = 0;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (column != stretchColumn && !wants.contains(column) && !table->isColumnHidden(column))
            fixed += table->columnWidth(column);
    }
    const int room = int(table->viewport()->width() * (1.0 - minShare)) - fixed;
    QList<int> yielding;
    QList<int> others;
    int othersWant = 0;
    for (auto it = wants.cbegin(); it != wants.cend(); ++it) {
        if (it.value().yields) {
            yielding.append(it.key());
        } else {
            others.append(it.key());
            othersWant += it.value().wanted;
        }
    }
    // The columns that say least give way first, as far as their headings; then the rest.
    int othersLeast = 0;
    for (const int c : std::as_const(others))
        othersLeast += wants.value(c).least;
    const int yieldingTake = level(wants, yielding, std::max(0, room - std::max(othersWant, othersLeast)));
    level(wants, others, room - yieldingTake);
    for (auto it = wants.cbegin(); it != wants.cend(); ++it)
        table->setColumnWidth(it.key(), it.value().wanted);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

} // namespace scrutineer::gui
