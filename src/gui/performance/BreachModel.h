#pragma once

#include "performance/PerformanceData.h"

#include <QAbstractTableModel>

namespace scrutineer::gui {

// Readings in breach (outside Good, or worse than their floor), newest first: indicator, body,
// period, value, rating with its RAG dot, and why it is a breach. GUI thread only.
class BreachModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreachModel)

public:
    enum Column { IndicatorColumn, BodyColumn, PeriodColumn, ValueColumn, WhyColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, SortRole };

    explicit BreachModel(QObject* parent = nullptr);
    void setBreaches(QList<PerformanceData::Breach> breaches, const QHash<QString, QString>& units);
    const QList<PerformanceData::Breach>& breaches() const { return m_breaches; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PerformanceData::Breach> m_breaches;
    QHash<QString, QString> m_units; // indicator key -> unit
};

} // namespace scrutineer::gui
