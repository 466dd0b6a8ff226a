#pragma once

#include "main/Preferences.h"

class QDockWidget;
class QMainWindow;

namespace scrutineer::gui {

// Lays out the reading room's docks for a Preferences::PanelLayout. One side: a single column
// left of the page (meetings above; the agenda, carried-forward actions, search and notes as tabs
// below; the review queue closed until asked for), so the page gets most of the window even at
// 1280×800. Both sides:
// meetings and agenda on the left, search, notes and review on the right. GUI thread only.
class DockArrangement final {
public:
    struct Docks {
        QDockWidget* meetings = nullptr;
        QDockWidget* agenda = nullptr;
        QDockWidget* carryForward = nullptr;
        QDockWidget* search = nullptr;
        QDockWidget* notes = nullptr;
        QDockWidget* review = nullptr;
    };

    // The width of the one column, and of each side's column, in pixels at the desktop's text size.
    static constexpr int kColumnWidth = 300;
    static constexpr int kSideWidth = 280;

    static void arrange(QMainWindow* window, const Docks& docks, Preferences::PanelLayout layout);
};

} // namespace scrutineer::gui
