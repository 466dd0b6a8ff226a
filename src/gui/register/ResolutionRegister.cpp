#include "ResolutionRegister.h"

#include "Database.h"
#include "common/BodyFilter.h"
#include "common/ColumnFit.h"
#include "common/EditingConnection.h"
#include "common/ElideMiddleDelegate.h"
#include "common/LatestLoad.h"
#include "common/UndoActions.h"
#include "register/ResolutionCommands.h"
#include "register/ResolutionDialog.h"
#include "register/ResolutionProxyModel.h"
#include "register/ResolutionRegisterModel.h"
#include "register/VoteDialog.h"
#include "reports/SaveLocation.h"
#include "reports/TableCsv.h"
#include "ui_ResolutionRegister.h"

#include <QHeaderView>
#include <QUndoStack>

namespace scrutineer::gui {
namespace {

struct RegisterData {
    QList<ResolutionStore::Record> records;
    QList<MeetingStore::MeetingSummary> meetings;
};

} // namespace

ResolutionRegister::ResolutionRegister(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::ResolutionRegister>())
{
    m_ui->setupUi(this);
    m_editor = new ResolutionEditor(this);
    m_undoStack = new QUndoStack(this);
    m_load = new LatestLoad(this);
    m_model = new ResolutionRegisterModel(this);
    m_proxy = new ResolutionProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_ui->resolutionsTableView->setModel(m_proxy);
    setUpControls();
    restoreSettings();
    selectionChanged();
}

ResolutionRegister::~ResolutionRegister() { saveSettings(); }

QTableView* ResolutionRegister::view() const { return m_ui->resolutionsTableView; }

void ResolutionRegister::setUpControls()
{
    QTableView* table = m_ui->resolutionsTableView;
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setSectionResizeMode(ResolutionRegisterModel::ResolutionColumn, QHeaderView::Stretch);
    table->setColumnWidth(ResolutionRegisterModel::BodyColumn, 190);
    table->setColumnWidth(ResolutionRegisterModel::DateColumn, 95);
    table->setColumnWidth(ResolutionRegisterModel::MinuteColumn, 210);
    table->setColumnWidth(ResolutionRegisterModel::ItemColumn, 45);
    table->setColumnWidth(ResolutionRegisterModel::ClausesColumn, 60);
    table->setColumnWidth(ResolutionRegisterModel::VoteColumn, 230);
    table->setColumnWidth(ResolutionRegisterModel::ReviewColumn, 120);
    ElideMiddleDelegate::install(table, {ResolutionRegisterModel::BodyColumn}); // committees differ at their end
    ColumnFit::wrapRows(table); // a resolution's first two lines, a minute's title whole
    ViewSettings::enableColumnMenu(table->horizontalHeader());
    table->sortByColumn(ResolutionRegisterModel::DateColumn, Qt::DescendingOrder);
    // The table gets most of the height; the selected resolution's details a strip below it.
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({750, 250});

    m_bodyFilter = new BodyFilter(m_ui->bodyComboBox);
    for (QDateEdit* edit : {m_ui->fromDateEdit, m_ui->toDateEdit}) {
        edit->setMinimumDate(QDate(1900, 1, 1));
        edit->setSpecialValueText(tr("any date"));
        edit->setDate(edit->minimumDate());
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    }
    m_ui->reviewComboBox->addItem(tr("Any"), int(ResolutionFilter::Review::Any));
    m_ui->reviewComboBox->addItem(tr("Not checked"), int(ResolutionFilter::Review::Unchecked));
    m_ui->reviewComboBox->addItem(tr("Checked"), int(ResolutionFilter::Review::Checked));
    m_ui->reviewComboBox->addItem(tr("Corrected"), int(ResolutionFilter::Review::Corrected));
    m_ui->reviewComboBox->addItem(tr("Recorded here"), int(ResolutionFilter::Review::Manual));

    UndoActions::install(m_undoStack, this, m_ui->undoButton, m_ui->redoButton);
    m_settings.track(table->horizontalHeader());
    m_settings.track(m_ui->splitter, QStringLiteral("splitter"));
    m_settings.track(m_ui->searchLineEdit, QStringLiteral("search"));
    m_settings.track(
        QStringLiteral("body"), [this] { return QVariant(m_bodyFilter->body()); },
        [this](const QVariant& body) { m_bodyFilter->setBody(body.toString()); }, QString());
    for (QDateEdit* edit : {m_ui->fromDateEdit, m_ui->toDateEdit}) {
        m_settings.track(
            edit == m_ui->fromDateEdit ? QStringLiteral("from") : QStringLiteral("to"),
            [edit] { return QVariant(edit->date() != edit->minimumDate() ? edit->date() : QDate()); },
            [edit](const QVariant& date) { edit->setDate(date.toDate().isValid() ? date.toDate() : edit->minimumDate()); });
    }
    m_settings.track(m_ui->reviewComboBox, QStringLiteral("review"));

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &ResolutionRegister::filterChanged);
    connect(m_ui->bodyComboBox, &QComboBox::currentIndexChanged, this, &ResolutionRegister::filterChanged);
    connect(m_ui->reviewComboBox, &QComboBox::currentIndexChanged, this, &ResolutionRegister::filterChanged);
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, &ResolutionRegister::filterChanged);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, &ResolutionRegister::filterChanged);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ResolutionRegister::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ResolutionRegister::selectionChanged);
    connect(table, &QTableView::activated, this, &ResolutionRegister::openSelected);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ResolutionRegister::newResolution);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ResolutionRegister::editSelected);
    connect(m_ui->voteButton, &QPushButton::clicked, this, &ResolutionRegister::recordVoteForSelected);
    connect(m_ui->checkButton, &QPushButton::clicked, this, [this] {
        if (const auto r = selectedRecord())
            setChecked(r->key, r->review == ResolutionStore::Review::Unchecked);
    });
    connect(m_ui->revertButton, &QPushButton::clicked, this, [this] { revertToPrinted(selectedKey()); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this] { deleteResolution(selectedKey()); });
    connect(m_ui->openSourceButton, &QPushButton::clicked, this, &ResolutionRegister::openSelected);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &ResolutionRegister::exportChosen);
    connect(m_editor, &ResolutionEditor::changed, this, &ResolutionRegister::changed);
    connect(m_editor, &ResolutionEditor::removed, this, &ResolutionRegister::removed);
    connect(m_editor, &ResolutionEditor::failed, this,
            [this](const QString& message) { SaveLocation::warn(this, tr("The change was not saved"), message); });
}

