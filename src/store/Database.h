#pragma once

#include "Error.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>
#include <optional>

namespace scrutineer {

// Owns one connection and brings its schema up to date: a SQLite file (WAL, foreign keys on, a
// busy timeout, migrations under an exclusive lock so that programs opening one new file at once
// take turns and the later ones find it migrated) or
// a PostgreSQL team database (postgresql://user@host:port/name; the password comes from
// ~/.pgpass or PGPASSWORD). A connection belongs to the thread that opened it: background work
// opens its own Database on the same location (Qt's rule for QSqlDatabase).
class Database final {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Opens (creating a SQLite file if needed) and migrates.
    static Expected<std::unique_ptr<Database>> open(const QString& location);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The embedded default: QStandardPaths::AppDataLocation/scrutineer.sqlite.
    static QString defaultPath();
    // Whether `location` names a PostgreSQL server rather than a file.
    static bool isServerLocation(const QString& location);

    // The file path or server address it was opened with (never with a password).
    QString path() const { return m_location; }
    QString location() const { return m_location; }
    // "children.sqlite" or "scrutineer on db.example.org", for titles and messages.
    QString displayName() const;
    bool isServer() const;
    const SqlDialect& dialect() const { return *m_dialect; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Who edits are recorded under: the PostgreSQL role, or the login name for a SQLite file.
    QString userName() const { return m_userName; }
    // What the connected role may do (always both for a SQLite file).
    bool mayImport() const;
    bool mayEdit() const;

    // Runs one SQL statement; returns the error text on failure.
    std::optional<QString> exec(const QString& sql);
    // How long the next writer's BEGIN waits for another connection's lock before it is refused
    // (SqlDialect::setLockWait; call outside a transaction); back to the usual with resetLockWait().
    void setLockWait(int milliseconds);
    void resetLockWait();

    // Migrates a connection from its version to `target` (tests drive it step by step).
    static std::optional<Error> migrate(QSqlDatabase& db, int target);

private:
    Database(QString location, QString connectionName, const SqlDialect& dialect);
    static Expected<std::unique_ptr<Database>> openFile(const QString& path);
    static Expected<std::unique_ptr<Database>> openServer(const QString& address);
    std::optional<Error> prepare();

    QString m_location;
    QString m_connectionName;
    const SqlDialect* m_dialect;
    QString m_userName;
};

// RAII transaction: rolls back unless commit() succeeded. It begins as its kind needs on the
// connection's backend (SqlDialect::beginTransaction): a writer takes the write lock at once,
// waiting its turn; a reader sees one snapshot. Thread of the connection.
class Transaction final {
public:
    using Kind = TransactionKind;
    explicit Transaction(const QSqlDatabase& db, Kind kind = Kind::Write);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    bool isActive() const { return m_active; }
    // Why it could not begin, and whether that was only a lock held elsewhere (try again later).
    const QSqlError& beginError() const { return m_beginError; }
    bool lockRefused() const;
    bool commit();
    // Why commit() failed (the transaction is then rolled back by the destructor).
    const QSqlError& commitError() const { return m_commitError; }

private:
    QSqlDatabase m_db;
    QSqlError m_beginError;
    QSqlError m_commitError;
    bool m_active = false;
};

} // namespace scrutineer
