#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace scrutineer {

class SearchBackend;

// What a transaction is for, which decides how it begins (see Transaction in Database.h).
enum class TransactionKind {
    Write, // takes the write lock up front, waiting its turn for it
    Exclusive, // a schema migration: no other writer meanwhile
    Read, // several SELECTs that must see one snapshot
};

// Everything that differs between the embedded SQLite library and a PostgreSQL team database,
// in one place: how a migration's statements are spelt, where the schema version lives, how a
// migration is locked, what a lock, a duplicate or a refusal looks like, the server-only parts
// of a migration (row-level security, authorship, change notifications), and full-text search.
// The rest of the store writes SQL both understand. Stateless; any thread.
class SqlDialect {
public:
    enum class Backend { Sqlite, Postgres };

    static const SqlDialect& sqlite();
    static const SqlDialect& postgres();
    // The dialect of a connection, by its Qt driver (QSQLITE or QPSQL).
    static const SqlDialect& of(const QSqlDatabase& db);

    SqlDialect() = default;
    virtual ~SqlDialect() = default;
    SqlDialect(const SqlDialect&) = delete;
    SqlDialect& operator=(const SqlDialect&) = delete;

    virtual Backend backend() const = 0;
    virtual QString driverName() const = 0;

    // --- connection
    // Statements run once on every new connection.
    virtual QStringList sessionSetup() const = 0;
    // The name edits are recorded under: the PostgreSQL role, or the login name for SQLite.
    virtual QString currentUser(const QSqlDatabase& db) const = 0;
    // Whether the connected user may import documents / edit the register (SQLite: always).
    virtual bool mayImport(const QSqlDatabase& db) const = 0;
    virtual bool mayEdit(const QSqlDatabase& db) const = 0;

    // How a transaction of this kind begins (SQLite: BEGIN IMMEDIATE for a writer, so it waits
    // for the lock rather than failing part-way; PostgreSQL: a repeatable-read snapshot to read).
    virtual QString beginTransaction(TransactionKind kind) const = 0;
    // Sets, outside a transaction, how long the next BEGIN of a writer waits for another
    // connection's lock before it is refused (SQLite busy timeout); empty when BEGIN never waits
    // (PostgreSQL).
    virtual QString setLockWait(int milliseconds) const = 0;
    // The lock wait a connection normally has.
    virtual int defaultLockWaitMs() const = 0;
    // Run first inside an import's write transaction: one import at a time, so that of two
    // importing the same file the second sees the first's document (SQLite's write lock already
    // does this). Refused for a lock after waiting `waitMs`.
    virtual QStringList lockForImport(int waitMs) const = 0;

    // The tables `table` has foreign keys to.
    virtual QStringList referencedTables(const QSqlDatabase& db, const QString& table) const = 0;

    // --- errors
    // Refused for a lock another connection holds (may be tried again).
    virtual bool isLockError(const QSqlError& error) const = 0;
    // A UNIQUE or PRIMARY KEY constraint refused the row.
    virtual bool isUniqueViolation(const QSqlError& error) const = 0;
    // The user's role may not do this (PostgreSQL privileges or row-level security).
    virtual bool isPermissionDenied(const QSqlError& error) const = 0;

    // --- schema
    // The version the schema is at (0 for an empty database, -1 when it cannot be read).
    virtual int schemaVersion(const QSqlDatabase& db) const = 0;
    // Run first inside each migration step's transaction: locks out other migrators.
    virtual QStringList beginMigration() const = 0;
    // A migration statement (written in the SQL both backends share, SQLite-flavoured for the
    // types and FTS5 tables) as this backend runs it: zero, one or several statements.
    virtual QStringList translate(const QString& statement) const = 0;
    // What a migration tagged with `feature` adds on this backend only (empty for most).
    virtual QStringList featureStatements(const QString& feature) const = 0;
    // Records that the schema is at `version` (inside the step's transaction).
    virtual QStringList recordSchemaVersion(int version) const = 0;
    // Run once after any step migrated (PostgreSQL: grants for the team roles).
    virtual QStringList afterMigrations() const = 0;
    // Makes the next generated id of `table` follow the largest stored one, after rows were
    // written with explicit ids (a copied library, an undone deletion).
    virtual QStringList followExplicitIds(const QString& table) const = 0;

    // --- notes
    // Every note on a document being replaced (id, pdf_page, anchor_text; bound :old), and the
    // move of one to the new version (bound :id, :old, :new, :page, :orphaned; its boxes are
    // dropped). On a server notes are private,
    // so an import reaches other people's through functions that can do only this.
    virtual QString notesToReanchorSql() const = 0;
    virtual QString moveNoteSql() const = 0;

    // --- search
    virtual const SearchBackend& search() const = 0;
};

} // namespace scrutineer
