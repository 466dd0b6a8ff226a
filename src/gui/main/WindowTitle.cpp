#include "main/WindowTitle.h"

#include "Database.h"
#include "main/RecentConnections.h"

#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>

namespace scrutineer::gui {

void WindowTitle::show(QMainWindow* window, const QString& location, std::optional<int> meetings)
{
    const bool server = Database::isServerLocation(location);
    const QString name = server ? RecentConnections::label(location) : QFileInfo(location).completeBaseName();
    window->setWindowTitle(location.isEmpty() ? tr("Scrutineer") : tr("%1 — Scrutineer").arg(name));
    window->setWindowFilePath(location);
    QStatusBar* status = window->statusBar();
    status->setToolTip(server ? location : QDir::toNativeSeparators(location));
    if (meetings && *meetings == 0)
        status->showMessage(tr("%1: no meetings yet").arg(name));
    else if (meetings)
        status->showMessage(tr("%1: %n meeting(s)", nullptr, *meetings).arg(name));
}

} // namespace scrutineer::gui
