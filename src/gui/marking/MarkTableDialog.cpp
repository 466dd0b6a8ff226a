#include "marking/MarkTableDialog.h"

#include "common/UndoActions.h"
#include "marking/MarkedPages.h"
#include "marking/RegionGridModel.h"
#include "marking/RegionPreview.h"
#include "marking/RoleLabels.h"
#include "marking/SpecCommand.h"
#include "marking/SpecEdits.h"
#include "pdf/PdfRenderer.h"
#include "ui_MarkTableDialog.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QPushButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QtConcurrent>

#include <algorithm>

namespace scrutineer::gui {

MarkTableDialog::MarkTableDialog(const Input& input, QWidget* parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::MarkTableDialog>()),
      m_input(input),
      m_spec(input.spec),
      m_model(new RegionGridModel(this)),
      m_preview(new RegionPreview),
      m_history(new QUndoStack(this))
{
    m_ui->setupUi(this);
    m_ui->previewScroll->setWidget(m_preview);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({600, 580}); // the page large enough to read
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: #B71C1C;"));
    m_ui->gridView->setModel(m_model);
    m_ui->gridView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->gridView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->gridView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const MarkedKind kind :
         {MarkedKind::Plan, MarkedKind::Scorecard, MarkedKind::Attendance, MarkedKind::Agenda, MarkedKind::Resolution})
        m_ui->kindCombo->addItem(rolelabels::kind(kind), int(kind));
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(m_spec.kind)));
    m_ui->headingCombo->addItem(tr("Found by Scrutineer"), -1);
    m_ui->headingCombo->addItem(tr("None"), 0);
    for (int lines = 1; lines <= 3; ++lines)
        m_ui->headingCombo->addItem(tr("First %n line(s)", nullptr, lines), lines);
    m_ui->moveLeftButton->setText(tr("\u25c2 Boundary"));
    m_ui->moveLeftButton->setToolTip(tr("Move the current column's right boundary left (Alt+Left)"));
    m_ui->moveLeftButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_ui->moveRightButton->setText(tr("Boundary \u25b8"));
    m_ui->moveRightButton->setToolTip(tr("Move the current column's right boundary right (Alt+Right)"));
    m_ui->moveRightButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_ui->splitColumnButton->setText(tr("Split Column"));
    m_ui->splitColumnButton->setToolTip(tr("Split the current column in two (Ctrl+Shift+K)"));
    m_ui->splitColumnButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_ui->mergeColumnButton->setText(tr("Merge Columns"));
    m_ui->mergeColumnButton->setToolTip(tr("Merge the current column with the next (Ctrl+K)"));
    m_ui->mergeColumnButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_ui->joinButton->setText(tr("Join Rows"));
    m_ui->joinButton->setToolTip(tr("Join the selected rows into one (Ctrl+J)"));
    m_ui->joinButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_ui->splitButton->setText(tr("Split Row"));
    m_ui->splitButton->setToolTip(tr("Start a new row at the current row's second line (Ctrl+Shift+J); or "
                                     "double-click a line on the page"));
    m_ui->splitButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Keep These Rows"));
    m_ui->templateName->setText(m_input.body.isEmpty() ? tr("Table from %1").arg(m_input.fileName)
                                                       : tr("%1 plan").arg(m_input.body));
    m_ui->templateScope->setText(m_input.body.isEmpty() ? tr("for any document with the same headings")
                                                        : tr("for packs of %1").arg(m_input.body));
    UndoActions::install(m_history, this, m_ui->undoButton, m_ui->redoButton);

    connect(m_ui->kindCombo, &QComboBox::activated, this,
            [this] { setKind(MarkedKind(m_ui->kindCombo->currentData().toInt())); });
    connect(m_ui->headingCombo, &QComboBox::activated, this,
            [this] { setHeadingLines(m_ui->headingCombo->currentData().toInt()); });
    connect(m_ui->roleCombo, &QComboBox::activated, this,
            [this] { setColumnRole(currentColumn(), m_ui->roleCombo->currentData().toString()); });
    connect(m_ui->moveLeftButton, &QToolButton::clicked, this, [this] {
        const QList<double> b = currentBoundaries();
        const int i = std::min<int>(currentColumn(), int(b.size()) - 1);
        if (i >= 0)
            moveBoundary(i, b.at(i) - 0.005);
    });
    connect(m_ui->moveRightButton, &QToolButton::clicked, this, [this] {
        const QList<double> b = currentBoundaries();
        const int i = std::min<int>(currentColumn(), int(b.size()) - 1);
        if (i >= 0)
            moveBoundary(i, b.at(i) + 0.005);
    });
    connect(m_ui->splitColumnButton, &QToolButton::clicked, this, [this] { splitColumn(currentColumn()); });
    connect(m_ui->mergeColumnButton, &QToolButton::clicked, this, [this] { mergeColumns(currentColumn()); });
    connect(m_ui->joinButton, &QToolButton::clicked, this, [this] {
        int first = INT_MAX;
        int last = -1;
        for (const QModelIndex& index : m_ui->gridView->selectionModel()->selectedIndexes()) {
            first = std::min(first, index.row());
            last = std::max(last, index.row());
        }
        if (last > first)
            joinRows(first, last);
        else if (last >= 0)
            joinRows(last, last + 1);
    });
    connect(m_ui->splitButton, &QToolButton::clicked, this, [this] { splitRow(currentRow()); });
    connect(m_preview, &RegionPreview::boundaryMoved, this, &MarkTableDialog::moveBoundary);
    connect(m_preview, &RegionPreview::rowStartToggled, this, &MarkTableDialog::toggleRowStart);
    connect(m_ui->gridView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_preview->setCurrent(currentRow(), currentColumn());
        updateControls();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_ui->summaryLabel->setText(tr("Reading the marked part of the page\u2026"));
    load();
}

