#include "ChairTools.h"

#include "performance/PerformanceView.h"
#include "register/ResolutionRegister.h"
#include "reports/ReportsPanel.h"
#include "tracker/ActionTracker.h"
#include "tracker/CarryForwardView.h"

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
    addTab(m_actions, tr("&Actions"));
    addTab(m_resolutions, tr("&Resolutions"));
    addTab(m_performance, tr("&Performance"));
    addTab(m_reports, tr("Re&ports"));
    connect(m_actions, &ActionTracker::openRequested, this, &ChairTools::openRequested);
    connect(m_resolutions, &ResolutionRegister::openRequested, this, &ChairTools::openRequested);
    connect(m_performance, &PerformanceView::openRequested, this, &ChairTools::openRequested);
    connect(m_actions, &ActionTracker::actionsChanged, this, &ChairTools::dataChanged);
    connect(m_resolutions, &ResolutionRegister::resolutionsChanged, this, &ChairTools::dataChanged);
}

ChairTools::~ChairTools() = default;

void ChairTools::setDatabasePath(const QString& path)
{
    m_databasePath = path;
    m_actions->setDatabasePath(path);
    m_resolutions->setDatabasePath(path);
    m_performance->setDatabasePath(path);
    m_reports->setDatabasePath(path);
}

CarryForwardView* ChairTools::createCarryForwardView(QWidget* parent)
{
    auto* view = new CarryForwardView(parent);
    view->shareEditing(m_actions->editor(), m_actions->undoStack());
    view->setDatabasePath(m_databasePath);
    connect(view, &CarryForwardView::openRequested, this, &ChairTools::openRequested);
    return view;
}

void ChairTools::setMeetingContext(qint64 meetingId, const QString& agendaNumber)
{
    m_resolutions->setMeetingContext(meetingId, agendaNumber);
    m_reports->setMeeting(meetingId);
}

void ChairTools::reload()
{
    m_actions->reload();
    m_resolutions->reload();
    m_performance->reload();
    m_reports->reload();
}

} // namespace scrutineer::gui
