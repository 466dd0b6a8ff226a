#pragma once

#include "main/AppSettings.h"
#include "main/DockArrangement.h"
#include "main/Preferences.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <functional>

class QDockWidget;
class QMainWindow;

namespace scrutineer::gui {

// The main window's docks through its workspaces, the welcome page and runs: the default
// arrangement for the chosen panel layout, the docks put away while a tool or the welcome page has
// the window (and brought back as they were), Reset Layout, and the geometry and dock state kept
// between runs. GUI thread only.
class WindowLayout final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowLayout)

public:
    using PanelLayout = std::function<Preferences::PanelLayout()>;
    // Arranges the window's docks by the panel layout the preferences hold now (asked again
    // whenever the docks are sized).
    WindowLayout(QMainWindow* window, const DockArrangement::Docks& docks, PanelLayout panelLayout,
                 QObject* parent = nullptr);

    QList<QDockWidget*> docks() const;
    // A new default arrangement: applied now where the docks are shown, and later where they are
    // put away (behind a tool or the welcome page).
    void setPanelLayout(Preferences::PanelLayout layout);
    // A tool takes the window (its tables are wide) or gives it back to reading, with the docks
    // as they were.
    void setReading(bool reading);
    // The welcome page alone while there is nothing to navigate; the docks back as they were
    // (or first sized) afterwards.
    void setWelcomeShown(bool shown);
    // The geometry and dock state kept between runs.
    void restore(const AppSettings::Layout& layout);
    void save(AppSettings::Layout& layout) const;
    // View → Reset Layout: the default arrangement, sized for the window.
    void reset();

private:
    QMainWindow* m_window;
    DockArrangement::Docks m_docks;
    PanelLayout m_panelLayout;
    DockSizes* m_dockSizes = nullptr;
    QByteArray m_defaultState;
    QByteArray m_stateBeforeWelcome;
    QByteArray m_readingState; // the docks as they were while a tool has the window
    bool m_welcome = false;
};

} // namespace scrutineer::gui