MarkTableDialog::~MarkTableDialog() = default;

void MarkTableDialog::load()
{
    auto* watcher = new QFutureWatcher<MarkedPages>(this);
    connect(watcher, &QFutureWatcher<MarkedPages>::finished, this, [this, watcher] {
        const MarkedPages pages = watcher->result();
        watcher->deleteLater();
        if (!pages.error.isEmpty()) {
            m_ui->problemLabel->setText(tr("The document cannot be read: %1").arg(pages.error));
            return;
        }
        m_pages = pages.document;
        m_preview->setCrops(pages.crops);
        m_loaded = true;
        refresh();
        emit loaded();
    });
    watcher->setFuture(QtConcurrent::run(&MarkedPages::read, m_input.documentPath, m_spec.areas));
}

void MarkTableDialog::setSpec(const MarkedTableSpec& spec, const QString& description)
{
    if (spec == m_spec)
        return;
    m_history->push(new SpecCommand(this, m_spec, spec, description));
}

void MarkTableDialog::apply(const MarkedTableSpec& spec)
{
    m_spec = spec;
    refresh();
}

void MarkTableDialog::refresh()
{
    if (!m_loaded)
        return;
    const int row = currentRow();
    const int column = currentColumn();
    m_result = parse::RegionTable::read(m_pages, m_spec);
    m_model->setResult(m_result);
    m_preview->setResult(m_result);
    m_ui->gridView->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_ui->gridView->setColumnWidth(c, std::clamp(m_ui->gridView->columnWidth(c), 60, 260));
    if (m_model->rowCount() > 0 && m_model->columnCount() > 0)
        m_ui->gridView->setCurrentIndex(m_model->index(std::clamp(row, 0, m_model->rowCount() - 1),
                                                       std::clamp(column, 0, m_model->columnCount() - 1)));
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(m_spec.kind)));
    m_ui->headingCombo->setCurrentIndex(std::max(0, m_ui->headingCombo->findData(m_spec.headerLines)));
    m_ui->readingStack->setCurrentWidget(m_spec.kind == MarkedKind::Resolution ? m_ui->textPage : m_ui->gridPage);
    if (m_spec.kind == MarkedKind::Resolution && !m_result.resolutions.isEmpty()) {
        const Resolution& r = m_result.resolutions.first();
        QString html = QStringLiteral("<p>%1</p>").arg(r.text.toHtmlEscaped());
        if (!r.clauses.isEmpty()) {
            html += QStringLiteral("<ol>");
            for (const Clause& clause : r.clauses)
                html += QStringLiteral("<li><b>(%1)</b> %2</li>")
                            .arg(clause.label.toHtmlEscaped(), clause.text.toHtmlEscaped());
            html += QStringLiteral("</ol>");
        }
        m_ui->textView->setHtml(html);
    }
    m_ui->summaryLabel->setText(summary());
    m_ui->problemLabel->setText(m_result.problems.join(QLatin1Char(' ')));
    m_ui->problemLabel->setVisible(!m_result.problems.isEmpty());
    const bool tables = m_spec.kind == MarkedKind::Plan || m_spec.kind == MarkedKind::Scorecard;
    bool headed = false;
    for (const parse::RegionColumn& c : m_result.columns)
        headed = headed || !c.heading.isEmpty();
    m_ui->templateGroup->setVisible(tables);
    m_ui->templateGroup->setEnabled(headed);
    if (!headed)
        m_ui->templateScope->setText(tr("(a template finds a table by its headings; this one has none)"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_result.recordCount() > 0);
    updateControls();
    emit reread();
}

