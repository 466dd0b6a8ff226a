#include "ActionTracker.h"

#include "Database.h"
#include "common/BodyFilter.h"
#include "common/ColumnFit.h"
#include "common/EditingConnection.h"
#include "common/ElideMiddleDelegate.h"
#include "common/LatestLoad.h"
#include "common/UndoActions.h"
#include "reports/SaveLocation.h"
#include "reports/TableCsv.h"
#include "tracker/ActionCommands.h"
#include "tracker/ActionDetailsHtml.h"
#include "tracker/ActionLabels.h"
#include "tracker/ActionProxyModel.h"
#include "tracker/ActionTableModel.h"
#include "tracker/AddActionDialog.h"
#include "tracker/CarryForwardView.h"
#include "ui_ActionTracker.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QSet>
#include <QUndoStack>
#include <QVBoxLayout>

namespace scrutineer::gui {
namespace {

struct TrackerData {
    QList<ActionRecord> actions;
    QList<MeetingStore::MeetingSummary> meetings;
};

const QList<ActionStatus> kStatuses{ActionStatus::Open,     ActionStatus::NotStarted, ActionStatus::OnTrack,
                                    ActionStatus::AtRisk,   ActionStatus::OffTrack,   ActionStatus::Complete,
                                    ActionStatus::BusinessAsUsual};
const QList<ActionOrigin> kOrigins{ActionOrigin::Resolution, ActionOrigin::ActionsArising, ActionOrigin::ImprovementPlan,
                                   ActionOrigin::Manual};

} // namespace

ActionTracker::ActionTracker(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::ActionTracker>())
{
    m_ui->setupUi(this);
    m_editor = new ActionEditor(this);
    m_undoStack = new QUndoStack(this);
    m_load = new LatestLoad(this);
    m_model = new ActionTableModel(this);
    m_proxy = new ActionProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_ui->actionsTableView->setModel(m_proxy);
    setUpControls();
    restoreSettings();
    selectionChanged();
}

ActionTracker::~ActionTracker() { saveSettings(); }

QTableView* ActionTracker::view() const { return m_ui->actionsTableView; }

void ActionTracker::setUpControls()
{
    QTableView* table = m_ui->actionsTableView;
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(ActionTableModel::ActionColumn, QHeaderView::Stretch);
    table->setColumnWidth(ActionTableModel::RefColumn, 60);
    table->setColumnWidth(ActionTableModel::BodyColumn, 150);
    table->setColumnWidth(ActionTableModel::OwnerColumn, 160);
    table->setColumnWidth(ActionTableModel::StatusColumn, 110);
    table->setColumnWidth(ActionTableModel::DueColumn, 80);
    table->setColumnWidth(ActionTableModel::OverdueColumn, 92);
    table->setColumnWidth(ActionTableModel::OriginColumn, 110);
    table->setColumnWidth(ActionTableModel::MeetingColumn, 90);
    ElideMiddleDelegate::install(table, {ActionTableModel::BodyColumn}); // committees differ at their end
    ColumnFit::wrapRows(table); // an action's first two lines, and an owner's post whole
    // Where an action comes from is in its details (and the column menu): at 1280 wide the owner,
    // due date and last report need the room more.
    table->hideColumn(ActionTableModel::OriginColumn);
    ViewSettings::enableColumnMenu(table->horizontalHeader());
    table->sortByColumn(ActionTableModel::OverdueColumn, Qt::DescendingOrder);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({1080, 340});

    m_bodyFilter = new BodyFilter(m_ui->bodyComboBox);
    m_ui->statusFilterComboBox->addItem(tr("Any status"), -1);
    for (const ActionStatus s : kStatuses) {
        m_ui->statusFilterComboBox->addItem(labels::status(s), int(s));
        m_ui->newStatusComboBox->addItem(labels::status(s), int(s));
    }
    m_ui->originComboBox->addItem(tr("Any origin"), -1);
    for (const ActionOrigin o : kOrigins)
        m_ui->originComboBox->addItem(labels::origin(o), int(o));

    UndoActions::install(m_undoStack, this, m_ui->undoButton, m_ui->redoButton);
    m_settings.track(table->horizontalHeader());
    m_settings.track(m_ui->splitter, QStringLiteral("splitter"));
    m_settings.track(m_ui->searchLineEdit, QStringLiteral("search"));
    m_settings.track(m_ui->ownerLineEdit, QStringLiteral("owner"));
    m_settings.track(
        QStringLiteral("body"), [this] { return QVariant(m_bodyFilter->body()); },
        [this](const QVariant& body) { m_bodyFilter->setBody(body.toString()); }, QString());
    m_settings.track(m_ui->openOnlyCheckBox, QStringLiteral("openOnly"), true);
    m_settings.track(m_ui->overdueOnlyCheckBox, QStringLiteral("overdueOnly"), false);
    m_settings.track(m_ui->statusFilterComboBox, QStringLiteral("status"));
    m_settings.track(m_ui->originComboBox, QStringLiteral("origin"));

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &ActionTracker::filterChanged);
    connect(m_ui->ownerLineEdit, &QLineEdit::textChanged, this, &ActionTracker::filterChanged);
    connect(m_ui->bodyComboBox, &QComboBox::currentIndexChanged, this, &ActionTracker::filterChanged);
    connect(m_ui->statusFilterComboBox, &QComboBox::currentIndexChanged, this, &ActionTracker::filterChanged);
    connect(m_ui->originComboBox, &QComboBox::currentIndexChanged, this, &ActionTracker::filterChanged);
    connect(m_ui->openOnlyCheckBox, &QCheckBox::toggled, this, &ActionTracker::filterChanged);
    connect(m_ui->overdueOnlyCheckBox, &QCheckBox::toggled, this, &ActionTracker::filterChanged);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActionTracker::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActionTracker::selectionChanged);
    connect(table, &QTableView::activated, this, &ActionTracker::openSelected);
    connect(m_ui->openSourceButton, &QPushButton::clicked, this, &ActionTracker::openSelected);
    connect(m_ui->applyStatusButton, &QPushButton::clicked, this, &ActionTracker::applyStatusFromControls);
    connect(m_ui->commentLineEdit, &QLineEdit::returnPressed, this, &ActionTracker::applyStatusFromControls);
    connect(m_ui->addActionButton, &QPushButton::clicked, this, &ActionTracker::askAddAction);
    connect(m_ui->carryForwardButton, &QPushButton::clicked, this, &ActionTracker::showCarryForward);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &ActionTracker::exportChosen);
    connect(m_ui->detailsBrowser, &QTextBrowser::anchorClicked, this, &ActionTracker::activateLink);
    connect(m_ui->historyBrowser, &QTextBrowser::anchorClicked, this, &ActionTracker::activateLink);
    connect(m_editor, &ActionEditor::actionsChanged, this, &ActionTracker::refreshActions);
    connect(m_editor, &ActionEditor::actionsAddedOrRemoved, this, &ActionTracker::reload);
    connect(m_editor, &ActionEditor::failed, this,
            [this](const QString& message) { SaveLocation::warn(this, tr("The change was not saved"), message); });
}

