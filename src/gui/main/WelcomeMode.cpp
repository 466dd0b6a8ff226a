#include "main/WelcomeMode.h"

#include "main/WindowLayout.h"
#include "main/Workspaces.h"

#include <QAction>
#include <QDockWidget>
#include <QStackedWidget>

namespace scrutineer::gui {

WelcomeMode::WelcomeMode(const Parts& parts) : m_parts(parts) { }

void WelcomeMode::setShown(bool shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    if (shown) {
        m_parts.workspaces->show(Workspaces::Workspace::Reading);
        // Nothing to navigate yet: the welcome page alone, docks back as they were afterwards.
        m_parts.layout->setWelcomeShown(true);
        m_parts.workspaceBar->hide();
        m_parts.centralStack->setCurrentWidget(m_parts.page);
    } else {
        m_parts.layout->setWelcomeShown(false);
        m_parts.workspaceBar->show();
        m_parts.workspaces->show(Workspaces::Workspace::Reading);
    }
    m_parts.workspaces->setEnabled(!shown);
    for (QAction* action : m_parts.readingActions)
        action->setEnabled(!shown);
    for (QDockWidget* dock : m_parts.layout->docks())
        dock->toggleViewAction()->setEnabled(!shown);
}

} // namespace scrutineer::gui