void ResolutionRegister::setDatabasePath(const QString& path)
{
    m_databasePath = path;
    m_undoStack->clear();
    // A reader of a team database reads; only those who may edit get the editor.
    m_editor->setDatabase(EditingConnection::reopen(m_database, path));
    reload();
}

void ResolutionRegister::reload()
{
    if (m_databasePath.isEmpty())
        return;
    m_load->start<RegisterData>(
        m_databasePath,
        [](Database& db) { return RegisterData{ResolutionStore(db).list(), MeetingStore(db).meetings()}; },
        [this](const Loaded<RegisterData>& result) {
            if (!result.error.isEmpty())
                m_ui->countLabel->setText(tr("Cannot read the resolutions: %1").arg(result.error));
            applyLoaded(result.value.records, result.value.meetings);
        });
}

void ResolutionRegister::applyLoaded(const QList<ResolutionStore::Record>& records,
                                     const QList<MeetingStore::MeetingSummary>& meetings)
{
    const QString selected = selectedKey();
    m_meetings = meetings;
    QStringList bodies;
    for (const ResolutionStore::Record& r : records)
        bodies.append(r.body);
    m_bodyFilter->setBodies(bodies);
    m_model->setRecords(records);
    filterChanged();
    // The resolution gets the room, then the minute's title that tells meetings' items apart; the
    // body most rows share gives its room up first.
    using Model = ResolutionRegisterModel;
    ColumnFit::fit(m_ui->resolutionsTableView, Model::ResolutionColumn,
                   {{Model::BodyColumn, 220}, {Model::DateColumn, 110}, {Model::MinuteColumn, 260}, {Model::ItemColumn, 60},
                    {Model::ClausesColumn, 80}, {Model::VoteColumn, 260}, {Model::ReviewColumn, 160}},
                   0.35, {Model::BodyColumn});
    selectKey(selected);
    emit loaded(int(records.size()));
}

void ResolutionRegister::changed(const QString& key)
{
    if (!m_database)
        return;
    if (const auto record = ResolutionStore(*m_database).find(key))
        m_model->upsert(*record);
    m_proxy->invalidate();
    selectKey(key);
    selectionChanged();
    updateCount();
    emit resolutionsChanged();
}

void ResolutionRegister::removed(const QString& key)
{
    m_model->remove(key);
    selectionChanged();
    updateCount();
    emit resolutionsChanged();
}

