#include "IndicatorTableModel.h"

#include "common/CellToolTip.h"
#include "tracker/ActionLabels.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace scrutineer::gui {

IndicatorTableModel::IndicatorTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void IndicatorTableModel::setSeries(QList<PerformanceData::Series> series)
{
    beginResetModel();
    m_series = std::move(series);
    endResetModel();
}

int IndicatorTableModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_series.size(); ++i) {
        if (m_series.at(i).indicator.key == key)
            return i;
    }
    return -1;
}

QString IndicatorTableModel::disagreementText(const IndicatorStore::ReadingRecord& r)
{
    if (!r.disagrees())
        return {};
    const QString computed = r.computed.grade.isEmpty() ? IndicatorStore::ratingText(r.computed) : r.computed.grade;
    return tr("Printed %1, computed %2").arg(r.reading.reportedRating, computed);
}

QIcon IndicatorTableModel::warningIcon() { return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning); }

int IndicatorTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_series.size()); }

int IndicatorTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant IndicatorTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::ToolTipRole) // what the cell shows, whole however narrow its column, then what explains it
        return cellToolTip(data(index, Qt::DisplayRole), data(index, ExplanationRole));
    const PerformanceData::Series& s = m_series.at(index.row());
    const Indicator& indicator = s.indicator.indicator;
    const IndicatorStore::ReadingRecord* latest = s.latest();
    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case NameColumn: return indicator.name;
        case BodyColumn: return s.body;
        case LatestColumn:
            if (role == SortRole)
                return latest && latest->reading.value ? QVariant(*latest->reading.value) : QVariant(-1e300);
            return latest ? PerformanceData::valueText(*latest, indicator.unit) : QString();
        case PeriodColumn:
            if (role == SortRole)
                return latest ? PerformanceData::periodDate(latest->reading.period).toJulianDay() : 0;
            return latest ? latest->reading.period : QString();
        case RatingColumn:
            if (!latest)
                return QString();
            if (!latest->computed.rated)
                return role == SortRole ? QString() : tr("Not rated");
            return latest->computed.grade.isEmpty() ? IndicatorStore::ratingText(latest->computed) : latest->computed.grade;
        case PrintedColumn: return latest ? latest->reading.reportedRating : QString();
        case ThresholdsColumn:
            return QString(PerformanceData::thresholdsText(indicator) +
                           (s.indicator.thresholdsEdited || s.indicator.targetFloorEdited ? tr(" (edited)") : QString()));
        default: return {};
        }
    }
    switch (role) {
    case Qt::DecorationRole:
        if (column == RatingColumn && latest && latest->computed.rag)
            return labels::ragDot(*latest->computed.rag);
        if (column == PrintedColumn && latest && latest->disagrees())
            return warningIcon();
        return {};
    case ExplanationRole:
        if (column == RatingColumn && latest && !latest->computed.rated)
            return latest->computed.reason;
        if (column == PrintedColumn && latest && latest->disagrees())
            return disagreementText(*latest);
        if (column == NameColumn) // the name in full, however narrow the column
            return indicator.description.isEmpty() ? indicator.name : indicator.name + QStringLiteral("\n\n") + indicator.description;
        if (column == BodyColumn)
            return s.body.isEmpty() ? QVariant() : QVariant(s.body);
        if (column == ThresholdsColumn && !indicator.defects.isEmpty())
            return indicator.defects.join(QLatin1Char('\n'));
        return {};
    case Qt::FontRole:
        if (column == ThresholdsColumn && s.indicator.thresholdsEdited) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::AccessibleTextRole:
        if (column == PrintedColumn && latest && latest->disagrees())
            return disagreementText(*latest);
        return data(index, Qt::DisplayRole);
    case KeyRole: return s.indicator.key;
    case DisagreesRole: return latest && latest->disagrees();
    default: return {};
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Indicator");
    case BodyColumn: return tr("Body");
    case LatestColumn: return tr("Latest");
    case PeriodColumn: return tr("Period");
    case RatingColumn: return tr("Rating");
    case PrintedColumn: return tr("Printed rating");
    case ThresholdsColumn: return tr("Thresholds");
    default: return {};
    }
}

} // namespace scrutineer::gui
