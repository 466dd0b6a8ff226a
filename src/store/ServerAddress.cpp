#include "ServerAddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace scrutineer {
namespace {

// The libpq connection keywords an address may carry besides host, port, user and name. A
// password is not among them: it comes from ~/.pgpass or PGPASSWORD.
bool isAllowedOption(const QString& key)
{
    static const QStringList allowed {QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
                                      QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
                                      QStringLiteral("connect_timeout"), QStringLiteral("target_session_attrs"),
                                      QStringLiteral("gssencmode"),      QStringLiteral("application_name")};
    return allowed.contains(key);
}

} // namespace

bool ServerAddress::isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Expected<ServerAddress> ServerAddress::parse(const QString& location)
{
    const QString shown = location.section(QLatin1Char('?'), 0, 0);
    if (!isServerLocation(location))
        return Error {Error::Code::InputRejected, shown, tr("not a PostgreSQL address (postgresql://user@host/name)")};
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return Error {Error::Code::InputRejected, shown, tr("not a valid address: %1").arg(url.errorString())};
    if (!url.password().isEmpty()) {
        return Error {Error::Code::InputRejected, url.toString(QUrl::RemovePassword | QUrl::RemoveQuery),
                      tr("the address holds a password; put it in ~/.pgpass or PGPASSWORD instead")};
    }
    ServerAddress address;
    address.user = url.userName();
    address.host = url.host();
    address.port = url.port(0);
    address.database = url.path().mid(1);
    if (address.database.contains(QLatin1Char('/')))
        return Error {Error::Code::InputRejected, shown, tr("the database name cannot contain '/'")};
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            address.host = value;
        } else if (key == QLatin1String("port")) {
            address.port = value.toInt();
        } else if (key == QLatin1String("user")) {
            address.user = value;
        } else if (key == QLatin1String("dbname")) {
            address.database = value;
        } else if (key == QLatin1String("password")) {
            return Error {Error::Code::InputRejected, shown,
                          tr("the address holds a password; put it in ~/.pgpass or PGPASSWORD instead")};
        } else if (isAllowedOption(key)) {
            address.options.insert(key, value);
        } else {
            return Error {Error::Code::InputRejected, shown, tr("unknown connection option '%1'").arg(key)};
        }
    }
    if (address.port < 0 || address.port > 65535)
        return Error {Error::Code::InputRejected, shown, tr("the port must be between 1 and 65535")};
    return address;
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    const bool socketFolder = host.startsWith(QLatin1Char('/'));
    if (!socketFolder)
        url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (socketFolder)
        query.addQueryItem(QStringLiteral("host"), host);
    for (auto it = options.constBegin(); it != options.constEnd(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    // QUrl drops the empty authority of a socket address ("postgresql:/name"); libpq wants "//".
    if (!text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return text;
}

QString ServerAddress::displayName() const
{
    const QString name = database.isEmpty() ? tr("default database") : database;
    const QString server = host.isEmpty() || host.startsWith(QLatin1Char('/')) ? tr("this computer") : host;
    return tr("%1 on %2").arg(name, server);
}

QString ServerAddress::connectOptions() const
{
    QStringList pairs;
    for (auto it = options.constBegin(); it != options.constEnd(); ++it)
        pairs.append(it.key() + QLatin1Char('=') + it.value());
    return pairs.join(QLatin1Char(';'));
}

} // namespace scrutineer
