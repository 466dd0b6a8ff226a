#include "review/ReviewRoom.h"

#include "Database.h"
#include "marking/MarkingController.h"
#include "review/ReviewQueuePanel.h"
#include "review/TemplatesDialog.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QToolButton>

namespace scrutineer::gui {

ReviewRoom::ReviewRoom(QMainWindow* window, PdfViewer* viewer, QObject* parent)
    : QObject(parent),
      m_window(window),
      m_marking(new MarkingController(viewer, window, this)),
      m_panel(new ReviewQueuePanel),
      m_dock(new QDockWidget(tr("Review"), window)),
      m_status(new QToolButton),
      m_templatesAction(new QAction(tr("Table &Templates\u2026"), this))
{
    m_dock->setObjectName(QStringLiteral("reviewDock"));
    m_dock->setWidget(m_panel);
    m_dock->toggleViewAction()->setText(tr("Re&view Queue"));
    m_dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_status->setObjectName(QStringLiteral("reviewStatusButton"));
    m_status->setAutoRaise(true);
    m_status->setToolTip(tr("What the importer could not read or was unsure of: open the review queue"));
    m_status->hide();
    m_templatesAction->setObjectName(QStringLiteral("actionTableTemplates"));
    m_templatesAction->setStatusTip(tr("The templates that read the next packs of a committee the way you taught"));

    connect(m_status, &QToolButton::clicked, this, &ReviewRoom::showQueue);
    connect(m_templatesAction, &QAction::triggered, this, &ReviewRoom::showTemplates);
    connect(m_panel, &ReviewQueuePanel::openRequested, this, &ReviewRoom::openRequested);
    connect(m_panel, &ReviewQueuePanel::correctRequested, this, &ReviewRoom::correct);
    connect(m_panel, &ReviewQueuePanel::countChanged, this, &ReviewRoom::updateStatus);
    connect(m_panel, &ReviewQueuePanel::dataChanged, this, &ReviewRoom::dataChanged);
    connect(m_marking, &MarkingController::message, this, &ReviewRoom::message);
    connect(m_marking, &MarkingController::dataChanged, this, [this] {
        m_panel->reload(); // a marked table closes the entry of the part it covers
        emit dataChanged();
    });
}

QList<QAction*> ReviewRoom::editActions() const
{
    QList<QAction*> actions = m_marking->actions();
    actions.append(m_templatesAction);
    return actions;
}

void ReviewRoom::setDatabasePath(const QString& path)
{
    m_databasePath = path;
    m_marking->setDatabasePath(path);
    m_panel->setDatabasePath(path);
}

void ReviewRoom::reload()
{
    m_panel->reload();
    m_marking->reloadShown();
}

void ReviewRoom::showQueue()
{
    m_dock->show();
    m_dock->raise();
    m_panel->setFocus(Qt::ShortcutFocusReason);
}

void ReviewRoom::updateStatus(int open)
{
    m_status->setText(open == 0 ? tr("Nothing to review") : tr("%n to review", nullptr, open));
    m_status->setVisible(!m_databasePath.isEmpty());
}

void ReviewRoom::correct(const ReviewEntry& entry)
{
    switch (entry.kind) {
    case ReviewEntry::Kind::UnreadTable:
    case ReviewEntry::Kind::Attendance: {
        // Put right by marking it on its page.
        MarkedKind kind = MarkedKind::Plan;
        if (entry.kind == ReviewEntry::Kind::Attendance || entry.regionKind == QLatin1String("minutes"))
            kind = MarkedKind::Attendance;
        else if (entry.regionKind == QLatin1String("resolution"))
            kind = MarkedKind::Resolution;
        else if (entry.regionKind == QLatin1String("scorecard") || entry.detail.contains(QLatin1String("scorecard")))
            kind = MarkedKind::Scorecard;
        emit openRequested(entry.documentId, entry.pdfPage, entry.highlight);
        m_marking->startMarking(kind);
        break;
    }
    case ReviewEntry::Kind::Resolution:
        emit showResolutionRequested(entry.resolutionKey);
        break;
    case ReviewEntry::Kind::Rating:
        emit showIndicatorRequested(entry.indicatorKey);
        break;
    case ReviewEntry::Kind::LowConfidence:
        if (entry.actionId > 0)
            emit showActionRequested(entry.actionId);
        else
            emit showIndicatorRequested(entry.indicatorKey);
        break;
    }
}

void ReviewRoom::showTemplates()
{
    auto opened = Database::open(m_databasePath);
    if (!opened) {
        emit message(tr("The templates cannot be shown: %1").arg(opened.error().describe()));
        return;
    }
    // The dialog keeps its own connection for as long as it is open.
    auto* dialog = new TemplatesDialog(std::move(opened.value()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TemplatesDialog::templatesChanged, this, &ReviewRoom::dataChanged);
    dialog->resize(860, 420);
    dialog->open();
}

} // namespace scrutineer::gui
