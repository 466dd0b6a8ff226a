#include "main/ReadingMode.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QToolBar>

namespace scrutineer::gui {

ReadingMode::ReadingMode(QMainWindow* window)
    : QObject(window), m_window(window), m_action(new QAction(tr("&Reading Mode"), window))
{
    m_action->setObjectName(QStringLiteral("actionReadingMode"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F11));
    m_action->setStatusTip(
        tr("Hide the panels and toolbars so the page has the whole window (F11 again to show them)"));
    connect(m_action, &QAction::toggled, this, &ReadingMode::setActive);
}

bool ReadingMode::isActive() const
{
    return m_action->isChecked();
}

void ReadingMode::setActive(bool active)
{
    if (m_action->isChecked() != active) {
        m_action->setChecked(active); // comes back here through toggled()
        return;
    }
    if (active && m_hidden.isEmpty()) {
        // The panels come back at the sizes they had: showing docks one by one would lay them
        // out afresh.
        m_state = m_window->saveState();
        QList<QWidget*> bars;
        for (QDockWidget* dock : m_window->findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly))
            bars.append(dock);
        for (QToolBar* toolbar : m_window->findChildren<QToolBar*>(Qt::FindDirectChildrenOnly))
            bars.append(toolbar);
        for (QWidget* bar : std::as_const(bars)) {
            if (bar->isVisible()) {
                m_hidden.append(bar);
                bar->hide();
            }
        }
    } else if (!active) {
        for (const QPointer<QWidget>& bar : std::as_const(m_hidden)) {
            if (bar)
                bar->show();
        }
        if (!m_hidden.isEmpty() && !m_state.isEmpty())
            m_window->restoreState(m_state);
        m_hidden.clear();
        m_state.clear();
    }
    emit toggled(active);
}

} // namespace scrutineer::gui
