#pragma once

#include "TemplateStore.h"

#include <QAbstractTableModel>

#include <functional>

namespace scrutineer::gui {

// The templates the user taught, as a table whose name column can be edited: name, the body
// whose packs it reads, the kind of table, its columns, the rows read with it so far. An edited
// name goes to `rename` (which records it for undo). GUI thread only.
class TemplateListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateListModel)

public:
    enum Column { NameColumn, BodyColumn, KindColumn, ColumnsColumn, RowsColumn, ColumnCount };

    explicit TemplateListModel(QObject* parent = nullptr) : QAbstractTableModel(parent) { }

    void setRecords(const QList<TemplateStore::Record>& records);
    const TemplateStore::Record* record(int row) const;
    int rowOf(qint64 id) const;
    void setRename(std::function<void(qint64, const QString&)> rename) { m_rename = std::move(rename); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TemplateStore::Record> m_records;
    std::function<void(qint64, const QString&)> m_rename;
};

} // namespace scrutineer::gui
