#include "main/AppSettings.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace scrutineer::gui {
namespace {

// A file by its absolute path; a team database by its address (it never holds a password).
QString canonical(const QString& location)
{
    return Database::isServerLocation(location) ? location : QFileInfo(location).absoluteFilePath();
}

QString keyFor(const QString& databasePath)
{
    const QByteArray key = canonical(databasePath).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

QStringList AppSettings::recentDatabases()
{
    QStringList result;
    for (const QString& path : QSettings().value(QStringLiteral("database/recent")).toStringList()) {
        if (Database::isServerLocation(path) || QFileInfo::exists(path))
            result.append(path);
    }
    return result;
}

void AppSettings::addRecentDatabase(const QString& path)
{
    const QString absolute = canonical(path);
    QStringList recent = recentDatabases();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("database/recent"), recent);
}

void AppSettings::removeRecentDatabase(const QString& path)
{
    QStringList recent = recentDatabases();
    recent.removeAll(canonical(path));
    QSettings().setValue(QStringLiteral("database/recent"), recent);
}

void AppSettings::clearRecentDatabases() { QSettings().remove(QStringLiteral("database/recent")); }

QString AppSettings::lastDatabase() { return QSettings().value(QStringLiteral("database/last")).toString(); }

void AppSettings::setLastDatabase(const QString& path)
{
    QSettings().setValue(QStringLiteral("database/last"), canonical(path));
}

qint64 AppSettings::lastMeeting(const QString& databasePath)
{
    return QSettings().value(QStringLiteral("meeting/") + keyFor(databasePath), 0).toLongLong();
}

void AppSettings::setLastMeeting(const QString& databasePath, qint64 meetingId)
{
    QSettings().setValue(QStringLiteral("meeting/") + keyFor(databasePath), meetingId);
}

AppSettings::Layout AppSettings::layout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    Layout layout;
    layout.geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    layout.windowState = settings.value(QStringLiteral("state")).toByteArray();
    layout.viewer = settings.value(QStringLiteral("viewer")).toByteArray();
    layout.navigator = settings.value(QStringLiteral("navigator")).toByteArray();
    layout.agenda = settings.value(QStringLiteral("agenda")).toByteArray();
    return layout;
}

void AppSettings::setLayout(const Layout& layout)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), layout.geometry);
    settings.setValue(QStringLiteral("state"), layout.windowState);
    settings.setValue(QStringLiteral("viewer"), layout.viewer);
    settings.setValue(QStringLiteral("navigator"), layout.navigator);
    settings.setValue(QStringLiteral("agenda"), layout.agenda);
}

} // namespace scrutineer::gui
