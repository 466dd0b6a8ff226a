#include "marking/RegionGridModel.h"

#include "marking/RoleLabels.h"

#include <QBrush>
#include <QPalette>

namespace scrutineer::gui {

void RegionGridModel::setResult(const parse::RegionTableResult& result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int RegionGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_result.kind == MarkedKind::Resolution ? 0 : int(m_result.rows.size());
}

int RegionGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_result.kind == MarkedKind::Resolution ? 0 : int(m_result.columns.size());
}

QVariant RegionGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_result.rows.size() || index.column() >= m_result.columns.size())
        return {};
    const parse::RegionRow& row = m_result.rows.at(index.row());
    const parse::RegionColumn& column = m_result.columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.cells.value(index.column());
    case Qt::ForegroundRole:
        if (column.role.isEmpty())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignTop);
    default:
        return {};
    }
}

QVariant RegionGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < m_result.rows.size())
            return tr("p. %1").arg(m_result.rows.at(section).page);
        return {};
    }
    if (section >= m_result.columns.size())
        return {};
    const parse::RegionColumn& column = m_result.columns.at(section);
    switch (role) {
    case Qt::DisplayRole: {
        const QString roleText = column.role.isEmpty() ? tr("(left out)") : rolelabels::role(column.role);
        return column.heading.isEmpty() ? roleText : roleText + QLatin1Char('\n') + column.heading;
    }
    case Qt::ToolTipRole:
        if (column.chosen)
            return tr("You chose this column's role.");
        if (column.role.isEmpty())
            return tr("Nothing says what this column holds: choose its role, or leave it out.");
        return tr("Guessed from the heading and what the cells hold.");
    default:
        return {};
    }
}

} // namespace scrutineer::gui
