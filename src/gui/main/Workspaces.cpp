#include "main/Workspaces.h"

#include "performance/PerformanceView.h"
#include "recommendations/RecommendationsView.h"
#include "register/ResolutionRegister.h"
#include "reports/ReportsPanel.h"
#include "tracker/ActionTracker.h"
#include "tracker/ChairTools.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QStackedWidget>
#include <QTabBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace scrutineer::gui {

Workspaces::Workspaces(QStackedWidget* stack, QWidget* reading, ChairTools* tools, QObject* parent)
    : QObject(parent),
      m_stack(stack),
      m_reading(reading),
      m_tools(tools),
      m_group(new QActionGroup(this)),
      m_undoGroup(new QUndoGroup(this))
{
    struct Entry {
        Workspace workspace;
        QString text;
        QString tip;
        QString name;
    };
    const QList<Entry> entries {
        {Workspace::Reading, tr("&Read"), tr("Read the selected meeting’s pack"),
         QStringLiteral("actionWorkspaceReading")},
        {Workspace::Actions, tr("&Actions"), tr("Track every action and its status across meetings"),
         QStringLiteral("actionWorkspaceActions")},
        {Workspace::Resolutions, tr("Re&solutions"), tr("Record, check and correct resolutions"),
         QStringLiteral("actionWorkspaceResolutions")},
        {Workspace::Performance, tr("&Performance"), tr("Indicators, their thresholds and breaches"),
         QStringLiteral("actionWorkspacePerformance")},
        {Workspace::Reports, tr("Re&ports"), tr("Print or save briefings and reports; export data"),
         QStringLiteral("actionWorkspaceReports")},
        {Workspace::Recommendations, tr("Re&commendations"),
         tr("Scrutiny recommendations, the executive's responses and what was done"),
         QStringLiteral("actionWorkspaceRecommendations")},
    };
    int key = Qt::Key_1;
    for (const Entry& entry : entries) {
        auto* action = new QAction(entry.text, m_group);
        action->setObjectName(entry.name);
        action->setCheckable(true);
        action->setStatusTip(entry.tip);
        action->setToolTip(entry.tip);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
        action->setData(int(entry.workspace));
        connect(action, &QAction::triggered, this, [this, workspace = entry.workspace] { show(workspace); });
        m_actions.append(action);
    }
    m_actions.first()->setChecked(true);
    // One Undo/Redo for the window: the tools give up their own shortcuts to it.
    for (QUndoStack* history : m_tools->undoStacks())
        m_undoGroup->addStack(history);
    m_tools->releaseUndoShortcuts();
    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo->setShortcuts(QKeySequence::Redo);
    // The toolbar chooses the tool, so the tools' own tab bar would only repeat it.
    m_tools->tabBar()->hide();
    connect(m_tools, &QTabWidget::currentChanged, this, &Workspaces::syncWithTools);
    // A stacked widget is as wide as its widest page; only the page shown should count, or the
    // tools' tables would widen the reading room beyond small screens.
    auto fitShownPage = [this] {
        for (int i = 0; i < m_stack->count(); ++i) {
            QWidget* page = m_stack->widget(i);
            const bool shown = page == m_stack->currentWidget();
            page->setSizePolicy(shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        }
        m_stack->updateGeometry();
    };
    connect(m_stack, &QStackedWidget::currentChanged, this, fitShownPage);
    fitShownPage();
}

void Workspaces::setEnabled(bool enabled)
{
    m_group->setEnabled(enabled);
}

void Workspaces::setReadingUndoStack(QUndoStack* stack)
{
    m_readingStack = stack;
    m_undoGroup->addStack(stack);
    if (m_current == Workspace::Reading)
        m_undoGroup->setActiveStack(stack);
}

void Workspaces::adoptPanelUndoStack(QUndoStack* stack, QWidget* panel)
{
    m_undoGroup->addStack(stack);
    const QKeySequence undo(QKeySequence::Undo);
    const QKeySequence redo(QKeySequence::Redo);
    for (QAction* action : panel->findChildren<QAction*>()) {
        if (action->shortcut() == undo || action->shortcut() == redo)
            action->setShortcuts({});
    }
    connect(qApp, &QApplication::focusChanged, this, [this, stack, panel](QWidget* old, QWidget* now) {
        const bool wasInside = old && panel->isAncestorOf(old);
        const bool isInside = now && (now == panel || panel->isAncestorOf(now));
        if (isInside)
            m_undoGroup->setActiveStack(stack);
        else if (wasInside)
            m_undoGroup->setActiveStack(stackOf(m_current));
    });
}

QUndoStack* Workspaces::stackOf(Workspace workspace) const
{
    return workspace == Workspace::Reading ? m_readingStack : m_tools->undoStackOf(pageOf(workspace));
}

QWidget* Workspaces::pageOf(Workspace workspace) const
{
    switch (workspace) {
    case Workspace::Reading:
        return m_reading;
    case Workspace::Actions:
        return m_tools->actions();
    case Workspace::Resolutions:
        return m_tools->resolutions();
    case Workspace::Performance:
        return m_tools->performance();
    case Workspace::Reports:
        return m_tools->reports();
    case Workspace::Recommendations:
        return m_tools->recommendations();
    }
    return m_reading;
}

void Workspaces::show(Workspace workspace)
{
    QWidget* page = pageOf(workspace);
    if (workspace != Workspace::Reading)
        m_tools->setCurrentWidget(page);
    m_stack->setCurrentWidget(workspace == Workspace::Reading ? m_reading : m_tools);
    m_actions.at(int(workspace))->setChecked(true);
    m_undoGroup->setActiveStack(stackOf(workspace));
    if (workspace != m_current) {
        m_current = workspace;
        emit currentChanged(workspace);
    }
}

void Workspaces::syncWithTools(int tab)
{
    if (m_stack->currentWidget() != m_tools)
        return;
    for (QAction* action : std::as_const(m_actions)) {
        const auto workspace = Workspace(action->data().toInt());
        if (workspace != Workspace::Reading && pageOf(workspace) == m_tools->widget(tab))
            show(workspace);
    }
}

} // namespace scrutineer::gui
