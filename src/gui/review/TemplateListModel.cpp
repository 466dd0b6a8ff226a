#include "review/TemplateListModel.h"

#include "marking/RoleLabels.h"

#include <QLocale>

namespace scrutineer::gui {

void TemplateListModel::setRecords(const QList<TemplateStore::Record>& records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

const TemplateStore::Record* TemplateListModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int TemplateListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).tableTemplate.id == id)
            return i;
    }
    return -1;
}

int TemplateListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int TemplateListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateListModel::data(const QModelIndex& index, int role) const
{
    const TemplateStore::Record* r = record(index.row());
    if (!r || (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole))
        return {};
    const TableTemplate& t = r->tableTemplate;
    switch (index.column()) {
    case NameColumn:
        return t.name;
    case BodyColumn:
        return t.body.isEmpty() ? tr("Any body") : t.body;
    case KindColumn:
        return rolelabels::kind(t.kind);
    case ColumnsColumn: {
        QStringList columns;
        for (const TemplateColumn& column : t.columns) {
            if (column.role.isEmpty() || column.role == kIgnoredRole)
                continue;
            columns.append(column.heading.isEmpty()
                               ? rolelabels::role(column.role)
                               : tr("%1 \u2192 %2").arg(column.heading, rolelabels::role(column.role)));
        }
        return columns.join(QStringLiteral(", "));
    }
    case RowsColumn:
        if (role == Qt::ToolTipRole)
            return tr("Taught on %1, %2")
                .arg(t.sourceFile, QLocale().toString(r->createdAt.toLocalTime(), QLocale::ShortFormat));
        return r->rowsRead;
    default:
        return {};
    }
}

bool TemplateListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const TemplateStore::Record* r = record(index.row());
    const QString name = value.toString().trimmed();
    if (!r || role != Qt::EditRole || index.column() != NameColumn || name.isEmpty() || name == r->tableTemplate.name)
        return false;
    if (m_rename)
        m_rename(r->tableTemplate.id, name);
    return true;
}

Qt::ItemFlags TemplateListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TemplateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case BodyColumn:
        return tr("Reads packs of");
    case KindColumn:
        return tr("Table");
    case ColumnsColumn:
        return tr("Headings and roles");
    case RowsColumn:
        return tr("Rows read");
    default:
        return {};
    }
}

} // namespace scrutineer::gui
