#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The numbered schema migrations. Migration N takes a database at user_version N-1 to N;
// a new database runs them all. Never edit a released step: add the next one.
namespace scrutineer::schema {

struct Migration {
    int version;
    QString summary;
    QStringList statements;
};

const QList<Migration>& migrations();
int currentVersion();

} // namespace scrutineer::schema
