#pragma once

#include "tables/RegionTable.h"

#include <QAbstractTableModel>

namespace scrutineer::gui {

// The grid a marked table was rebuilt into, for the preview: a row per table row, a column per
// column, headed by the role it is read with and the heading as printed. Columns left out are
// greyed. GUI thread only.
class RegionGridModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionGridModel)

public:
    explicit RegionGridModel(QObject* parent = nullptr) : QAbstractTableModel(parent) { }

    void setResult(const parse::RegionTableResult& result);
    const parse::RegionTableResult& result() const { return m_result; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    parse::RegionTableResult m_result;
};

} // namespace scrutineer::gui
