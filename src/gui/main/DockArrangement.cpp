#include "main/DockArrangement.h"

#include <QDockWidget>
#include <QMainWindow>

namespace scrutineer::gui {

void DockArrangement::arrange(QMainWindow* window, const Docks& d, Preferences::PanelLayout layout)
{
    window->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    window->setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::GroupedDragging);
    window->setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
    const bool oneSide = layout == Preferences::PanelLayout::OneSide;
    const Qt::DockWidgetArea tools = oneSide ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea;
    for (QDockWidget* dock : {d.meetings, d.agenda, d.carryForward}) {
        dock->setFloating(false);
        window->addDockWidget(Qt::LeftDockWidgetArea, dock);
        dock->show();
    }
    for (QDockWidget* dock : {d.search, d.notes, d.review}) {
        dock->setFloating(false);
        window->addDockWidget(tools, dock);
        dock->show();
    }
    window->splitDockWidget(d.meetings, d.agenda, Qt::Vertical);
    window->tabifyDockWidget(d.agenda, d.carryForward);
    if (oneSide) {
        window->tabifyDockWidget(d.carryForward, d.search);
        window->tabifyDockWidget(d.search, d.notes);
    } else {
        window->tabifyDockWidget(d.search, d.notes);
    }
    window->tabifyDockWidget(d.notes, d.review);
    d.search->raise();
    d.agenda->raise();
    // The review queue is an officer's tool: in one column it waits until asked for (the status
    // bar's "N to review", or View), so its buttons do not set the column's width.
    d.review->setVisible(!oneSide);
    if (oneSide) {
        window->resizeDocks({d.meetings}, {kColumnWidth}, Qt::Horizontal);
    } else {
        window->resizeDocks({d.meetings, d.search}, {kSideWidth, kSideWidth}, Qt::Horizontal);
    }
    window->resizeDocks({d.meetings, d.agenda}, {200, 500}, Qt::Vertical);
}

} // namespace scrutineer::gui
