#include "ThresholdModel.h"

#include "Rating.h"

#include <QBrush>
#include <QColor>

namespace scrutineer::gui {
namespace {

QString plainNumber(double v) { return QString::number(v, 'g', 10); }

} // namespace

ThresholdModel::ThresholdModel(QObject* parent) : QAbstractTableModel(parent) {}

void ThresholdModel::setBands(const QList<ThresholdBand>& bands)
{
    beginResetModel();
    m_rows.clear();
    for (const ThresholdBand& b : bands)
        m_rows.append({b.grade, b.text});
    endResetModel();
}

QList<ThresholdBand> ThresholdModel::bands() const
{
    QList<ThresholdBand> result;
    for (const Row& row : m_rows) {
        ThresholdBand b;
        b.grade = row.grade.trimmed();
        b.text = row.text.trimmed();
        if (const auto spec = rating::parseBand(b.text)) {
            b.min = spec->min();
            b.max = spec->max();
        }
        result.append(b);
    }
    return result;
}

bool ThresholdModel::isValid() const
{
    return !m_rows.isEmpty() && std::all_of(m_rows.begin(), m_rows.end(), [](const Row& r) {
        return !r.grade.trimmed().isEmpty() && rating::parseBand(r.text).has_value();
    });
}

void ThresholdModel::addBand(const QString& grade, const QString& text)
{
    const int row = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.append({grade, text});
    endInsertRows();
    emit edited();
}

void ThresholdModel::removeBand(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit edited();
}

int ThresholdModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ThresholdModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ThresholdModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (index.column() == RangeColumn) {
        const auto spec = rating::parseBand(row.text);
        if (role == Qt::ForegroundRole && !spec)
            return QBrush(QColor(0xC6, 0x28, 0x28));
        if (role != Qt::DisplayRole)
            return {};
        if (!spec)
            return tr("Not a band: use <65, 65-75, 85+, Increase or Decrease");
        if (spec->isDirection())
            return spec->kind == rating::BandSpec::Kind::Increase ? tr("direction: increase") : tr("direction: decrease");
        const auto min = spec->min();
        const auto max = spec->max();
        if (min && max)
            return tr("%1 to %2").arg(plainNumber(*min), plainNumber(*max));
        if (min)
            return tr("%1 or more").arg(plainNumber(*min));
        return max ? tr("up to %1").arg(plainNumber(*max)) : QString();
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return index.column() == GradeColumn ? row.grade : row.text;
    return {};
}

bool ThresholdModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() == RangeColumn)
        return false;
    Row& row = m_rows[index.row()];
    (index.column() == GradeColumn ? row.grade : row.text) = value.toString();
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    emit edited();
    return true;
}

Qt::ItemFlags ThresholdModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != RangeColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ThresholdModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GradeColumn: return tr("Grade");
    case BandColumn: return tr("Band");
    case RangeColumn: return tr("Reads as");
    default: return {};
    }
}

} // namespace scrutineer::gui