void ActionTracker::setDatabasePath(const QString& path)
{
    m_databasePath = path;
    m_undoStack->clear();
    // A reader of a team database reads; only those who may edit get the editor.
    m_editor->setDatabase(EditingConnection::reopen(m_database, path));
    reload();
}

void ActionTracker::setToday(const QDate& today)
{
    m_model->setToday(today);
    filterChanged();
}

void ActionTracker::reload()
{
    if (m_databasePath.isEmpty())
        return;
    m_load->start<TrackerData>(
        m_databasePath, [](Database& db) { return TrackerData{ActionStore(db).list(), MeetingStore(db).meetings()}; },
        [this](const Loaded<TrackerData>& result) {
            if (!result.error.isEmpty())
                m_ui->countLabel->setText(tr("Cannot read the actions: %1").arg(result.error));
            applyLoaded(result.value.actions, result.value.meetings);
        });
}

void ActionTracker::applyLoaded(const QList<ActionRecord>& records, const QList<MeetingStore::MeetingSummary>& meetings)
{
    const QList<qint64> selected = selectedActionIds();
    m_meetings = meetings;
    QStringList bodies;
    for (const ActionRecord& r : records)
        bodies.append(r.body);
    m_bodyFilter->setBodies(bodies);
    m_model->setMeetings(meetings);
    m_model->setRecords(records);
    filterChanged();
    // The action's text gets the room; columns that repeat one value, and the body and origin most
    // rows share, give it up first.
    ColumnFit::fit(m_ui->actionsTableView, ActionTableModel::ActionColumn,
                   {{ActionTableModel::RefColumn, 70},     {ActionTableModel::BodyColumn, 170},
                    {ActionTableModel::OwnerColumn, 200},  {ActionTableModel::StatusColumn, 240},
                    {ActionTableModel::DueColumn, 100},    {ActionTableModel::OverdueColumn, 150},
                    {ActionTableModel::OriginColumn, 140}, {ActionTableModel::MeetingColumn, 100}},
                   0.38, {ActionTableModel::BodyColumn, ActionTableModel::OriginColumn});
    selectActions(selected);
    emit loaded(int(records.size()));
}

