#include "marking/MarkingController.h"

#include "MarkedTableStore.h"
#include "MeetingStore.h"
#include "marking/MarkTableDialog.h"
#include "marking/MarkingCommands.h"
#include "marking/RegionMarker.h"
#include "marking/RoleLabels.h"
#include "pdf/PdfView.h"
#include "pdf/PdfViewer.h"

#include <QAction>
#include <QFileInfo>
#include <QUndoStack>

namespace scrutineer::gui {
namespace {

QString describe(const MarkedRecords& records)
{
    if (!records.actions.isEmpty())
        return QObject::tr("%n action(s)", nullptr, int(records.actions.size()));
    if (!records.indicators.isEmpty())
        return QObject::tr("%n measure(s)", nullptr, int(records.indicators.size()));
    if (!records.attendance.isEmpty())
        return QObject::tr("%n attendee(s)", nullptr, int(records.attendance.size()));
    if (!records.agendaItems.isEmpty())
        return QObject::tr("%n agenda item(s)", nullptr, int(records.agendaItems.size()));
    return QObject::tr("%n resolution(s)", nullptr, int(records.resolutions.size()));
}

} // namespace

MarkingController::MarkingController(PdfViewer* viewer, QWidget* dialogParent, QObject* parent)
    : QObject(parent),
      m_viewer(viewer),
      m_dialogParent(dialogParent),
      m_marker(new RegionMarker(viewer->view())),
      m_history(new QUndoStack(this)),
      m_markAction(new QAction(tr("&Mark Table on Page"), this)),
      m_markPageAction(new QAction(tr("Mark &Whole Page"), this)),
      m_readAction(new QAction(tr("&Read Marked Area\u2026"), this))
{
    m_markAction->setObjectName(QStringLiteral("actionMarkTable"));
    m_markAction->setCheckable(true);
    m_markAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_markAction->setStatusTip(tr("Drag a rectangle around a table the importer missed, and on the next pages if "
                                  "it runs on"));
    m_markPageAction->setObjectName(QStringLiteral("actionMarkWholePage"));
    m_markPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_markPageAction->setStatusTip(tr("Mark the text of the page being read (add the next page the same way)"));
    m_readAction->setObjectName(QStringLiteral("actionReadMarkedArea"));
    m_readAction->setStatusTip(tr("Preview the rows in the marked area and keep them"));
    m_readAction->setEnabled(false);
    connect(m_markAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            startMarking(m_kind);
        else
            stopMarking();
    });
    connect(m_markPageAction, &QAction::triggered, this, [this] {
        if (m_viewer->documentId() <= 0)
            return;
        if (!m_marker->isMarking())
            startMarking(m_kind);
        const int page = m_viewer->currentPage();
        const QSizeF size = m_viewer->view()->pageSizeInPoints(page);
        // The page's text, without its running header and footer.
        m_marker->addArea({page, QRectF(18, 0.06 * size.height(), size.width() - 36, 0.88 * size.height())});
    });
    connect(m_readAction, &QAction::triggered, this, &MarkingController::openDialog);
    connect(m_marker, &RegionMarker::areasChanged, this,
            [this] { m_readAction->setEnabled(!m_marker->areas().isEmpty()); });
    connect(m_marker, &RegionMarker::readRequested, this, &MarkingController::openDialog);
    connect(m_marker, &RegionMarker::cancelled, this, &MarkingController::stopMarking);
    connect(m_viewer, &PdfViewer::currentPageChanged, this, [this](qint64 documentId, int) {
        if (documentId == m_shownDocument)
            return;
        stopMarking();
        reloadShown();
    });
}

MarkingController::~MarkingController() = default;

MarkTableDialog* MarkingController::dialog() const
{
    return m_dialog;
}

QList<QAction*> MarkingController::actions() const
{
    return {m_markAction, m_markPageAction, m_readAction};
}

void MarkingController::setDatabasePath(const QString& path)
{
    stopMarking();
    m_history->clear();
    m_database.reset();
    if (auto opened = Database::open(path))
        m_database = std::move(opened.value());
    m_shownDocument = -1;
    reloadShown();
}

void MarkingController::startMarking(MarkedKind kind)
{
    m_kind = kind;
    if (m_viewer->documentId() <= 0) {
        m_markAction->setChecked(false);
        emit message(tr("Open a document to mark a table on it."));
        return;
    }
    m_marker->setMarking(true);
    const QSignalBlocker block(m_markAction);
    m_markAction->setChecked(true);
    emit message(tr("Drag a rectangle around the %1; drag on the next pages too if it runs on. Enter reads it, "
                    "Escape stops.")
                     .arg(rolelabels::kind(kind).toLower()));
}

void MarkingController::stopMarking()
{
    m_marker->setMarking(false);
    m_marker->clearAreas();
    const QSignalBlocker block(m_markAction);
    m_markAction->setChecked(false);
}

void MarkingController::reloadShown()
{
    m_shownDocument = m_viewer->documentId();
    QList<RegionMarker::Shown> shown;
    if (m_database && m_shownDocument > 0) {
        for (const MarkedTableStore::Record& record : MarkedTableStore(*m_database).forDocument(m_shownDocument)) {
            shown.append({record.spec.areas,
                          tr("You marked: %1, %2").arg(rolelabels::kind(record.spec.kind), describe(record.records))});
        }
    }
    m_marker->setShown(shown);
}

void MarkingController::openDialog()
{
    if (m_marker->areas().isEmpty() || m_viewer->documentId() <= 0 || !m_database || m_dialog)
        return;
    MarkTableDialog::Input input;
    input.documentId = m_viewer->documentId();
    input.documentPath = m_viewer->documentPath();
    input.fileName = QFileInfo(input.documentPath).fileName();
    MeetingStore meetings(*m_database);
    if (const auto document = meetings.document(input.documentId)) {
        input.fileName = document->fileName;
        if (const auto meeting = document->meetingId > 0 ? meetings.meeting(document->meetingId) : std::nullopt)
            input.body = meeting->body;
    }
    input.spec.kind = m_kind;
    input.spec.areas = m_marker->areas();
    m_dialog = new MarkTableDialog(input, m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, &MarkingController::keep);
    m_dialog->open();
}

void MarkingController::keep()
{
    if (!m_dialog || !m_database)
        return;
    const MarkTableDialog& dialog = *m_dialog;
    const MarkedRecords records = dialog.records();
    const QString what = describe(records);
    auto* command = new KeepMarkedTableCommand(m_database.get(), dialog.input().documentId, dialog.spec(), records,
                                               dialog.templateToKeep(), [this](const QString& error) {
                                                   if (!error.isEmpty())
                                                       emit message(tr("The marked table was not kept: %1").arg(error));
                                                   reloadShown();
                                                   emit dataChanged();
                                               });
    command->setText(tr("Keep %1 from the page").arg(what));
    stopMarking();
    m_history->push(command);
    emit message(tr("Kept %1 from the marked table; Ctrl+Z takes them away again.").arg(what));
}

} // namespace scrutineer::gui
