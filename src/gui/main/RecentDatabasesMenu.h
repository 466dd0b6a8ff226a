#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace scrutineer::gui {

// Fills File → Open Recent Database from AppSettings each time it opens, with numbered entries
// and a Clear List action. GUI thread only.
class RecentDatabasesMenu final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentDatabasesMenu)

public:
    RecentDatabasesMenu(QMenu* menu, QAction* clearAction, QObject* parent = nullptr);

    void refresh();

signals:
    void databaseChosen(const QString& path);

private:
    QMenu* m_menu;
    QAction* m_clearAction;
};

} // namespace scrutineer::gui