void MarkTableDialog::updateControls()
{
    const int column = currentColumn();
    const bool grid = isGridKind(m_spec.kind) && column >= 0 && column < m_result.columns.size();
    m_ui->roleCombo->clear();
    if (grid) {
        const QString role = m_result.columns.at(column).role;
        m_ui->roleCombo->addItem(tr("Leave out"), kIgnoredRole);
        for (const QString& option : parse::RegionTable::rolesFor(m_spec.kind))
            m_ui->roleCombo->addItem(rolelabels::role(option), option);
        if (!role.isEmpty() && m_ui->roleCombo->findData(role) < 0)
            m_ui->roleCombo->addItem(rolelabels::role(role), role);
        m_ui->roleCombo->setCurrentIndex(std::max(0, m_ui->roleCombo->findData(role.isEmpty() ? kIgnoredRole : role)));
    }
    m_ui->roleCombo->setEnabled(grid);
    const int boundaries = int(m_result.boundaries.size());
    m_ui->moveLeftButton->setEnabled(grid && boundaries > 0);
    m_ui->moveRightButton->setEnabled(grid && boundaries > 0);
    m_ui->splitColumnButton->setEnabled(grid);
    m_ui->mergeColumnButton->setEnabled(grid && boundaries > 0);
    const int row = currentRow();
    m_ui->joinButton->setEnabled(row >= 0 && m_result.rows.size() > 1);
    m_ui->splitButton->setEnabled(row >= 0 && row < m_result.rows.size() && m_result.rows.at(row).lineTops.size() > 1);
}

QString MarkTableDialog::summary() const
{
    if (!m_result.problems.isEmpty() && m_result.recordCount() == 0)
        return {};
    switch (m_spec.kind) {
    case MarkedKind::Plan: {
        int owners = 0;
        int dues = 0;
        int statuses = 0;
        for (const Action& a : m_result.actions) {
            owners += a.owner.isEmpty() ? 0 : 1;
            dues += a.dueText.isEmpty() ? 0 : 1;
            statuses += a.statusText.isEmpty() ? 0 : 1;
        }
        return tr("%n action(s): %1 with an owner, %2 with a due date, %3 with a status as printed.", nullptr,
                  int(m_result.actions.size()))
            .arg(owners)
            .arg(dues)
            .arg(statuses);
    }
    case MarkedKind::Scorecard:
        return tr("%n measure(s), ", nullptr, int(m_result.indicators.size()))
            + tr("%n reading(s).", nullptr, int(m_result.readings.size()));
    case MarkedKind::Attendance:
        return tr("%n attendee(s).", nullptr, int(m_result.attendance.size()));
    case MarkedKind::Agenda:
        return tr("%n agenda item(s).", nullptr, int(m_result.agendaItems.size()));
    case MarkedKind::Resolution:
        return m_result.resolutions.isEmpty() ? QString()
                                              : tr("One resolution with %n clause(s), kept in the resolution register.",
                                                   nullptr, int(m_result.resolutions.first().clauses.size()));
    }
    return {};
}

