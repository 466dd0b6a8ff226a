#include "Database.h"

#include "LibraryImage.h"

#include "ChangeListener.h"
#include "Log.h"
#include "Schema.h"
#include "ServerAddress.h"
#include "SqlDialect.h"
#include "SqliteDialect.h"
#include "SqliteSchemaScript.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>

namespace scrutineer {
namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("scrutineer-%1").arg(counter.fetchAndAddRelaxed(1));
}

// libpq's reason, without Qt's suffix, and with where passwords come from when that was it.
QString serverRefusal(const QSqlError& error)
{
    QString reason = error.databaseText().trimmed();
    if (reason.isEmpty())
        reason = error.text();
    reason = reason.simplified();
    if (reason.contains(QLatin1String("password"), Qt::CaseInsensitive))
        reason += QLatin1Char(' ')
            + Database::tr("(Scrutineer never stores passwords: put yours in ~/.pgpass or PGPASSWORD.)");
    return reason;
}

// Runs a session statement that may need a moment's lock (switching a new file to WAL while
// another program does the same), trying again while the refusal is only a lock, for as long as
// the busy timeout would have waited.
std::optional<QString> execWaitingForLock(const QSqlDatabase& db, const QString& statement)
{
    const SqlDialect& dialect = SqlDialect::of(db);
    QElapsedTimer waited;
    waited.start();
    int delayMs = 5;
    for (;;) {
        QSqlQuery query(db);
        if (query.exec(statement))
            return std::nullopt;
        if (!dialect.isLockError(query.lastError()) || waited.elapsed() > dialect.defaultLockWaitMs())
            return query.lastError().text();
        QThread::msleep(static_cast<unsigned long>(delayMs));
        delayMs = std::min(delayMs * 2, 200);
    }
}

} // namespace

Database::Database(QString location, QString connectionName, const SqlDialect& dialect)
    : m_location(std::move(location)), m_connectionName(std::move(connectionName)), m_dialect(&dialect)
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

bool Database::isServerLocation(const QString& location)
{
    return ServerAddress::isServerLocation(location);
}

bool Database::isServer() const
{
    return m_dialect->backend() == SqlDialect::Backend::Postgres;
}

QString Database::displayName() const
{
    if (!isServer())
        return QFileInfo(m_location).fileName();
    const auto address = ServerAddress::parse(m_location);
    return address ? address->displayName() : m_location;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::mayImport() const
{
    return m_dialect->mayImport(connection());
}

bool Database::mayEdit() const
{
    return m_dialect->mayEdit(connection());
}

Expected<std::unique_ptr<Database>> Database::open(const QString& location)
{
    return isServerLocation(location) ? openServer(location) : openFile(location);
}

Expected<std::unique_ptr<Database>> Database::openFile(const QString& path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error {Error::Code::Database, path, tr("cannot create the folder for the database")};
    if (info.exists() && info.size() > 0) {
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly) && !probe.read(16).startsWith("SQLite format 3"))
            return Error {Error::Code::Database, path, tr("the file is not a Scrutineer database (not SQLite)")};
    }
    // A new library is a copy of the image of the latest schema; failing that, the script makes it.
    if (!info.exists() && LibraryImage::createAt(path, LibraryImage::image(), schema::currentVersion()))
        log::info(QStringLiteral("database %1 created at schema %2").arg(path).arg(schema::currentVersion()));
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name, SqlDialect::sqlite()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(SqliteDialect::kBusyTimeoutMs));
    if (!db.open())
        return Error {Error::Code::Database, path, db.lastError().text()};
    if (auto failed = database->prepare())
        return *failed;
    return database;
}

Expected<std::unique_ptr<Database>> Database::openServer(const QString& location)
{
    const auto address = ServerAddress::parse(location);
    if (!address)
        return address.error();
    const QString canonical = address->toString();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return Error {Error::Code::Database, canonical,
                      tr("this Scrutineer has no PostgreSQL driver (Debian: install libqt6sql6-psql)")};
    }
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(canonical, name, SqlDialect::postgres()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(address->host);
    if (address->port > 0)
        db.setPort(address->port);
    db.setUserName(address->user);
    db.setDatabaseName(address->database);
    QStringList options;
    if (!address->options.isEmpty())
        options.append(address->connectOptions());
    // Notifications name the program that made a change, so that it can ignore its own.
    if (!address->options.contains(QStringLiteral("application_name")))
        options.append(QStringLiteral("application_name='%1'").arg(ChangeListener::applicationName()));
    // An unreachable server is reported rather than waited for.
    if (!address->options.contains(QStringLiteral("connect_timeout")))
        options.append(QStringLiteral("connect_timeout=10"));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return Error {Error::Code::Database, canonical, serverRefusal(db.lastError())};
    if (auto failed = database->prepare())
        return *failed;
    return database;
}

// Session settings, the schema version check and the migrations, for a connection just opened.
std::optional<Error> Database::prepare()
{
    QSqlDatabase db = connection();
    for (const QString& statement : m_dialect->sessionSetup()) {
        if (auto failed = execWaitingForLock(db, statement))
            return Error {Error::Code::Database, m_location, *failed};
    }
    const int version = schemaVersion();
    if (version > schema::currentVersion()) {
        return Error {Error::Code::Database, m_location,
                      tr("the database was written by a newer Scrutineer (schema %1; this version knows %2)")
                          .arg(version)
                          .arg(schema::currentVersion())};
    }
    if (auto failed = migrate(db, schema::currentVersion()))
        return failed;
    m_userName = m_dialect->currentUser(db);
    return std::nullopt;
}

