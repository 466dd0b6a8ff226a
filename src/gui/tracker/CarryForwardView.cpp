#include "CarryForwardView.h"

#include "common/ColumnFit.h"
#include "common/ViewSettings.h"

#include "ActionStore.h"
#include "Database.h"
#include "common/LatestLoad.h"
#include "common/NaturalSortProxy.h"
#include "reports/SaveLocation.h"
#include "reports/TableCsv.h"
#include "tracker/ActionCommands.h"
#include "tracker/ActionLabels.h"
#include "tracker/ActionTableModel.h"
#include "tracker/CarryForward.h"
#include "ui_CarryForwardView.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QUndoStack>

namespace scrutineer::gui {
namespace {

struct CarryData {
    QList<MeetingStore::MeetingSummary> meetings;
    QList<ActionRecord> actions;
};

QString meetingLabel(const MeetingStore::MeetingSummary& m)
{
    const QString date = m.date.isValid() ? QLocale().toString(m.date, QStringLiteral("d MMMM yyyy"))
                                          : QCoreApplication::translate("CarryForwardView", "undated");
    return QCoreApplication::translate("CarryForwardView", "%1, %2").arg(m.body, date);
}

} // namespace

CarryForwardView::CarryForwardView(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CarryForwardView>())
{
    m_ui->setupUi(this);
    m_load = new LatestLoad(this);
    m_ownEditor = new ActionEditor(this);
    m_editor = m_ownEditor;
    m_undoStack = new QUndoStack(this);
    m_model = new ActionTableModel(this);
    auto* proxy = new NaturalSortProxy(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(ActionTableModel::SortRole);
    m_ui->actionsTableView->setModel(proxy);
    m_ui->actionsTableView->verticalHeader()->hide();
    m_ui->actionsTableView->hideColumn(ActionTableModel::OriginColumn);
    m_ui->actionsTableView->hideColumn(ActionTableModel::BodyColumn); // one body: the meeting's
    // Beside the agenda the list is narrow: the action's words first, who owns it and when it is
    // due; the header's menu brings back the rest.
    m_ui->actionsTableView->hideColumn(ActionTableModel::OverdueColumn);
    m_ui->actionsTableView->hideColumn(ActionTableModel::MeetingColumn);
    m_ui->actionsTableView->hideColumn(ActionTableModel::StatusColumn); // all open: that is why they are here
    m_ui->actionsTableView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView* header = m_ui->actionsTableView->horizontalHeader();
    header->setMinimumSectionSize(28);
    header->setSectionResizeMode(ActionTableModel::ActionColumn, QHeaderView::Stretch);
    ColumnFit::wrapRows(m_ui->actionsTableView); // in a narrow panel: two lines of each action, the owner's post
    header->resizeSection(ActionTableModel::RefColumn, 36);
    header->resizeSection(ActionTableModel::OwnerColumn, 96);
    header->resizeSection(ActionTableModel::DueColumn, 68);
    ViewSettings::enableColumnMenu(header);
    m_ui->actionsTableView->sortByColumn(ActionTableModel::DueColumn, Qt::AscendingOrder);

    connect(m_ui->meetingComboBox, &QComboBox::activated, this,
            [this] { setMeeting(m_ui->meetingComboBox->currentData().toLongLong()); });
    connect(m_ui->openSourceButton, &QPushButton::clicked, this, &CarryForwardView::openSelected);
    connect(m_ui->actionsTableView, &QTableView::activated, this, &CarryForwardView::openSelected);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &CarryForwardView::exportChosen);
    connect(m_ui->recordButton, &QPushButton::clicked, this, &CarryForwardView::recordCarryForward);
    connect(m_editor, &ActionEditor::actionsChanged, this, &CarryForwardView::reload);
    showMeeting();
}

CarryForwardView::~CarryForwardView() = default;

QAbstractItemModel* CarryForwardView::model() const { return m_model; }

void CarryForwardView::setDatabasePath(const QString& path)
{
    m_databasePath = path;
    m_database.reset();
    if (!path.isEmpty()) {
        if (auto opened = Database::open(path))
            m_database = std::move(opened.value());
    }
    m_ownEditor->setDatabase(m_database.get());
    reload();
}

void CarryForwardView::shareEditing(ActionEditor* editor, QUndoStack* undoStack)
{
    m_editor = editor;
    m_undoStack = undoStack;
    connect(m_editor, &ActionEditor::actionsChanged, this, &CarryForwardView::reload);
}

void CarryForwardView::setToday(const QDate& today)
{
    m_today = today;
    m_model->setToday(today);
}

void CarryForwardView::reload()
{
    if (m_databasePath.isEmpty())
        return;
    m_load->start<CarryData>(
        m_databasePath, [](Database& db) { return CarryData{MeetingStore(db).meetings(), ActionStore(db).list()}; },
        [this](const Loaded<CarryData>& result) { applyLoaded(result.value.meetings, result.value.actions); });
}

void CarryForwardView::applyLoaded(const QList<MeetingStore::MeetingSummary>& meetings, const QList<ActionRecord>& actions)
{
    m_meetings = meetings;
    m_actions = actions;
    if (!m_pendingBody.isEmpty()) {
        if (const auto next = CarryForward::nextMeeting(m_meetings, m_pendingBody, m_today))
            m_meetingId = next->id;
        m_pendingBody.clear();
    }
    m_ui->meetingComboBox->clear();
    for (const MeetingStore::MeetingSummary& m : m_meetings) {
        if (m.date.isValid() && !m.body.isEmpty())
            m_ui->meetingComboBox->addItem(meetingLabel(m), m.id);
    }
    showMeeting();
    emit loaded();
}

const MeetingStore::MeetingSummary* CarryForwardView::currentMeeting() const
{
    for (const MeetingStore::MeetingSummary& m : m_meetings) {
        if (m.id == m_meetingId)
            return &m;
    }
    return nullptr;
}

void CarryForwardView::setMeeting(qint64 meetingId)
{
    m_meetingId = meetingId;
    m_pendingBody.clear();
    showMeeting();
}

void CarryForwardView::setBody(const QString& body)
{
    m_pendingBody = body;
    if (!m_meetings.isEmpty())
        applyLoaded(m_meetings, m_actions);
}

void CarryForwardView::showMeeting()
{
    const MeetingStore::MeetingSummary* meeting = currentMeeting();
    m_carried = meeting ? CarryForward::openActions(m_actions, *meeting) : QList<ActionRecord>{};
    m_model->setMeetings(m_meetings);
    m_model->setRecords(m_carried);
    const int index = m_ui->meetingComboBox->findData(m_meetingId);
    if (index >= 0)
        m_ui->meetingComboBox->setCurrentIndex(index);
    int late = 0;
    for (const ActionRecord& r : m_carried)
        late += isOverdue(r, m_today) ? 1 : 0; // not those nothing has reported on for months
    if (!meeting)
        m_ui->summaryLabel->setText(tr("Choose a meeting to see the open actions its body carries into it."));
    else if (m_carried.isEmpty())
        m_ui->summaryLabel->setText(tr("No open actions from earlier meetings of %1.").arg(meeting->body));
    else
        m_ui->summaryLabel->setText((m_carried.size() == 1 ? tr("One open action from earlier meetings carried forward to %1")
                                                : tr("%n open actions from earlier meetings carried forward to %1", nullptr, int(m_carried.size())))
                                        .arg(meetingLabel(*meeting)) +
                                    (late > 0 ? tr(" — %n overdue.", nullptr, late) : QStringLiteral(".")));
    m_ui->recordButton->setEnabled(!m_carried.isEmpty() && m_editor->database());
    m_ui->exportCsvButton->setEnabled(!m_carried.isEmpty());
    m_ui->openSourceButton->setEnabled(!m_carried.isEmpty());
}

void CarryForwardView::recordCarryForward()
{
    const MeetingStore::MeetingSummary* meeting = currentMeeting();
    if (!meeting || m_carried.isEmpty() || !m_editor->database())
        return;
    QList<SetStatusCommand::Change> changes;
    for (const ActionRecord& r : m_carried)
        changes.append({r.id, r.actionKey, r.action.status, r.revision});
    const QString comment = tr("Carried forward to the meeting of %1").arg(meetingLabel(*meeting));
    m_undoStack->push(new SetStatusCommand(m_editor, changes, comment,
                                           (changes.size() == 1 ? tr("Carry one action forward") : tr("Carry %n actions forward", nullptr, int(changes.size())))));
}

void CarryForwardView::openSelected()
{
    const QModelIndex current = m_ui->actionsTableView->currentIndex();
    if (!current.isValid())
        return;
    const int row = m_model->rowOf(current.data(ActionTableModel::IdRole).toLongLong());
    if (row < 0)
        return;
    const ActionRecord& r = m_model->record(row);
    if (r.documentId > 0)
        emit openRequested(r.documentId, r.action.pdfPage, labels::highlight(r.action));
}

bool CarryForwardView::exportCsv(const QString& path, QString* error) const
{
    const auto failed = TableCsv::write(*m_ui->actionsTableView->model(), path, m_ui->actionsTableView->horizontalHeader());
    if (failed && error)
        *error = *failed;
    return !failed;
}

void CarryForwardView::exportChosen()
{
    SaveLocation::ask(this, tr("Export carried-forward actions"),
                                           tr("carried-forward-actions.csv"), tr("CSV files (*.csv)"), [this](const QString& path) {
        QString error;
        if (!exportCsv(path, &error))
            SaveLocation::warn(this, tr("Export failed"), error);
    });
}

} // namespace scrutineer::gui
