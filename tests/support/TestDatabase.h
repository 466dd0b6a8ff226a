#pragma once

// Databases for tests on either backend: a SQLite file in a temporary folder, or a fresh
// database on the throwaway PostgreSQL server scripts/test starts (SCRUTINEER_TEST_POSTGRES, a
// superuser address). Suites parameterised over testing::backends() run once per backend; the
// PostgreSQL runs skip with a message when there is no test server. Thread of the test.
#include "Database.h"
#include "Schema.h"
#include "ServerAddress.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <string>

namespace scrutineer::testing {

enum class Backend { Sqlite, Postgres };

inline ::testing::internal::ParamGenerator<Backend> backends()
{
    return ::testing::Values(Backend::Sqlite, Backend::Postgres);
}

inline std::string backendName(const ::testing::TestParamInfo<Backend>& info)
{
    return info.param == Backend::Sqlite ? "SQLite" : "PostgreSQL";
}

// The superuser address of the test server, empty when there is none.
inline QString testServer()
{
    return qEnvironmentVariable("SCRUTINEER_TEST_POSTGRES");
}

inline const char* noServerMessage()
{
    return "no PostgreSQL test server (SCRUTINEER_TEST_POSTGRES unset; scripts/test starts one when postgresql-15 "
           "is installed)";
}

// The test server's address for another database and, optionally, another role.
inline QString serverLocation(const QString& database, const QString& role = {})
{
    ServerAddress address = ServerAddress::parse(testServer()).value();
    address.database = database;
    if (!role.isEmpty())
        address.user = role;
    return address.toString();
}

// A raw superuser connection to the test server's maintenance database, for CREATE DATABASE,
// roles and grants. Close it before the test's own connections need the database to themselves.
class ServerAdmin final {
public:
    ServerAdmin()
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
        const ServerAddress address = ServerAddress::parse(testServer()).value();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setUserName(address.user);
        db.setDatabaseName(address.database.isEmpty() ? QStringLiteral("postgres") : address.database);
        m_open = db.open();
        if (m_open)
            QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
        else
            m_error = db.lastError().text();
    }
    ~ServerAdmin()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    ServerAdmin(const ServerAdmin&) = delete;
    ServerAdmin& operator=(const ServerAdmin&) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    // Runs a statement; returns the error text, empty on success.
    QString exec(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) ? QString() : q.lastError().text();
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// A new database with the current schema, made from a migrated template (one per schema,
// shared by the test processes of one server run), so each test starts empty and fast.
inline QString createServerDatabase(bool migrated = true)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("scrutineer_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    ServerAdmin admin;
    if (!admin.isOpen())
        return {};
    if (!migrated)
        return admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(name)).isEmpty() ? name
                                                                                                       : QString();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const schema::Migration& m : schema::migrations())
        hash.addData((m.statements.join(QLatin1Char(';')) + m.feature).toUtf8());
    const QString tpl
        = QStringLiteral("scrutineer_template_%1").arg(QString::fromLatin1(hash.result().toHex().left(12)));
    // One process builds the template while the others wait for it.
    admin.exec(QStringLiteral("SELECT pg_advisory_lock(4242)"));
    if (!admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(tpl)).isEmpty()) {
        // exists already (built by an earlier test)
    } else {
        auto built = Database::open(serverLocation(tpl));
        if (!built) {
            admin.exec(QStringLiteral("DROP DATABASE %1").arg(tpl));
            admin.exec(QStringLiteral("SELECT pg_advisory_unlock(4242)"));
            ADD_FAILURE() << built.error().describe().toStdString();
            return {};
        }
    }
    const QString failed = admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, tpl));
    admin.exec(QStringLiteral("SELECT pg_advisory_unlock(4242)"));
    return failed.isEmpty() ? name : QString();
}

inline void dropServerDatabase(const QString& name)
{
    if (!name.isEmpty())
        ServerAdmin().exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

// One test's empty database on either backend; the PostgreSQL database is dropped afterwards.
class ScratchDatabase final {
public:
    ScratchDatabase(Backend backend, bool migrated = true) : m_backend(backend)
    {
        if (backend == Backend::Sqlite) {
            m_location = m_dir.filePath(QStringLiteral("test.sqlite"));
        } else if (!testServer().isEmpty()) {
            m_serverDatabase = createServerDatabase(migrated);
            if (!m_serverDatabase.isEmpty())
                m_location = serverLocation(m_serverDatabase);
        }
    }
    ~ScratchDatabase() { dropServerDatabase(m_serverDatabase); }
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    // Empty when the backend is not available.
    QString location() const { return m_location; }
    // The same database, connecting as another PostgreSQL role.
    QString locationAs(const QString& role) const { return serverLocation(m_serverDatabase, role); }
    QString serverDatabase() const { return m_serverDatabase; }
    Backend backend() const { return m_backend; }
    QString dir() const { return m_dir.path(); }

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_location;
    QString m_serverDatabase;
};

// A connection named `name` that has not been through Database::open (no migrations), for
// building databases as older versions left them. Remove it with QSqlDatabase::removeDatabase.
inline QSqlDatabase rawConnection(const QString& location, const QString& name)
{
    if (!Database::isServerLocation(location)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        db.open();
        return db;
    }
    const ServerAddress address = ServerAddress::parse(location).value();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setUserName(address.user);
    db.setDatabaseName(address.database);
    if (db.open())
        QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    return db;
}

// Runs a file of SQL (several statements) on `location` as the test server's superuser; returns
// the error text, empty on success.
inline QString runSqlFile(const QString& location, const QString& file)
{
    QFile sql(file);
    if (!sql.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + file;
    static QAtomicInt counter;
    const QString name = QStringLiteral("test-sql-%1").arg(counter.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = rawConnection(location, name);
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(sql.readAll())))
            error = q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// A new login role on the test server, a member of `group` (e.g. scrutineer_officer); its
// name is unique to this test process. Roles are global to the server, which is thrown away.
inline QString createLoginRole(const QString& stem, const QString& group)
{
    static QAtomicInt counter;
    const QString name =
        QStringLiteral("%1_%2_%3").arg(stem).arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    const QString failed = ServerAdmin().exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(name, group));
    return failed.isEmpty() ? name : QString();
}

} // namespace scrutineer::testing
