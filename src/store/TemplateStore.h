#pragma once

#include "Database.h"
#include "Error.h"
#include "TableTemplate.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace scrutineer {

// Templates the user taught by marking tables: listed, renamed, removed, and handed to the
// importer so the next pack of the same body is read with them. User data. Thread of the Database.
class TemplateStore final {
public:
    struct Record {
        TableTemplate tableTemplate; // with its id and name
        QDateTime createdAt;
        QDateTime updatedAt;
        QString createdBy;
        int rowsRead = 0; // actions and measures read with it so far
    };

    explicit TemplateStore(Database& database) : m_database(database) { }

    // Every template, for the importer.
    QList<TableTemplate> all() const;
    QList<Record> list() const;
    std::optional<TableTemplate> find(qint64 id) const;
    // `restoreId` puts back a template an undo removed under its old id.
    Expected<qint64> add(const TableTemplate& tableTemplate, qint64 restoreId = 0);
    std::optional<Error> rename(qint64 id, const QString& name);
    std::optional<Error> remove(qint64 id);

private:
    Database& m_database;
};

} // namespace scrutineer
