#include "common/ColumnFit.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QSet>
#include <QTableView>

#include <algorithm>

namespace scrutineer::gui {

void ColumnFit::fit(QTableView* table, int stretchColumn, const QHash<int, int>& caps, double minShare)
{
    QAbstractItemModel* model = table->model();
    if (!model)
        return;
    const QFontMetrics metrics(table->font());
    const QFontMetrics headerMetrics(table->horizontalHeader()->font());
    const int padding = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 18;
    const int rows = std::min(model->rowCount(), 400); // enough to see what a column carries
    QHash<int, int> wanted;
    QHash<int, int> least;
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
        if (values.size() > 1) {
            std::sort(widths.begin(), widths.end());
            width = std::max(heading, widths.at(std::min<qsizetype>(widths.size() - 1, widths.size() * 9 / 10)));
        }
        wanted.insert(column, std::min(width, it.value()));
        least.insert(column, std::min(heading, it.value()));
    }
    // The other columns of the table (not fitted) keep their width and count against the room.
    int fixed = 0;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (column != stretchColumn && !wanted.contains(column) && !table->isColumnHidden(column))
            fixed += table->columnWidth(column);
    }
    // Short columns keep their width; the widest give up room first, down to one level for all
    // of them (never below their heading).
    const int room = int(table->viewport()->width() * (1.0 - minShare)) - fixed;
    QList<int> widths = wanted.values();
    std::sort(widths.begin(), widths.end());
    int level = widths.isEmpty() ? 0 : widths.last();
    int used = 0;
    for (qsizetype i = 0; i < widths.size(); ++i) {
        const qsizetype left = widths.size() - i;
        if (used + widths.at(i) * left > room) {
            level = std::max(0, int((room - used) / left));
            break;
        }
        used += widths.at(i);
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        table->setColumnWidth(it.key(), std::max(least.value(it.key()), std::min(it.value(), level)));
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

} // namespace scrutineer::gui
