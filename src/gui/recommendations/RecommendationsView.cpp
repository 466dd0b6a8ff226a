#include "RecommendationsView.h"

#include "Database.h"
#include "common/BodyFilter.h"
#include "common/ColumnFit.h"
#include "common/EditingConnection.h"
#include "common/ElideMiddleDelegate.h"
#include "common/LatestLoad.h"
#include "common/UndoActions.h"
#include "recommendations/RecommendationCommands.h"
#include "recommendations/RecommendationDetailsHtml.h"
#include "recommendations/RecommendationEntryDialog.h"
#include "recommendations/RecommendationLabels.h"
#include "recommendations/RecommendationTableModel.h"
#include "reports/SaveLocation.h"
#include "ui_RecommendationsView.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QSaveFile>
#include <QUndoStack>

namespace scrutineer::gui {
RecommendationsView::RecommendationsView(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RecommendationsView>())
{
    m_ui->setupUi(this);
    m_editor = new RecommendationEditor(this);
    m_undoStack = new QUndoStack(this);
    m_load = new LatestLoad(this);
    m_model = new RecommendationTableModel(this);
    m_proxy = new RecommendationProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_ui->recommendationsTableView->setModel(m_proxy);
    setUpControls();
    m_restoring = true;
    m_settings.restore();
    m_restoring = false;
    filterChanged();
    selectionChanged();
}

RecommendationsView::~RecommendationsView()
{
    m_settings.save();
}

QTableView* RecommendationsView::view() const
{
    return m_ui->recommendationsTableView;
}

void RecommendationsView::setUpControls()
{
    using Model = RecommendationTableModel;
    QTableView* table = m_ui->recommendationsTableView;
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(Model::TextColumn, QHeaderView::Stretch);
    ElideMiddleDelegate::install(table, {Model::MadeByColumn}); // committees differ at their end
    ColumnFit::wrapRows(table); // a recommendation's first two lines
    ViewSettings::enableColumnMenu(table->horizontalHeader());
    // The response's date and lead are in the side pane; the header's menu shows them as columns.
    table->setColumnHidden(Model::RespondedColumn, true);
    table->setColumnHidden(Model::LeadColumn, true);
    // What needs chasing first, longest waiting first.
    table->sortByColumn(Model::ResponseColumn, Qt::AscendingOrder);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({1120, 320});

    m_bodyFilter = new BodyFilter(m_ui->bodyComboBox);
    m_ui->decisionFilterComboBox->addItem(tr("Any response"), -1);
    for (const ResponseDecision d : {ResponseDecision::Pending, ResponseDecision::Accepted, ResponseDecision::Partly,
                                     ResponseDecision::Rejected, ResponseDecision::Noted})
        m_ui->decisionFilterComboBox->addItem(reclabels::decision(d), int(d));
    m_ui->decisionFilterComboBox->addItem(reclabels::notStated(), kNotStated);

    UndoActions::install(m_undoStack, this, m_ui->undoButton, m_ui->redoButton);
    m_settings.track(table->horizontalHeader());
    m_settings.track(m_ui->splitter, QStringLiteral("splitter"));
    m_settings.track(m_ui->searchLineEdit, QStringLiteral("search"));
    m_settings.track(
        QStringLiteral("body"), [this] { return QVariant(m_bodyFilter->body()); },
        [this](const QVariant& body) { m_bodyFilter->setBody(body.toString()); }, QString());
    m_settings.track(m_ui->decisionFilterComboBox, QStringLiteral("decision"));
    m_settings.track(m_ui->awaitingCheckBox, QStringLiteral("awaitingOnly"), false);
    m_settings.track(m_ui->noUpdateCheckBox, QStringLiteral("noUpdateOnly"), false);

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &RecommendationsView::filterChanged);
    connect(m_ui->bodyComboBox, &QComboBox::currentIndexChanged, this, &RecommendationsView::filterChanged);
    connect(m_ui->decisionFilterComboBox, &QComboBox::currentIndexChanged, this, &RecommendationsView::filterChanged);
    connect(m_ui->awaitingCheckBox, &QCheckBox::toggled, this, &RecommendationsView::filterChanged);
    connect(m_ui->noUpdateCheckBox, &QCheckBox::toggled, this, &RecommendationsView::filterChanged);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecommendationsView::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecommendationsView::selectionChanged);
    connect(table, &QTableView::activated, this, &RecommendationsView::openSelected);
    connect(m_ui->openSourceButton, &QPushButton::clicked, this, &RecommendationsView::openSelected);
    connect(m_ui->recordResponseButton, &QPushButton::clicked, this, &RecommendationsView::askResponse);
    connect(m_ui->recordUpdateButton, &QPushButton::clicked, this, &RecommendationsView::askUpdate);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &RecommendationsView::exportChosen);
    connect(m_ui->detailsBrowser, &QTextBrowser::anchorClicked, this, &RecommendationsView::activateLink);
    connect(m_editor, &RecommendationEditor::recommendationChanged, this, &RecommendationsView::refresh);
    connect(m_editor, &RecommendationEditor::failed, this,
            [this](const QString& message) { SaveLocation::warn(this, tr("The change was not saved"), message); });
}

