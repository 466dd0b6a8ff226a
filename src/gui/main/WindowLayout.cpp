#include "main/WindowLayout.h"

#include <QDockWidget>
#include <QMainWindow>

namespace scrutineer::gui {

WindowLayout::WindowLayout(QMainWindow* window, const DockArrangement::Docks& docks, PanelLayout panelLayout,
                           QObject* parent)
    : QObject(parent), m_window(window), m_docks(docks), m_panelLayout(std::move(panelLayout))
{
    DockArrangement::arrange(m_window, m_docks, m_panelLayout());
    m_defaultState = m_window->saveState();
    m_dockSizes = new DockSizes(m_window, [this] { return DockArrangement::fit(m_window, m_docks, m_panelLayout()); });
    m_dockSizes->request(); // unless restore() finds the user's
}

QList<QDockWidget*> WindowLayout::docks() const
{
    return {m_docks.meetings, m_docks.agenda, m_docks.carryForward, m_docks.search, m_docks.notes, m_docks.review};
}

void WindowLayout::setPanelLayout(Preferences::PanelLayout layout)
{
    DockArrangement::arrange(m_window, m_docks, layout);
    m_defaultState = m_window->saveState();
    m_dockSizes->request();
    if (m_welcome)
        m_stateBeforeWelcome = m_defaultState;
    else if (!m_readingState.isEmpty())
        m_readingState = m_defaultState;
    if (m_welcome || !m_readingState.isEmpty()) {
        for (QDockWidget* dock : docks())
            dock->hide();
    }
}

void WindowLayout::setReading(bool reading)
{
    if (!reading && m_readingState.isEmpty()) {
        m_readingState = m_window->saveState();
        for (QDockWidget* dock : docks())
            dock->hide();
    } else if (reading && !m_readingState.isEmpty()) {
        m_window->restoreState(m_readingState);
        m_readingState.clear();
    }
}

void WindowLayout::setWelcomeShown(bool shown)
{
    m_welcome = shown;
    if (shown) {
        m_stateBeforeWelcome = m_window->saveState();
        for (QDockWidget* dock : docks())
            dock->hide();
    } else {
        m_window->restoreState(m_stateBeforeWelcome.isEmpty() ? m_defaultState : m_stateBeforeWelcome);
        if (m_dockSizes->isPending())
            m_dockSizes->request(); // the default arrangement, first shown now
    }
}

void WindowLayout::restore(const AppSettings::Layout& layout)
{
    if (layout.geometry.isEmpty())
        DockArrangement::placeFirstWindow(m_window);
    else
        m_window->restoreGeometry(layout.geometry);
    if (!layout.windowState.isEmpty() && m_window->restoreState(layout.windowState))
        m_dockSizes->cancel(); // the user's sizes
}

void WindowLayout::save(AppSettings::Layout& layout) const
{
    layout.geometry = m_window->saveGeometry();
    layout.windowState = m_welcome && !m_stateBeforeWelcome.isEmpty() ? m_stateBeforeWelcome
        : !m_readingState.isEmpty()                                   ? m_readingState
                                                                      : m_window->saveState();
}

void WindowLayout::reset()
{
    m_window->restoreState(m_defaultState);
    m_dockSizes->request();
}

} // namespace scrutineer::gui
