#pragma once

#include "Database.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace scrutineer {

// Builds the `scrutineer-export` v1 document (../shared/docs/export-format.md) from the whole
// database, with user edits applied (edited statuses). Every SELECT runs inside one read
// transaction, so the export is a snapshot even while another program imports. Thread of the
// Database.
class JsonExporter final {
public:
    // Called after each top-level section (documents, meetings, ...) is read.
    using Progress = std::function<void(int sectionsDone, int sections)>;

    explicit JsonExporter(Database& database) : m_database(database) {}
    QJsonObject build() const;
    QByteArray toJson() const;
    void setProgress(Progress progress) { m_progress = std::move(progress); }

private:
    QJsonArray documents() const;
    QJsonArray meetings() const;
    QJsonArray actions() const;
    QJsonArray indicators() const;
    QJsonArray readings() const;
    QJsonArray recommendations() const;
    QJsonArray templates() const;
    QJsonArray markedTables() const;

    Database& m_database;
    Progress m_progress;
};

} // namespace scrutineer
