#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The numbered schema migrations, the same for SQLite and PostgreSQL. Migration N takes a
// database at version N-1 to N; a new database runs them all. Never edit a released step: add
// the next one. Statements are written in the SQL both backends share (SQLite's spelling of
// types and FTS5 tables, which the PostgreSQL dialect translates); what only a server has comes
// from the dialect, for the migration's `feature` tag.
namespace scrutineer::schema {

struct Migration {
    int version;
    QString summary;
    QStringList statements;
    QString feature = {}; // names server-only additions (SqlDialect::featureStatements)
};

const QList<Migration>& migrations();
int currentVersion();

} // namespace scrutineer::schema
