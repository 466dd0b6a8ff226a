#pragma once

#include "performance/PerformanceData.h"

#include <QAbstractTableModel>

namespace scrutineer::gui {

// The readings of one indicator, oldest first: period, value, the rating as printed, the rating
// computed from the thresholds, a warning where they disagree, and where the reading came from.
// GUI thread only.
class ReadingTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingTableModel)

public:
    enum Column { PeriodColumn, ValueColumn, PrintedColumn, ComputedColumn, AgreementColumn, SourceColumn, ColumnCount };

    explicit ReadingTableModel(QObject* parent = nullptr);
    void setSeries(const PerformanceData::Series& series);
    void clear();
    const IndicatorStore::ReadingRecord& reading(int row) const { return m_series.readings.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PerformanceData::Series m_series;
};

} // namespace scrutineer::gui
