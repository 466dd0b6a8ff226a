#pragma once

#include "Database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace scrutineer {

// Builds the `scrutineer-export` v1 document (../shared/docs/export-format.md) from the whole
// database, with user edits applied (edited statuses). Thread of the Database.
class JsonExporter final {
public:
    explicit JsonExporter(Database& database) : m_database(database) {}
    QJsonObject build() const;
    QByteArray toJson() const;

private:
    QJsonArray documents() const;
    QJsonArray meetings() const;
    QJsonArray actions() const;
    QJsonArray indicators() const;
    QJsonArray readings() const;
    QJsonArray templates() const;
    QJsonArray markedTables() const;

    Database& m_database;
};

} // namespace scrutineer
