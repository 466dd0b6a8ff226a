#pragma once

#include "SqlDialect.h"

namespace scrutineer {

// A team database on a PostgreSQL server. Migration statements are translated (SQLite's
// INTEGER, REAL and FTS5 tables become BIGINT, DOUBLE PRECISION and tsvector columns with GIN
// indexes), the version lives in table scrutineer_schema, migrations take an advisory lock, and
// tagged migrations add what only a server has: row-level security, authorship stamped from the
// connected role, and NOTIFY on every change. Any thread.
class PostgresDialect final : public SqlDialect {
public:
    // The channel every change is announced on; the payload is "table<TAB>role<TAB>application name".
    static constexpr const char* kChannel = "scrutineer_changes";
    // The group roles docs/team-database.md sets up.
    static constexpr const char* kReaderRole = "scrutineer_reader";
    static constexpr const char* kOfficerRole = "scrutineer_officer";
    static constexpr const char* kAdministratorRole = "scrutineer_admin";

    Backend backend() const override { return Backend::Postgres; }
    QString driverName() const override { return QStringLiteral("QPSQL"); }

    QStringList sessionSetup() const override;
    QString currentUser(const QSqlDatabase& db) const override;
    bool mayImport(const QSqlDatabase& db) const override;
    bool mayEdit(const QSqlDatabase& db) const override;

    QString beginTransaction(TransactionKind kind) const override;
    QString setLockWait(int /*milliseconds*/) const override { return {}; }
    int defaultLockWaitMs() const override { return 0; }
    QStringList lockForImport(int waitMs) const override;

    QStringList referencedTables(const QSqlDatabase& db, const QString& table) const override;

    bool isLockError(const QSqlError& error) const override;
    bool isUniqueViolation(const QSqlError& error) const override;
    bool isPermissionDenied(const QSqlError& error) const override;

    int schemaVersion(const QSqlDatabase& db) const override;
    QStringList beginMigration() const override;
    QStringList translate(const QString& statement) const override;
    QStringList featureStatements(const QString& feature) const override;
    QStringList recordSchemaVersion(int version) const override;
    QStringList afterMigrations() const override;
    QStringList followExplicitIds(const QString& table) const override;

    QString notesToReanchorSql() const override
    {
        return QStringLiteral("SELECT id, pdf_page, anchor_text FROM scrutineer_note_anchors(:old)");
    }
    QString moveNoteSql() const override
    {
        return QStringLiteral("SELECT scrutineer_reanchor_note(:id, :old, :new, :page, :orphaned)");
    }

    const SearchBackend& search() const override;
};

} // namespace scrutineer
