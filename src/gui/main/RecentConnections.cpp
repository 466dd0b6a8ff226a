#include "main/RecentConnections.h"

#include "Database.h"
#include "ServerAddress.h"
#include "main/AppSettings.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace scrutineer::gui {

QStringList RecentConnections::addresses()
{
    QStringList result;
    for (const QString& location : AppSettings::recentDatabases()) {
        if (Database::isServerLocation(location))
            result.append(location);
    }
    return result;
}

void RecentConnections::add(const QString& address)
{
    const auto parsed = ServerAddress::parse(address);
    if (parsed) // parse() refuses an address holding a password: none is ever kept
        AppSettings::addRecentDatabase(parsed->toString());
}

void RecentConnections::remove(const QString& address)
{
    AppSettings::removeRecentDatabase(address);
}

QString RecentConnections::label(const QString& location)
{
    if (!Database::isServerLocation(location))
        return QFileInfo(location).fileName();
    const auto address = ServerAddress::parse(location);
    if (!address)
        return location;
    if (address->user.isEmpty())
        return address->displayName();
    return QCoreApplication::translate("RecentConnections", "%1 as %2").arg(address->displayName(), address->user);
}

} // namespace scrutineer::gui