int Database::schemaVersion() const
{
    return m_dialect->schemaVersion(connection());
}

std::optional<QString> Database::exec(const QString& sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return query.lastError().text();
    return std::nullopt;
}

void Database::setLockWait(int milliseconds)
{
    const QString statement = m_dialect->setLockWait(milliseconds);
    if (statement.isEmpty())
        return;
    if (auto failed = exec(statement))
        log::warning(QStringLiteral("%1: cannot set the lock wait: %2").arg(displayName(), *failed));
}

void Database::resetLockWait()
{
    setLockWait(m_dialect->defaultLockWaitMs());
}

std::optional<Error> Database::migrate(QSqlDatabase& db, int target)
{
    const SqlDialect& dialect = SqlDialect::of(db);
    if (dialect.schemaVersion(db) >= target)
        return std::nullopt;
    QSqlQuery query(db);
    auto run = [&](const QString& statement, int step) -> std::optional<Error> {
        if (query.exec(statement))
            return std::nullopt;
        const QSqlError error = query.lastError();
        const QString reason = dialect.isPermissionDenied(error)
            ? tr("only an administrator of the team database can upgrade it (%1)")
                  .arg(error.databaseText().simplified())
            : error.text();
        return Error {Error::Code::Database, db.databaseName(),
                      tr("schema migration %1 failed: %2").arg(step).arg(reason)};
    };
    bool migrated = false;
    for (;;) {
        const int next = std::max(0, dialect.schemaVersion(db)) + 1; // for the messages
        // Exclusive: a second program opening the same new file waits here for the first.
        Transaction transaction(db, Transaction::Kind::Exclusive);
        if (!transaction.isActive()) {
            return Error {Error::Code::Database, db.databaseName(),
                          tr("schema migration %1 could not start: %2").arg(next).arg(transaction.beginError().text())};
        }
        for (const QString& statement : dialect.beginMigration()) {
            if (auto failed = run(statement, next))
                return failed;
        }
        // Read again under the lock: another program may have migrated meanwhile.
        const int from = dialect.schemaVersion(db);
        if (from >= target)
            break; // nothing was written: the transaction rolls back
        // A new SQLite file is created at the latest schema by one script, the schema the steps
        // give (SqliteSchemaScript): replaying them cost most of a new database's time.
        if (from == 0 && dialect.backend() == SqlDialect::Backend::Sqlite
            && SqliteSchemaScript::version() == target) {
            for (const QString& statement : SqliteSchemaScript::statements()) {
                if (auto failed = run(statement, target))
                    return failed;
            }
            if (!transaction.commit()) {
                return Error {Error::Code::Database, db.databaseName(),
                              tr("schema migration %1 could not be committed: %2")
                                  .arg(target)
                                  .arg(transaction.commitError().text())};
            }
            log::info(QStringLiteral("database %1 created at schema %2").arg(db.databaseName()).arg(target));
            migrated = true;
            break;
        }
        // Otherwise a new database takes every step in one transaction (the same statements in the
        // same order, with one commit instead of one a step); an existing one takes a step at a time.
        QList<const schema::Migration*> steps;
        for (const schema::Migration& step : schema::migrations()) {
            if (step.version > from && step.version <= target && (from == 0 || steps.isEmpty()))
                steps.append(&step);
        }
        if (steps.isEmpty())
            break;
        for (const schema::Migration* step : std::as_const(steps)) {
            QStringList statements;
            for (const QString& statement : step->statements)
                statements += dialect.translate(statement);
            if (!step->feature.isEmpty())
                statements += dialect.featureStatements(step->feature);
            statements += dialect.recordSchemaVersion(step->version);
            for (const QString& statement : statements) {
                if (auto failed = run(statement, step->version))
                    return failed;
            }
        }
        if (!transaction.commit()) {
            return Error {Error::Code::Database, db.databaseName(),
                          tr("schema migration %1 could not be committed: %2")
                              .arg(steps.last()->version)
                              .arg(transaction.commitError().text())};
        }
        migrated = true;
        for (const schema::Migration* step : std::as_const(steps)) {
            log::info(QStringLiteral("database %1 migrated to schema %2 (%3)")
                          .arg(db.databaseName())
                          .arg(step->version)
                          .arg(step->summary));
        }
        if (steps.last()->version >= target)
            break;
    }
    if (migrated) {
        for (const QString& statement : dialect.afterMigrations()) {
            if (auto failed = run(statement, target))
                return failed;
        }
    }
    return std::nullopt;
}

Transaction::Transaction(const QSqlDatabase& db, Kind kind) : m_db(db)
{
    QSqlQuery query(m_db);
    m_active = query.exec(SqlDialect::of(m_db).beginTransaction(kind));
    if (!m_active)
        m_beginError = query.lastError();
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("ROLLBACK")))
            log::warning(QStringLiteral("rollback failed: %1").arg(query.lastError().text()));
    }
}

bool Transaction::lockRefused() const
{
    return !m_active && m_beginError.isValid() && SqlDialect::of(m_db).isLockError(m_beginError);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        // Still open (SQLite can refuse a COMMIT for a reader's lock): the destructor rolls back.
        m_commitError = query.lastError();
        return false;
    }
    m_active = false;
    return true;
}

} // namespace scrutineer