MarkedRecords MarkTableDialog::records() const
{
    MarkedRecords records;
    records.actions = m_result.actions;
    records.indicators = m_result.indicators;
    records.readings = m_result.readings;
    records.attendance = m_result.attendance;
    records.agendaItems = m_result.agendaItems;
    records.resolutions = m_result.resolutions;
    return records;
}

std::optional<TableTemplate> MarkTableDialog::templateToKeep() const
{
    if (m_ui->templateGroup->isHidden() || !m_ui->templateGroup->isEnabled() || !m_ui->templateGroup->isChecked()
        || m_spec.areas.isEmpty())
        return std::nullopt;
    QSizeF size;
    for (const layout::LayoutPage& page : m_pages.pages) {
        if (page.number == m_spec.areas.first().page)
            size = page.size;
    }
    TableTemplate t = parse::RegionTable::makeTemplate(m_result, m_spec, size);
    t.name = m_ui->templateName->text().trimmed();
    if (t.name.isEmpty())
        t.name = tr("Table from %1").arg(m_input.fileName);
    t.body = m_input.body;
    t.sourceFile = m_input.fileName;
    return t;
}

int MarkTableDialog::currentColumn() const
{
    const QModelIndex index = m_ui->gridView->currentIndex();
    return index.isValid() ? index.column() : (m_result.columns.isEmpty() ? -1 : 0);
}

int MarkTableDialog::currentRow() const
{
    const QModelIndex index = m_ui->gridView->currentIndex();
    return index.isValid() ? index.row() : -1;
}

QList<double> MarkTableDialog::currentBoundaries() const
{
    return m_spec.boundaries.isEmpty() ? m_result.boundaries : m_spec.boundaries;
}

QList<RowStart> MarkTableDialog::currentRowStarts() const
{
    if (!m_spec.rowStarts.isEmpty())
        return m_spec.rowStarts;
    QList<RowStart> starts;
    for (const parse::RegionRow& row : m_result.rows)
        starts.append({row.page, row.top});
    return starts;
}

void MarkTableDialog::setKind(MarkedKind kind)
{
    const SpecEdits::Edit edit = SpecEdits::kind(m_spec, kind);
    setSpec(edit.spec, edit.text);
}

void MarkTableDialog::setHeadingLines(int lines)
{
    const SpecEdits::Edit edit = SpecEdits::headingLines(m_spec, lines);
    setSpec(edit.spec, edit.text);
}

void MarkTableDialog::setColumnRole(int column, const QString& role)
{
    edit(SpecEdits::columnRole(m_spec, currentBoundaries(), column, role));
}

void MarkTableDialog::moveBoundary(int index, double fraction)
{
    edit(SpecEdits::moveBoundary(m_spec, currentBoundaries(), index, fraction));
}

void MarkTableDialog::splitColumn(int column)
{
    edit(SpecEdits::splitColumn(m_spec, currentBoundaries(), column));
}

void MarkTableDialog::mergeColumns(int column)
{
    edit(SpecEdits::mergeColumns(m_spec, currentBoundaries(), column));
}

void MarkTableDialog::joinRows(int first, int last)
{
    edit(SpecEdits::joinRows(m_spec, currentRowStarts(), first, last));
}

void MarkTableDialog::splitRow(int row)
{
    edit(SpecEdits::splitRow(m_spec, currentRowStarts(), m_result.rows, row));
}

void MarkTableDialog::toggleRowStart(int page, qreal y)
{
    edit(SpecEdits::toggleRowStart(m_spec, currentRowStarts(), m_result.rows, page, y));
}

void MarkTableDialog::edit(const std::optional<SpecEdits::Edit>& change)
{
    if (change)
        setSpec(change->spec, change->text);
}

} // namespace scrutineer::gui
