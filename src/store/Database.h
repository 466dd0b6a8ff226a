#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace scrutineer {

// Owns one SQLite connection (WAL, foreign keys on) and brings its schema up to date.
// A connection belongs to the thread that opened it: background work opens its own
// Database on the same file (Qt's rule for QSqlDatabase).
class Database final {
public:
    // Opens (creating if needed) and migrates. With `readOnly`, never writes or migrates.
    static Expected<std::unique_ptr<Database>> open(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The embedded default: QStandardPaths::AppDataLocation/scrutineer.sqlite.
    static QString defaultPath();

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Runs one SQL statement; returns the error text on failure.
    std::optional<QString> exec(const QString& sql);

    // Migrates a connection from its user_version to `target` (tests drive it step by step).
    static std::optional<Error> migrate(QSqlDatabase& db, int target);

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};

// RAII transaction: rolls back unless commit() succeeded.
class Transaction final {
public:
    explicit Transaction(const QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace scrutineer
