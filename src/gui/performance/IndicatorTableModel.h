#pragma once

#include "performance/PerformanceData.h"

#include <QAbstractTableModel>

namespace scrutineer::gui {

// One row per indicator (its latest version): body, name, thresholds, latest reading and period,
// the computed rating with its RAG dot, the printed rating, and a warning mark where the two
// disagree. GUI thread only.
class IndicatorTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorTableModel)

public:
    enum Column { NameColumn, BodyColumn, LatestColumn, PeriodColumn, RatingColumn, PrintedColumn, ThresholdsColumn,
                  ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, SortRole, DisagreesRole };

    explicit IndicatorTableModel(QObject* parent = nullptr);
    void setSeries(QList<PerformanceData::Series> series);
    const QList<PerformanceData::Series>& series() const { return m_series; }
    int rowOf(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Printed Amber, computed Green" for a reading that disagrees; empty otherwise.
    static QString disagreementText(const IndicatorStore::ReadingRecord& reading);
    static QIcon warningIcon();

private:
    QList<PerformanceData::Series> m_series;
};

} // namespace scrutineer::gui
