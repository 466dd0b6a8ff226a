#include "BreachModel.h"

#include "common/CellToolTip.h"
#include "performance/IndicatorTableModel.h"
#include "tracker/ActionLabels.h"

namespace scrutineer::gui {

BreachModel::BreachModel(QObject* parent) : QAbstractTableModel(parent) {}

void BreachModel::setBreaches(QList<PerformanceData::Breach> breaches, const QHash<QString, QString>& units)
{
    beginResetModel();
    m_breaches = std::move(breaches);
    m_units = units;
    endResetModel();
}

int BreachModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_breaches.size()); }

int BreachModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant BreachModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::ToolTipRole) // what the cell shows, whole however narrow its column, then what explains it
        return cellToolTip(data(index, Qt::DisplayRole), data(index, ExplanationRole));
    const PerformanceData::Breach& b = m_breaches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case IndicatorColumn: return b.indicatorName;
        case BodyColumn: return b.body;
        case PeriodColumn:
            if (role == SortRole)
                return PerformanceData::periodDate(b.reading.reading.period).toJulianDay();
            return b.reading.reading.period;
        case ValueColumn:
            if (role == SortRole)
                return b.reading.reading.value.value_or(0);
            return PerformanceData::valueText(b.reading, m_units.value(b.indicatorKey));
        case WhyColumn: return b.why;
        default: return {};
        }
    case Qt::DecorationRole:
        if (index.column() == WhyColumn)
            return labels::ragDot(b.severity);
        if (index.column() == ValueColumn && b.reading.disagrees())
            return IndicatorTableModel::warningIcon();
        return {};
    case ExplanationRole:
        if (index.column() == ValueColumn && b.reading.disagrees())
            return IndicatorTableModel::disagreementText(b.reading);
        if (index.column() == IndicatorColumn) // in full, however narrow the column
            return b.indicatorName;
        if (index.column() == BodyColumn)
            return b.body;
        if (index.column() == WhyColumn)
            return b.why;
        return {};
    case KeyRole: return b.indicatorKey;
    default: return {};
    }
}

QVariant BreachModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndicatorColumn: return tr("Indicator");
    case BodyColumn: return tr("Body");
    case PeriodColumn: return tr("Period");
    case ValueColumn: return tr("Value");
    case WhyColumn: return tr("Breach");
    default: return {};
    }
}

} // namespace scrutineer::gui
