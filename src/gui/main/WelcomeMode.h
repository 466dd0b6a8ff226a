#pragma once

#include <QList>

class QAction;
class QStackedWidget;
class QWidget;

namespace scrutineer::gui {

class WindowLayout;
class Workspaces;

// The welcome page in place of the reading room while the library has no meetings: the page alone
// in the window (the docks put away, the workspace bar hidden, the reading commands and the docks'
// toggles off), and the reading room back as it was once there is something to read. GUI thread only.
class WelcomeMode final {
public:
    struct Parts {
        Workspaces* workspaces = nullptr;
        WindowLayout* layout = nullptr;
        QStackedWidget* centralStack = nullptr;
        QWidget* page = nullptr; // the welcome page, in the central stack
        QWidget* workspaceBar = nullptr;
        QList<QAction*> readingActions; // off while the welcome page shows
    };

    explicit WelcomeMode(const Parts& parts);

    bool isShown() const { return m_shown; }
    void setShown(bool shown);

private:
    Parts m_parts;
    bool m_shown = false;
};

} // namespace scrutineer::gui