void ActionTracker::refreshActions(const QList<qint64>& actionIds)
{
    if (m_database) {
        ActionStore store(*m_database);
        QList<ActionRecord> fresh;
        for (const qint64 id : actionIds) {
            if (auto r = store.find(id))
                fresh.append(*r);
        }
        m_model->updateRecords(fresh);
        m_proxy->invalidate();
    }
    selectionChanged();
    updateCount();
    emit actionsChanged();
}

QList<qint64> ActionTracker::selectedActionIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_ui->actionsTableView->selectionModel()->selectedRows())
        ids.append(index.data(ActionTableModel::IdRole).toLongLong());
    return ids;
}

QList<ActionRecord> ActionTracker::selectedRecords() const
{
    QList<ActionRecord> records;
    for (const qint64 id : selectedActionIds()) {
        if (const int row = m_model->rowOf(id); row >= 0)
            records.append(m_model->record(row));
    }
    return records;
}

void ActionTracker::selectActions(const QList<qint64>& actionIds)
{
    QItemSelection selection;
    for (const qint64 id : actionIds) {
        const int row = m_model->rowOf(id);
        const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(ActionTableModel::ColumnCount - 1));
    }
    auto* selectionModel = m_ui->actionsTableView->selectionModel();
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        selectionModel->setCurrentIndex(selection.first().topLeft(), QItemSelectionModel::NoUpdate);
}

void ActionTracker::selectionChanged()
{
    const QList<ActionRecord> records = selectedRecords();
    m_evidence.clear();
    if (records.size() == 1) {
        const ActionRecord& r = records.first();
        int packPage = 0;
        if (m_database && r.documentId > 0)
            packPage = MeetingStore(*m_database).packPage(r.documentId, r.action.pdfPage).value_or(0);
        m_ui->detailsBrowser->setHtml(ActionDetailsHtml::details(r, m_model->today(), packPage));
        showHistory(r);
        m_ui->newStatusComboBox->setCurrentIndex(std::max(0, m_ui->newStatusComboBox->findData(int(r.action.status))));
    } else {
        m_ui->detailsBrowser->setHtml(records.isEmpty() ? ActionDetailsHtml::nothingSelected()
                                                        : ActionDetailsHtml::severalSelected(int(records.size())));
        m_ui->historyBrowser->clear();
    }
    const bool any = !records.isEmpty() && m_database;
    m_ui->statusGroupBox->setEnabled(any && m_editor->database());
    m_ui->applyStatusButton->setText(records.size() > 1 ? tr("&Apply to %n actions", nullptr, int(records.size()))
                                                        : tr("&Apply"));
    m_ui->openSourceButton->setEnabled(records.size() == 1 && records.first().documentId > 0);
    m_ui->addActionButton->setEnabled(m_editor->database() && !m_meetings.isEmpty());
    m_ui->carryForwardButton->setEnabled(m_database && !m_meetings.isEmpty());
}

