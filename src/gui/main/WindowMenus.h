#pragma once

#include <QList>

class QDockWidget;
class QMainWindow;

namespace Ui {
class MainWindow;
}

namespace scrutineer::gui {

class HighlightController;
class PreferencesController;
class ReadingMode;
class ReviewRoom;
class Workspaces;

// Fills the main window's menus and workspace bar with the features' own actions (the viewer's
// zoom, print, find and page navigation, undo and redo, the workspaces, the docks, marking,
// highlighting, preferences) in the order the menus show them, and connects the menu commands that
// bring a dock or panel forward (Find, New Note, Go to …). GUI thread only.
class WindowMenus final {
public:
    struct Features {
        Workspaces* workspaces = nullptr;
        ReviewRoom* review = nullptr;
        ReadingMode* readingMode = nullptr;
        PreferencesController* preferences = nullptr;
        HighlightController* highlights = nullptr;
        QList<QDockWidget*> docks;
    };
    static void build(QMainWindow* window, Ui::MainWindow* ui, const Features& features);
};

} // namespace scrutineer::gui
