#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace scrutineer {

// The address of a team database on a PostgreSQL server, written as libpq writes it:
// postgresql://user@host:port/name?sslmode=require (host may be a socket folder given as
// ?host=/run/postgresql). It never holds a password: libpq reads that from ~/.pgpass or
// PGPASSWORD. Value type; any thread.
struct ServerAddress {
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    QString user; // empty: libpq's default (PGUSER, else the login name)
    QString host; // a host name, or a socket folder; empty: libpq's default socket
    int port = 0; // 0: libpq's default (PGPORT, else 5432)
    QString database; // empty: libpq's default (the user's name)
    QMap<QString, QString> options; // libpq keywords that may appear in the query string

    // Whether `location` names a server (postgresql:// or postgres://) rather than a file.
    static bool isServerLocation(const QString& location);
    static Expected<ServerAddress> parse(const QString& location);

    // The canonical address, as parse() reads it back.
    QString toString() const;
    // "scrutineer on db.example.org" for titles and menus.
    QString displayName() const;
    // Keyword=value pairs for QPSQL's connect options (everything but host, port, user, name).
    QString connectOptions() const;

    bool operator==(const ServerAddress& other) const = default;
};

} // namespace scrutineer