void RecommendationsView::setDatabasePath(const QString& path)
{
    m_databasePath = path;
    m_undoStack->clear();
    // A reader of a team database reads; only those who may edit get the editor.
    m_editor->setDatabase(EditingConnection::reopen(m_database, path));
    reload();
}

void RecommendationsView::setToday(const QDate& today)
{
    m_model->setToday(today);
    filterChanged();
}

void RecommendationsView::reload()
{
    if (m_databasePath.isEmpty())
        return;
    m_load->start<QList<RecommendationRecord>>(
        m_databasePath, [](Database& db) { return RecommendationStore(db).list(); },
        [this](const Loaded<QList<RecommendationRecord>>& result) {
            applyLoaded(result.value);
            if (!result.error.isEmpty())
                m_ui->countLabel->setText(tr("Cannot read the recommendations: %1").arg(result.error));
        });
}

void RecommendationsView::applyLoaded(const QList<RecommendationRecord>& records)
{
    const QString selected = selectedKey();
    QStringList bodies;
    for (const RecommendationRecord& r : records)
        bodies.append(r.body);
    m_bodyFilter->setBodies(bodies);
    m_model->setRecords(records);
    m_loaded = true;
    filterChanged();
    using Model = RecommendationTableModel;
    // A date is as wide as the widest date, however few rows carry one; a column no row has a date
    // in (no responses or updates yet) is as wide as its heading, and the text has the room.
    QTableView* table = m_ui->recommendationsTableView;
    const int dateWidth = table->fontMetrics().horizontalAdvance(reclabels::shortDate(QDate(2030, 9, 30))) + 24;
    for (const int column : {Model::MadeColumn, Model::RespondedColumn, Model::DueColumn, Model::UpdatedColumn}) {
        const int heading = table->horizontalHeader()->fontMetrics().horizontalAdvance(
                                m_model->headerData(column, Qt::Horizontal).toString())
            + 30;
        bool dated = false;
        for (int row = 0; row < m_model->rowCount() && !dated; ++row)
            dated = !m_model->index(row, column).data().toString().isEmpty();
        table->setColumnWidth(column, dated ? std::max(dateWidth, heading) : heading);
    }
    // So is the response: a handful of words beside a dot, on the row's two lines ("Awaiting /
    // response"), so that the recommendation keeps the room.
    int responseWidth = 0;
    for (const ResponseDecision d : {ResponseDecision::Accepted, ResponseDecision::Partly, ResponseDecision::Rejected,
                                     ResponseDecision::Noted, ResponseDecision::Pending})
        responseWidth
            = std::max(responseWidth, ColumnFit::widthOnLines(table->fontMetrics(), reclabels::decision(d), 2));
    responseWidth = std::max(responseWidth, ColumnFit::widthOnLines(table->fontMetrics(), reclabels::notStated(), 2));
    const int responseHeading = table->horizontalHeader()->fontMetrics().horizontalAdvance(
                                    m_model->headerData(Model::ResponseColumn, Qt::Horizontal).toString())
        + 30;
    table->setColumnWidth(Model::ResponseColumn,
                          std::max(responseHeading, responseWidth + 24 + table->iconSize().width() + 8));
    // The recommendation's text gets the room, less than the tracker's action text as the response
    // and progress need theirs; cut text is whole in the tooltips and the side pane.
    ColumnFit::fit(
        table, Model::TextColumn,
        {{Model::NumberColumn, 60}, {Model::MadeByColumn, 200}, {Model::LeadColumn, 180}, {Model::ProgressColumn, 260}},
        0.32, {Model::MadeByColumn});
    selectKey(selected);
    emit loaded(int(records.size()));
}

void RecommendationsView::refresh(const QString& key)
{
    if (m_database) {
        if (const auto fresh = RecommendationStore(*m_database).find(key))
            m_model->updateRecord(*fresh);
        m_proxy->invalidate();
    }
    selectionChanged();
    updateCount();
    emit recommendationsChanged();
}

QString RecommendationsView::selectedKey() const
{
    const QModelIndexList rows = m_ui->recommendationsTableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RecommendationTableModel::KeyRole).toString();
}

const RecommendationRecord* RecommendationsView::selectedRecord() const
{
    const int row = m_model->rowOf(selectedKey());
    return row >= 0 ? &m_model->record(row) : nullptr;
}

void RecommendationsView::selectKey(const QString& key)
{
    const int row = key.isEmpty() ? -1 : m_model->rowOf(key);
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    auto* selection = m_ui->recommendationsTableView->selectionModel();
    if (!index.isValid()) {
        selection->clearSelection();
        return;
    }
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->recommendationsTableView->scrollTo(index);
}

