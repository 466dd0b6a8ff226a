#include "ChairTools.h"

#include "performance/PerformanceView.h"
#include "recommendations/RecommendationsView.h"
#include "register/ResolutionRegister.h"
#include "reports/ReportsPanel.h"
#include "tracker/ActionTracker.h"
#include "tracker/CarryForwardView.h"

#include <QAction>
#include <QKeySequence>

namespace scrutineer::gui {

ChairTools::ChairTools(QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("chairTools"));
    setAccessibleName(tr("Officers' and chairs' tools"));
    setDocumentMode(true);
    m_actions = new ActionTracker(this);
    m_resolutions = new ResolutionRegister(this);
    m_performance = new PerformanceView(this);
    m_reports = new ReportsPanel(this);
    m_recommendations = new RecommendationsView(this);
    addTab(m_actions, tr("&Actions"));
    addTab(m_resolutions, tr("&Resolutions"));
    addTab(m_performance, tr("&Performance"));
    addTab(m_reports, tr("Re&ports"));
    addTab(m_recommendations, tr("Re&commendations"));
    connect(m_actions, &ActionTracker::openRequested, this, &ChairTools::openRequested);
    connect(m_resolutions, &ResolutionRegister::openRequested, this, &ChairTools::openRequested);
    connect(m_performance, &PerformanceView::openRequested, this, &ChairTools::openRequested);
    connect(m_recommendations, &RecommendationsView::openRequested, this, &ChairTools::openRequested);
    connect(m_actions, &ActionTracker::actionsChanged, this, &ChairTools::dataChanged);
    connect(m_resolutions, &ResolutionRegister::resolutionsChanged, this, &ChairTools::dataChanged);
    connect(m_recommendations, &RecommendationsView::recommendationsChanged, this, &ChairTools::dataChanged);
    connect(this, &QTabWidget::currentChanged, this, &ChairTools::loadShownTool);
}

ChairTools::~ChairTools() = default;

void ChairTools::setDatabasePath(const QString& path)
{
    m_databasePath = path;
    m_stale = {m_actions, m_resolutions, m_performance, m_reports, m_recommendations};
    if (!m_onDemand) {
        for (QWidget* tool : QList<QWidget*>(m_stale))
            applyPath(tool);
    } else if (isVisible()) {
        loadShownTool();
    }
}

void ChairTools::showEvent(QShowEvent* event)
{
    QTabWidget::showEvent(event);
    loadShownTool();
}

void ChairTools::loadShownTool()
{
    if (QWidget* tool = currentWidget(); tool && isVisible())
        applyPath(tool);
}

void ChairTools::applyPath(QWidget* tool)
{
    if (!m_stale.removeOne(tool))
        return;
    if (tool == m_actions)
        m_actions->setDatabasePath(m_databasePath);
    else if (tool == m_resolutions)
        m_resolutions->setDatabasePath(m_databasePath);
    else if (tool == m_performance)
        m_performance->setDatabasePath(m_databasePath);
    else if (tool == m_reports)
        m_reports->setDatabasePath(m_databasePath);
    else if (tool == m_recommendations)
        m_recommendations->setDatabasePath(m_databasePath);
}

CarryForwardView* ChairTools::createCarryForwardView(QWidget* parent)
{
    auto* view = new CarryForwardView(parent);
    view->shareEditing(m_actions->editor(), m_actions->undoStack());
    view->setDatabasePath(m_databasePath);
    connect(view, &CarryForwardView::openRequested, this, &ChairTools::openRequested);
    return view;
}

QList<QUndoStack*> ChairTools::undoStacks() const
{
    return {m_actions->undoStack(), m_resolutions->undoStack(), m_performance->undoStack(),
            m_recommendations->undoStack()};
}

QUndoStack* ChairTools::undoStackOf(QWidget* tool) const
{
    if (tool == m_actions)
        return m_actions->undoStack();
    if (tool == m_resolutions)
        return m_resolutions->undoStack();
    if (tool == m_performance)
        return m_performance->undoStack();
    if (tool == m_recommendations)
        return m_recommendations->undoStack();
    return nullptr;
}

void ChairTools::releaseUndoShortcuts()
{
    const QKeySequence undo(QKeySequence::Undo);
    const QKeySequence redo(QKeySequence::Redo);
    for (QWidget* tool : {static_cast<QWidget*>(m_actions), static_cast<QWidget*>(m_resolutions),
                          static_cast<QWidget*>(m_performance), static_cast<QWidget*>(m_recommendations)}) {
        for (QAction* action : tool->findChildren<QAction*>()) {
            if (action->shortcut() == undo || action->shortcut() == redo)
                action->setShortcuts({});
        }
    }
}

void ChairTools::setMeetingContext(qint64 meetingId, const QString& agendaNumber)
{
    m_resolutions->setMeetingContext(meetingId, agendaNumber);
    m_reports->setMeeting(meetingId);
}

void ChairTools::reload()
{
    // Tools not loaded yet read everything when they are first shown.
    if (!m_stale.contains(m_actions))
        m_actions->reload();
    if (!m_stale.contains(m_resolutions))
        m_resolutions->reload();
    if (!m_stale.contains(m_performance))
        m_performance->reload();
    if (!m_stale.contains(m_reports))
        m_reports->reload();
    if (!m_stale.contains(m_recommendations))
        m_recommendations->reload();
}

void ChairTools::selectAction(qint64 actionId)
{
    auto select = [this, actionId] { actions()->selectActions({actionId}); };
    select();
    connect(actions(), &ActionTracker::loaded, this, select, Qt::SingleShotConnection);
}

void ChairTools::selectResolution(const QString& key)
{
    auto select = [this, key] { resolutions()->selectKey(key); };
    select();
    connect(resolutions(), &ResolutionRegister::loaded, this, select, Qt::SingleShotConnection);
}

void ChairTools::selectIndicator(const QString& key)
{
    performance()->selectIndicator(key); // remembered until the indicators have loaded
}

} // namespace scrutineer::gui
