#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace scrutineer {

// The script that creates a new SQLite library directly at the latest schema
// (sql/sqlite-schema.sql, compiled in), instead of replaying every migration: the replay's
// ALTER TABLEs each make SQLite parse the whole schema again, most of a new database's cost.
// The script is the schema the migrations give, object for object as sqlite_master holds it;
// a test checks that, and dump() writes the script again from a migrated database when a
// migration is added. Stateless; any thread.
class SqliteSchemaScript final {
public:
    // The version the script creates (its PRAGMA user_version); 0 when the script is unreadable.
    static int version();
    // Its statements in order, without their semicolons; the last sets user_version.
    static const QStringList& statements();
    // The script for the schema `db` is at (its objects in creation order, the full-text
    // indexes' empty statistics, its user_version), in the file's format.
    static QString dump(const QSqlDatabase& db);
    // The statements of a script in that format: each ends at a semicolon that ends a line;
    // lines starting with "--" between statements are comments.
    static QStringList split(const QString& script);
};

} // namespace scrutineer
