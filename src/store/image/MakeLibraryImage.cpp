// scrutineer-library-image SCRIPT OUTPUT: writes a new, empty Scrutineer library (SQLite, WAL)
// at the latest schema by running the schema script (sql/sqlite-schema.sql). Run at build time;
// the file it writes is compiled into the store as the image new libraries are copied from
// (LibraryImage).

#include "SqliteSchemaScript.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace {

int writeImage(const QString& scriptPath, const QString& output)
{
    QTextStream err(stderr);
    QFile script(scriptPath);
    if (!script.open(QIODevice::ReadOnly)) {
        err << "cannot read " << scriptPath << "\n";
        return 1;
    }
    const QStringList statements = scrutineer::SqliteSchemaScript::split(QString::fromUtf8(script.readAll()));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(output + suffix);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("image"));
    db.setDatabaseName(output);
    if (!db.open()) {
        err << output << ": " << db.lastError().text() << "\n";
        return 1;
    }
    QSqlQuery q(db);
    // The journal mode is stored in the file's header: a copy opens in WAL mode as created.
    QStringList all {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("BEGIN")};
    all += statements;
    all += QStringLiteral("COMMIT");
    for (const QString& statement : std::as_const(all)) {
        if (!q.exec(statement)) {
            err << output << ": " << q.lastError().text() << " [" << statement << "]\n";
            return 1;
        }
    }
    q.finish();
    db.close(); // the last connection: the log is written into the file and removed
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        QTextStream(stderr) << "usage: scrutineer-library-image SCRIPT OUTPUT\n";
        return 2;
    }
    const int status = writeImage(arguments.at(1), arguments.at(2));
    QSqlDatabase::removeDatabase(QStringLiteral("image"));
    return status;
}
