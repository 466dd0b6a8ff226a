#include "ReadingTableModel.h"

#include "common/CellToolTip.h"
#include "performance/IndicatorTableModel.h"
#include "tracker/ActionLabels.h"

namespace scrutineer::gui {

ReadingTableModel::ReadingTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReadingTableModel::setSeries(const PerformanceData::Series& series)
{
    beginResetModel();
    m_series = series;
    endResetModel();
}

void ReadingTableModel::clear() { setSeries({}); }

int ReadingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_series.readings.size());
}

int ReadingTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReadingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::ToolTipRole) // what the cell shows, whole however narrow its column, then what explains it
        return cellToolTip(data(index, Qt::DisplayRole), data(index, ExplanationRole));
    const IndicatorStore::ReadingRecord& r = m_series.readings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PeriodColumn: return r.reading.period;
        case ValueColumn: return PerformanceData::valueText(r, m_series.indicator.indicator.unit);
        case PrintedColumn: return r.reading.reportedRating;
        case ComputedColumn:
            if (!r.computed.rated)
                return r.reading.value ? tr("Not rated") : QString();
            return r.computed.grade.isEmpty() ? IndicatorStore::ratingText(r.computed) : r.computed.grade;
        case AgreementColumn: return IndicatorTableModel::disagreementText(r);
        case SourceColumn:
            if (r.manual)
                return tr("Entered by hand");
            return r.reading.pdfPage > 0 ? tr("PDF p. %1").arg(r.reading.pdfPage) : QString();
        default: return {};
        }
    case Qt::DecorationRole:
        if (index.column() == ComputedColumn && r.computed.rag)
            return labels::ragDot(*r.computed.rag);
        if (index.column() == AgreementColumn && r.disagrees())
            return IndicatorTableModel::warningIcon();
        return {};
    case ExplanationRole:
        if (index.column() == ComputedColumn && !r.computed.rated)
            return r.computed.reason;
        return {};
    default: return {};
    }
}

QVariant ReadingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn: return tr("Period");
    case ValueColumn: return tr("Value");
    case PrintedColumn: return tr("Printed rating");
    case ComputedColumn: return tr("Computed rating");
    case AgreementColumn: return tr("Check");
    case SourceColumn: return tr("Source");
    default: return {};
    }
}

} // namespace scrutineer::gui