QString ResolutionRegister::selectedKey() const
{
    const QModelIndexList rows = m_ui->resolutionsTableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ResolutionRegisterModel::KeyRole).toString();
}

std::optional<ResolutionStore::Record> ResolutionRegister::selectedRecord() const
{
    const int row = m_model->rowOf(selectedKey());
    return row >= 0 ? std::optional<ResolutionStore::Record>(m_model->record(row)) : std::nullopt;
}

void ResolutionRegister::selectKey(const QString& key)
{
    const int row = m_model->rowOf(key);
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    auto* selection = m_ui->resolutionsTableView->selectionModel();
    if (!index.isValid()) {
        selection->clearSelection();
        return;
    }
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->resolutionsTableView->scrollTo(index);
}

void ResolutionRegister::push(const QString& key, const std::function<void(ResolutionSnapshot&)>& change, const QString& text)
{
    if (!m_database || key.isEmpty())
        return;
    const ResolutionSnapshot before = m_editor->snapshot(key);
    ResolutionSnapshot after = before;
    change(after);
    if (after.manual == before.manual && after.state == before.state && after.row.has_value() == before.row.has_value() &&
        (!after.row || *after.row == *before.row))
        return; // nothing to record
    m_undoStack->push(new ResolutionEditCommand(m_editor, before, after, text));
}

QString ResolutionRegister::createResolution(const ResolutionStore::Manual& manual)
{
    if (!m_database)
        return {};
    ResolutionSnapshot before;
    before.manual = true;
    ResolutionSnapshot after = before;
    after.row = manual;
    after.row->id = 0;
    auto* command = new ResolutionEditCommand(m_editor, before, after, tr("Record resolution"));
    const int count = m_undoStack->count();
    m_undoStack->push(command);
    return m_undoStack->count() > count ? command->key() : QString(); // an obsolete (failed) command is deleted
}

void ResolutionRegister::editResolution(const QString& key, const Resolution& resolution)
{
    const auto record = m_model->rowOf(key) >= 0 ? std::optional(m_model->record(m_model->rowOf(key))) : std::nullopt;
    push(key,
         [&](ResolutionSnapshot& s) {
             if (s.manual && s.row) {
                 s.row->resolution = resolution;
             } else if (!s.manual) {
                 // Identical to the printed text again: no correction left to keep.
                 const bool same = record && ResolutionStore::UserState{false, resolution} ==
                                                 ResolutionStore::UserState{false, record->printed};
                 s.state.correction = same ? std::nullopt : std::optional<Resolution>(resolution);
             }
         },
         tr("Edit resolution"));
}

void ResolutionRegister::setChecked(const QString& key, bool checked)
{
    push(key,
         [checked](ResolutionSnapshot& s) {
             if (s.manual && s.row)
                 s.row->checked = checked;
             else
                 s.state.checked = checked;
         },
         checked ? tr("Mark checked") : tr("Mark not checked"));
}

void ResolutionRegister::revertToPrinted(const QString& key)
{
    push(key, [](ResolutionSnapshot& s) { s.state.correction.reset(); }, tr("Revert to printed"));
}

void ResolutionRegister::recordVote(const QString& key, const std::optional<RecordedVote>& votes)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    const ResolutionStore::Record record = m_model->record(row);
    push(key,
         [&](ResolutionSnapshot& s) {
             if (s.manual && s.row) {
                 s.row->resolution.votes = votes;
             } else if (!s.manual) {
                 Resolution corrected = s.state.correction ? *s.state.correction : record.printed;
                 corrected.votes = votes;
                 s.state.correction = corrected;
             }
         },
         tr("Record vote"));
}

void ResolutionRegister::deleteResolution(const QString& key)
{
    if (!ResolutionStore::manualId(key))
        return; // extracted resolutions are the minutes' own; they can be corrected, not deleted
    push(key, [](ResolutionSnapshot& s) { s.row.reset(); }, tr("Delete resolution"));
}

bool ResolutionRegister::exportCsv(const QString& path, QString* error) const
{
    const auto failed = TableCsv::write(*m_proxy, path, m_ui->resolutionsTableView->horizontalHeader());
    if (failed && error)
        *error = *failed;
    return !failed;
}

void ResolutionRegister::exportChosen()
{
    SaveLocation::ask(this, tr("Export resolutions"), tr("resolutions.csv"), tr("CSV files (*.csv)"), [this](const QString& path) {
        QString error;
        if (!exportCsv(path, &error))
            SaveLocation::warn(this, tr("Export failed"), error);
    });
}

} // namespace scrutineer::gui
