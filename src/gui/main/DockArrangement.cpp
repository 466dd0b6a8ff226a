#include "main/DockArrangement.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QScreen>
#include <QTimer>

#include <algorithm>

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
    fit(window, d, layout);
}

int DockArrangement::columnWidth(int windowWidth, Preferences::PanelLayout layout)
{
    if (layout == Preferences::PanelLayout::OneSide)
        return std::clamp(windowWidth / 4, kColumnWidth, kMaxColumnWidth);
    return std::clamp(windowWidth / 5, kSideWidth, kMaxSideWidth);
}

bool DockArrangement::fit(QMainWindow* window, const Docks& d, Preferences::PanelLayout layout)
{
    const int width = columnWidth(window->width(), layout);
    if (layout == Preferences::PanelLayout::OneSide)
        window->resizeDocks({d.meetings}, {width}, Qt::Horizontal);
    else
        window->resizeDocks({d.meetings, d.search}, {width, width}, Qt::Horizontal);
    // The column is as tall as the page beside it (no docks above or below it).
    const int height = window->centralWidget() ? window->centralWidget()->height() : window->height();
    const int meetings = int(height * kMeetingsShare);
    window->resizeDocks({d.meetings, d.agenda}, {meetings, std::max(1, height - meetings)}, Qt::Vertical);
    return window->isVisible() && d.meetings->isVisible();
}

DockSizes::DockSizes(QMainWindow* window, std::function<bool()> fit)
    : QObject(window), m_window(window), m_fit(std::move(fit))
{
    window->installEventFilter(this);
}

void DockSizes::request()
{
    m_pending = true;
    tryFit();
}

void DockSizes::cancel()
{
    m_pending = false;
}

bool DockSizes::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && m_pending && (event->type() == QEvent::Show || event->type() == QEvent::Resize))
        tryFit();
    return QObject::eventFilter(watched, event);
}

void DockSizes::tryFit()
{
    if (!m_window->isVisible() || m_queued)
        return;
    // After the events in hand: a size set just after show() is the one to fit, and the dock
    // area has been laid out for it.
    m_queued = true;
    QTimer::singleShot(0, this, [this] {
        m_queued = false;
        if (m_pending && m_fit())
            m_pending = false;
    });
}

void DockArrangement::placeFirstWindow(QMainWindow* window)
{
    const QScreen* display = window->screen();
    if (!display)
        return;
    const QRect available = display->availableGeometry();
    window->resize((available.size() * 9 / 10).boundedTo(QSize(1600, 1000)));
    window->move(available.center() - QPoint(window->width() / 2, window->height() / 2));
}

} // namespace scrutineer::gui
