#pragma once

#include "main/Preferences.h"

#include <QObject>

#include <functional>

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

    // The one column is a quarter of the window's width, within these bounds, in pixels at the
    // desktop's text size: 320 at 1280×800 (the page keeps over 70 %), 480 at 1920×1080, where
    // agenda titles fit on a line. Each side's column (both sides) is about a fifth.
    static constexpr int kColumnWidth = 300;
    static constexpr int kMaxColumnWidth = 480;
    static constexpr int kSideWidth = 260;
    static constexpr int kMaxSideWidth = 380;
    // The meetings list's share of the column's height; the agenda and its tabs have the rest.
    static constexpr double kMeetingsShare = 0.4;

    static void arrange(QMainWindow* window, const Docks& docks, Preferences::PanelLayout layout);
    // The first start, with no saved geometry: nine tenths of the window's screen, centred (or its
    // minimum size), never its size hint, which is larger than a 1280×800 laptop's screen.
    static void placeFirstWindow(QMainWindow* window);
    // Sizes the docks arranged above for the window's present size (the widths and the meetings'
    // share above). Does nothing, and answers false, while the window or the meetings dock is hidden.
    static bool fit(QMainWindow* window, const Docks& docks, Preferences::PanelLayout layout);
    static int columnWidth(int windowWidth, Preferences::PanelLayout layout);
};

// Gives the default arrangement its sizes once the window has its size: when it is first shown
// (after the size the caller sets before showing it, or straight after), on Reset Layout, and when
// the docks come back from the welcome page still unsized. A layout restored from the settings
// keeps the user's sizes. GUI thread only.
class DockSizes final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockSizes)

public:
    // `fit` sizes the docks (DockArrangement::fit with the window's docks and layout) and answers
    // whether it could.
    DockSizes(QMainWindow* window, std::function<bool()> fit);

    // The docks are to be sized: at once when the window and its meetings list are shown, else
    // when they are.
    void request();
    // The user's layout is on show (restored from the settings): nothing to size.
    void cancel();
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void tryFit();

    QMainWindow* m_window;
    std::function<bool()> m_fit;
    bool m_pending = false;
    bool m_queued = false;
};

} // namespace scrutineer::gui
