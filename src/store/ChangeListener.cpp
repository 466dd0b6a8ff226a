#include "ChangeListener.h"

#include "Database.h"
#include "Log.h"
#include "PostgresDialect.h"

#include <QRandomGenerator>
#include <QSqlDriver>
#include <QVariant>

namespace scrutineer {

ChangeListener::ChangeListener(QObject* parent) : QObject(parent)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(250);
    connect(&m_quiet, &QTimer::timeout, this, [this] {
        const QSet<QString> tables = std::exchange(m_pending, {});
        if (!tables.isEmpty())
            emit changed(tables);
    });
}

ChangeListener::~ChangeListener() = default;

QString ChangeListener::applicationName()
{
    static const QString name
        = QStringLiteral("scrutineer %1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    return name;
}

bool ChangeListener::listenTo(const QString& location)
{
    stop();
    if (!Database::isServerLocation(location))
        return false;
    auto opened = Database::open(location);
    if (!opened) {
        log::warning(QStringLiteral("no live updates from %1: %2").arg(location, opened.error().describe()));
        return false;
    }
    QSqlDriver* driver = opened.value()->connection().driver();
    if (!driver->subscribeToNotification(QLatin1String(PostgresDialect::kChannel))) {
        log::warning(QStringLiteral("no live updates from %1: the server refused LISTEN").arg(location));
        return false;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                notified(name, payload.toString());
            });
    m_database = std::move(opened.value());
    return true;
}

void ChangeListener::stop()
{
    if (m_database) {
        QSqlDriver* driver = m_database->connection().driver();
        disconnect(driver, nullptr, this, nullptr);
        driver->unsubscribeFromNotification(QLatin1String(PostgresDialect::kChannel));
        m_database.reset();
    }
    m_quiet.stop();
    m_pending.clear();
}

void ChangeListener::notified(const QString& name, const QString& payload)
{
    if (name != QLatin1String(PostgresDialect::kChannel))
        return;
    // "table<TAB>role<TAB>program": what this program did as this user is already on screen.
    const QStringList parts = payload.split(QLatin1Char('\t'));
    const QString table = parts.value(0);
    if (table.isEmpty() || (parts.value(1) == m_database->userName() && parts.value(2) == applicationName()))
        return;
    m_pending.insert(table);
    m_quiet.start();
}

} // namespace scrutineer
