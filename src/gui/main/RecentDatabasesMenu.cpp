#include "main/RecentDatabasesMenu.h"

#include "main/AppSettings.h"

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
        QString name = QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString text = number < 10 ? tr("&%1 %2").arg(number).arg(name) : name;
        QAction* action = m_menu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
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
