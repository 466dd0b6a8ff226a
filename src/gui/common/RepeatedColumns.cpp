#include "common/RepeatedColumns.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>
#include <QVariant>

namespace scrutineer::gui {
namespace {

// Dynamic properties of the header: the columns hidden for repeating, and those the user chose.
constexpr const char* kHiddenProperty = "scrutineerRepeatedColumns";
constexpr const char* kChosenProperty = "scrutineerColumnsChosen";

QList<int> columnsIn(const QHeaderView* header, const char* property)
{
    QList<int> columns;
    for (const QVariant& v : header->property(property).toList())
        columns.append(v.toInt());
    return columns;
}

void setColumnsIn(QHeaderView* header, const char* property, const QList<int>& columns)
{
    QVariantList list;
    for (const int c : columns)
        list.append(c);
    header->setProperty(property, list);
}

// True when the table has two rows or more and every one shows the same in `column`.
bool repeatsOneValue(const QAbstractItemModel* model, int column)
{
    const int rows = model->rowCount();
    if (rows < 2)
        return false;
    const QString first = model->index(0, column).data().toString();
    for (int row = 1; row < rows; ++row) {
        if (model->index(row, column).data().toString() != first)
            return false;
    }
    return true;
}

} // namespace

void RepeatedColumns::update(QTableView* table, const QList<int>& columns)
{
    const QAbstractItemModel* model = table->model();
    if (!model || model->rowCount() == 0) // nothing loaded says nothing about the rows to come
        return;
    QHeaderView* header = table->horizontalHeader();
    const QList<int> chosen = columnsIn(header, kChosenProperty);
    QList<int> hiddenNow = columnsIn(header, kHiddenProperty);
    for (const int column : columns) {
        if (chosen.contains(column) || column < 0 || column >= model->columnCount())
            continue;
        const bool repeats = repeatsOneValue(model, column);
        if (hiddenNow.contains(column)) {
            if (!repeats) {
                header->showSection(column);
                hiddenNow.removeAll(column);
            }
        } else if (repeats && !header->isSectionHidden(column)) {
            int visible = 0;
            for (int c = 0; c < header->count(); ++c)
                visible += header->isSectionHidden(c) ? 0 : 1;
            if (visible <= 1)
                continue; // never the last column shown
            header->hideSection(column);
            hiddenNow.append(column);
        }
    }
    setColumnsIn(header, kHiddenProperty, hiddenNow);
}

QList<int> RepeatedColumns::hidden(const QHeaderView* header)
{
    return columnsIn(header, kHiddenProperty);
}

void RepeatedColumns::chosenByHand(QHeaderView* header, int column)
{
    QList<int> chosen = columnsIn(header, kChosenProperty);
    if (!chosen.contains(column))
        chosen.append(column);
    setColumnsIn(header, kChosenProperty, chosen);
    QList<int> hiddenNow = columnsIn(header, kHiddenProperty);
    hiddenNow.removeAll(column);
    setColumnsIn(header, kHiddenProperty, hiddenNow);
}

} // namespace scrutineer::gui
