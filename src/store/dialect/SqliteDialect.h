#pragma once

#include "SqlDialect.h"

namespace scrutineer {

// The embedded single-user library: migrations run as written, the version is PRAGMA
// user_version, FTS5 searches, and the one user may do everything. Any thread.
class SqliteDialect final : public SqlDialect {
public:
    Backend backend() const override { return Backend::Sqlite; }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }

    QStringList sessionSetup() const override;
    QString currentUser(const QSqlDatabase& db) const override;
    bool mayImport(const QSqlDatabase& /*db*/) const override { return true; }
    bool mayEdit(const QSqlDatabase& /*db*/) const override { return true; }

    // How long a statement waits for another program's lock before SQLite refuses it.
    static constexpr int kBusyTimeoutMs = 10000;

    QString beginTransaction(TransactionKind kind) const override;
    QString setLockWait(int milliseconds) const override
    {
        return QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds);
    }
    int defaultLockWaitMs() const override { return kBusyTimeoutMs; }
    QStringList lockForImport(int /*waitMs*/) const override { return {}; }

    QStringList referencedTables(const QSqlDatabase& db, const QString& table) const override;

    bool isLockError(const QSqlError& error) const override;
    bool isUniqueViolation(const QSqlError& error) const override;
    bool isPermissionDenied(const QSqlError& /*error*/) const override { return false; }

    int schemaVersion(const QSqlDatabase& db) const override;
    QStringList beginMigration() const override { return {}; }
    QStringList translate(const QString& statement) const override { return {statement}; }
    QStringList featureStatements(const QString& /*feature*/) const override { return {}; }
    QStringList recordSchemaVersion(int version) const override;
    QStringList afterMigrations() const override { return {}; }
    QStringList followExplicitIds(const QString& /*table*/) const override { return {}; }

    QString notesToReanchorSql() const override
    {
        return QStringLiteral("SELECT id, pdf_page, anchor_text FROM note WHERE document_sha256 = :old");
    }
    QString moveNoteSql() const override
    {
        return QStringLiteral("UPDATE note SET document_sha256 = :new, pdf_page = :page, boxes = NULL, orphaned = "
                              ":orphaned WHERE id = :id AND document_sha256 = :old");
    }

    const SearchBackend& search() const override;
};

} // namespace scrutineer