void ActionTracker::showHistory(const ActionRecord& record)
{
    if (!m_database)
        return;
    ActionStore store(*m_database);
    m_evidence = store.evidence(record.id);
    m_ui->historyBrowser->setHtml(ActionDetailsHtml::history(store.history(record.actionKey), m_evidence, record));
}

void ActionTracker::activateLink(const QUrl& url)
{
    const QString link = url.toString();
    if (link == QStringLiteral("open:")) {
        openSelected();
    } else if (link.startsWith(QStringLiteral("evidence:"))) {
        const int i = link.mid(9).toInt();
        if (i >= 0 && i < m_evidence.size() && m_evidence.at(i).documentId > 0)
            emit openRequested(m_evidence.at(i).documentId, m_evidence.at(i).pdfPage, m_evidence.at(i).citation.left(40));
    }
}

void ActionTracker::openSelected()
{
    const QList<ActionRecord> records = selectedRecords();
    if (records.size() == 1 && records.first().documentId > 0)
        emit openRequested(records.first().documentId, records.first().action.pdfPage, labels::highlight(records.first().action));
}

void ActionTracker::setStatus(const QList<qint64>& actionIds, ActionStatus status, const QString& comment)
{
    if (!m_editor->database() || actionIds.isEmpty())
        return;
    QList<SetStatusCommand::Change> changes;
    for (const qint64 id : actionIds) {
        if (const int row = m_model->rowOf(id); row >= 0)
            changes.append({id, m_model->record(row).actionKey, status, m_model->record(row).revision});
    }
    const QString text = changes.size() == 1 ? tr("Set status to %1").arg(labels::status(status))
                                             : tr("Set %n actions to %1", nullptr, int(changes.size())).arg(labels::status(status));
    m_undoStack->push(new SetStatusCommand(m_editor, changes, comment.trimmed(), text));
}

void ActionTracker::applyStatusFromControls()
{
    setStatus(selectedActionIds(), ActionStatus(m_ui->newStatusComboBox->currentData().toInt()), m_ui->commentLineEdit->text());
    m_ui->commentLineEdit->clear();
}

void ActionTracker::addManualAction(const Action& action, qint64 meetingId)
{
    if (m_editor->database())
        m_undoStack->push(new AddActionCommand(m_editor, action, meetingId));
}

void ActionTracker::askAddAction()
{
    const QList<ActionRecord> records = selectedRecords();
    auto* dialog = new AddActionDialog(m_meetings, records.isEmpty() ? 0 : records.first().meetingId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addManualAction(dialog->action(), dialog->meetingId()); });
    dialog->open();
}

CarryForwardView* ActionTracker::showCarryForward()
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Carry open actions forward"));
    auto* layout = new QVBoxLayout(dialog);
    auto* view = new CarryForwardView(dialog);
    view->shareEditing(m_editor, m_undoStack);
    view->setToday(m_model->today());
    const QList<ActionRecord> records = selectedRecords();
    const QString body = records.isEmpty() ? m_ui->bodyComboBox->currentData().toString() : records.first().body;
    if (!body.isEmpty())
        view->setBody(body);
    view->setDatabasePath(m_databasePath);
    connect(view, &CarryForwardView::openRequested, this, &ActionTracker::openRequested);
    layout->addWidget(view);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(960, 520);
    dialog->show();
    return view;
}

bool ActionTracker::exportCsv(const QString& path, QString* error) const
{
    const auto failed = TableCsv::write(*m_proxy, path, m_ui->actionsTableView->horizontalHeader());
    if (failed && error)
        *error = *failed;
    return !failed;
}

void ActionTracker::exportChosen()
{
    SaveLocation::ask(this, tr("Export actions"), tr("actions.csv"), tr("CSV files (*.csv)"), [this](const QString& path) {
        QString error;
        if (!exportCsv(path, &error))
            SaveLocation::warn(this, tr("Export failed"), error);
    });
}

void ActionTracker::hideEvent(QHideEvent* event)
{
    saveSettings();
    QWidget::hideEvent(event);
}

} // namespace scrutineer::gui
