#include "Database.h"

#include "Log.h"
#include "Schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace scrutineer {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("Database", text); }

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("scrutineer-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/scrutineer.sqlite");
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

Expected<std::unique_ptr<Database>> Database::open(const QString& path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{Error::Code::Database, path, tr("cannot create the folder for the database")};
    if (info.exists() && info.size() > 0) {
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly) && !probe.read(16).startsWith("SQLite format 3"))
            return Error{Error::Code::Database, path, tr("the file is not a Scrutineer database (not SQLite)")};
    }
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return Error{Error::Code::Database, path, db.lastError().text()};
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        if (auto failed = database->exec(QString::fromLatin1(pragma)))
            return Error{Error::Code::Database, path, *failed};
    }
    if (database->schemaVersion() > schema::currentVersion()) {
        return Error{Error::Code::Database, path,
                     tr("the database was written by a newer Scrutineer (schema %1; this version knows %2)")
                         .arg(database->schemaVersion())
                         .arg(schema::currentVersion())};
    }
    if (auto failed = migrate(db, schema::currentVersion()))
        return *failed;
    return database;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

std::optional<QString> Database::exec(const QString& sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return query.lastError().text();
    return std::nullopt;
}

std::optional<Error> Database::migrate(QSqlDatabase& db, int target)
{
    QSqlQuery query(db);
    int version = 0;
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        version = query.value(0).toInt();
    for (const schema::Migration& step : schema::migrations()) {
        if (step.version <= version || step.version > target)
            continue;
        Transaction transaction(db);
        for (const QString& statement : step.statements) {
            if (!query.exec(statement)) {
                return Error{Error::Code::Database, db.databaseName(),
                             tr("schema migration %1 failed: %2").arg(step.version).arg(query.lastError().text())};
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)) || !transaction.commit()) {
            return Error{Error::Code::Database, db.databaseName(),
                         tr("schema migration %1 could not be committed").arg(step.version)};
        }
        log::info(QStringLiteral("database %1 migrated to schema %2 (%3)")
                      .arg(db.databaseName())
                      .arg(step.version)
                      .arg(step.summary));
    }
    return std::nullopt;
}

Transaction::Transaction(const QSqlDatabase& db) : m_db(db) { m_active = m_db.transaction(); }

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commit();
}

} // namespace scrutineer
