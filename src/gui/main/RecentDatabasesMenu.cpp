#include "main/RecentDatabasesMenu.h"

#include "main/AppSettings.h"
#include "main/RecentConnections.h"

#include "Database.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace scrutineer::gui {

RecentDatabasesMenu::RecentDatabasesMenu(QMenu* menu, QAction* clearAction, QObject* parent)
    : QObject(parent), m_menu(menu), m_clearAction(clearAction)
{
    connect(menu, &QMenu::aboutToShow, this, &RecentDatabasesMenu::refresh);
    connect(clearAction, &QAction::triggered, this, [this] {
        AppSettings::clearRecentDatabases();
        refresh();
    });
    refresh();
}

void RecentDatabasesMenu::refresh()
{
    m_menu->clear();
    const QStringList recent = AppSettings::recentDatabases();
    int number = 1;
    for (const QString& path : recent) {
        QString name = RecentConnections::label(path);
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString text = number < 10 ? tr("&%1 %2").arg(number).arg(name) : name;
        QAction* action = m_menu->addAction(text);
        const QString where = Database::isServerLocation(path) ? path : QDir::toNativeSeparators(path);
        action->setToolTip(where);
        action->setStatusTip(where);
        connect(action, &QAction::triggered, this, [this, path] { emit databaseChosen(path); });
        ++number;
    }
    if (recent.isEmpty()) {
        QAction* none = m_menu->addAction(tr("No recent databases"));
        none->setEnabled(false);
    }
    m_menu->addSeparator();
    m_menu->addAction(m_clearAction);
    m_clearAction->setEnabled(!recent.isEmpty());
}

} // namespace scrutineer::gui
