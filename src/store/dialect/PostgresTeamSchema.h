#pragma once

#include <QString>
#include <QStringList>

// What only a PostgreSQL team database has, added by migrations tagged with a feature name:
// authorship stamped from the connected role, private notes behind row-level security,
// NOTIFY on every change, and the grants of the reader, officer and administrator roles.
// Used by PostgresDialect only. Pure; any thread.
namespace scrutineer::postgres {

QStringList teamSchema(const QString& feature);
// After any migration: grants for the team roles on what the migrations created.
QStringList afterMigrations();

} // namespace scrutineer::postgres
