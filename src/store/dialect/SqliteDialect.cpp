#include "SqliteDialect.h"

#include "FtsSearch.h"

#include <QSqlQuery>

namespace scrutineer {

QStringList SqliteDialect::sessionSetup() const
{
    return {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA synchronous = NORMAL")};
}

QString SqliteDialect::currentUser(const QSqlDatabase& /*db*/) const
{
    // One person's library: edits are recorded under their login name.
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

QString SqliteDialect::beginTransaction(TransactionKind kind) const
{
    // A deferred BEGIN reads first and asks for the write lock at its first write; when another
    // connection wrote in between, that write fails at once (SQLITE_BUSY, no busy wait). So a
    // writer takes the lock at BEGIN, where the busy timeout applies.
    switch (kind) {
    case TransactionKind::Write:
        return QStringLiteral("BEGIN IMMEDIATE");
    case TransactionKind::Exclusive:
        return QStringLiteral("BEGIN EXCLUSIVE");
    case TransactionKind::Read:
        break;
    }
    return QStringLiteral("BEGIN");
}

QStringList SqliteDialect::referencedTables(const QSqlDatabase& db, const QString& table) const
{
    QStringList parents;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table))) {
        while (q.next())
            parents.append(q.value(2).toString());
    }
    parents.removeDuplicates();
    return parents;
}

bool SqliteDialect::isLockError(const QSqlError& error) const
{
    // Qt reports SQLite's primary result code: 5 SQLITE_BUSY, 6 SQLITE_LOCKED.
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6");
}

bool SqliteDialect::isUniqueViolation(const QSqlError& error) const
{
    // SQLITE_CONSTRAINT (19); Qt reports the primary code, so tell UNIQUE from the rest by text.
    return error.nativeErrorCode() == QLatin1String("19") && error.databaseText().contains(QLatin1String("UNIQUE"));
}

int SqliteDialect::schemaVersion(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QStringList SqliteDialect::recordSchemaVersion(int version) const
{
    return {QStringLiteral("PRAGMA user_version = %1").arg(version)};
}

const SearchBackend& SqliteDialect::search() const
{
    static const FtsSearch engine;
    return engine;
}

} // namespace scrutineer