void RecommendationsView::selectionChanged()
{
    const RecommendationRecord* r = selectedRecord();
    m_ui->detailsBrowser->setHtml(r ? RecommendationDetailsHtml::details(*r, m_model->today(), m_editor->database())
                                    : RecommendationDetailsHtml::nothingSelected());
    const bool editable = r && m_editor->database();
    m_ui->recordResponseButton->setEnabled(editable);
    m_ui->recordUpdateButton->setEnabled(editable);
    m_ui->openSourceButton->setEnabled(r && r->documentId > 0);
}

void RecommendationsView::openSelected()
{
    if (const RecommendationRecord* r = selectedRecord(); r && r->documentId > 0)
        emit openRequested(r->documentId, r->recommendation.pdfPage, reclabels::highlight(r->recommendation));
}

void RecommendationsView::activateLink(const QUrl& url)
{
    const RecommendationRecord* r = selectedRecord();
    if (!r)
        return;
    const QString link = url.toString();
    const int i = link.section(QLatin1Char(':'), 1).toInt();
    if (link == QStringLiteral("open:")) {
        openSelected();
    } else if (link.startsWith(QStringLiteral("remove-response:"))) {
        removeRecordedResponse(r->key, i);
    } else if (link.startsWith(QStringLiteral("remove-update:"))) {
        removeRecordedUpdate(r->key, i);
    } else if (link.startsWith(QStringLiteral("response:")) && i >= 0 && i < r->responses.size()) {
        const ResponseEntry& e = r->responses.at(i);
        if (e.documentId > 0)
            emit openRequested(e.documentId, e.pdfPage, reclabels::number(r->recommendation));
    } else if (link.startsWith(QStringLiteral("update:")) && i >= 0 && i < r->updates.size()) {
        const UpdateEntry& e = r->updates.at(i);
        if (e.documentId > 0)
            emit openRequested(e.documentId, e.pdfPage, reclabels::number(r->recommendation));
    }
}

void RecommendationsView::recordResponse(const QString& key, const ResponseEntry& response)
{
    if (m_editor->database() && !key.isEmpty())
        m_undoStack->push(new RecordEntryCommand(m_editor, key, response));
}

void RecommendationsView::recordUpdate(const QString& key, const UpdateEntry& update)
{
    if (m_editor->database() && !key.isEmpty())
        m_undoStack->push(new RecordEntryCommand(m_editor, key, update));
}

void RecommendationsView::removeRecordedResponse(const QString& key, int index)
{
    const int row = m_model->rowOf(key);
    if (!m_editor->database() || row < 0 || index < 0 || index >= m_model->record(row).responses.size())
        return;
    const ResponseEntry entry = m_model->record(row).responses.at(index);
    if (entry.manual)
        m_undoStack->push(new RemoveEntryCommand(m_editor, key, entry));
}

void RecommendationsView::removeRecordedUpdate(const QString& key, int index)
{
    const int row = m_model->rowOf(key);
    if (!m_editor->database() || row < 0 || index < 0 || index >= m_model->record(row).updates.size())
        return;
    const UpdateEntry entry = m_model->record(row).updates.at(index);
    if (entry.manual)
        m_undoStack->push(new RemoveEntryCommand(m_editor, key, entry));
}

void RecommendationsView::askResponse()
{
    const RecommendationRecord* r = selectedRecord();
    if (!r)
        return;
    auto* dialog = new RecommendationEntryDialog(RecommendationEntryDialog::Kind::Response, *r, m_model->today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, key = r->key] { recordResponse(key, dialog->response()); });
    dialog->open();
}

void RecommendationsView::askUpdate()
{
    const RecommendationRecord* r = selectedRecord();
    if (!r)
        return;
    auto* dialog = new RecommendationEntryDialog(RecommendationEntryDialog::Kind::Update, *r, m_model->today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, key = r->key] { recordUpdate(key, dialog->update()); });
    dialog->open();
}

bool RecommendationsView::exportCsv(const QString& path, QString* error) const
{
    // The rows shown, in the order shown, in the export format of scrutineer-cli export --table.
    QList<RecommendationRecord> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_model->record(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    QSaveFile file(path);
    const QByteArray bytes = recommendationsCsv(shown);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = tr("cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
    return false;
}

void RecommendationsView::exportChosen()
{
    SaveLocation::ask(this, tr("Export recommendations"), tr("recommendations.csv"), tr("CSV files (*.csv)"),
                      [this](const QString& path) {
                          QString error;
                          if (!exportCsv(path, &error))
                              SaveLocation::warn(this, tr("Export failed"), error);
                      });
}

void RecommendationsView::hideEvent(QHideEvent* event)
{
    m_settings.save();
    QWidget::hideEvent(event);
}

} // namespace scrutineer::gui
