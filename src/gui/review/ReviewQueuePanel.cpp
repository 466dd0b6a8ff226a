#include "review/ReviewQueuePanel.h"

#include "common/LatestLoad.h"
#include "common/UndoActions.h"
#include "review/ReviewQueueModel.h"
#include "ui_ReviewQueuePanel.h"

#include <QAction>
#include <QHeaderView>
#include <QUndoCommand>
#include <QUndoStack>

namespace scrutineer::gui {

// Accepting or dismissing an entry (or opening it again): undo restores the state before.
class SetReviewStateCommand final : public QUndoCommand {
public:
    SetReviewStateCommand(ReviewQueuePanel* panel, QString key, ReviewEntry::State before, ReviewEntry::State after,
                          const QString& text)
        : QUndoCommand(text), m_panel(panel), m_key(std::move(key)), m_before(before), m_after(after)
    {
    }
    void redo() override { m_panel->applyState(m_key, m_after); }
    void undo() override { m_panel->applyState(m_key, m_before); }

private:
    ReviewQueuePanel* m_panel;
    QString m_key;
    ReviewEntry::State m_before;
    ReviewEntry::State m_after;
};

ReviewQueuePanel::ReviewQueuePanel(QWidget* parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::ReviewQueuePanel>()),
      m_model(new ReviewQueueModel(this)),
      m_load(new LatestLoad(this)),
      m_history(new QUndoStack(this)),
      m_openAction(new QAction(tr("&Open Page"), this)),
      m_acceptAction(new QAction(tr("&Accept"), this)),
      m_correctAction(new QAction(tr("&Correct\u2026"), this)),
      m_dismissAction(new QAction(tr("&Dismiss"), this))
{
    m_ui->setupUi(this);
    m_ui->view->setModel(m_model);
    m_ui->view->verticalHeader()->hide();
    m_ui->view->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::WhatColumn, QHeaderView::Stretch);
    m_ui->view->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::KindColumn, QHeaderView::ResizeToContents);
    // Rows fit their wrapped text at the width the column has now, and again whenever it changes:
    // the queue is often loaded while its dock is behind another tab, at no width at all. (A
    // queue is a few dozen rows, so the header measures them as it lays them out.)
    m_ui->view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A dock is narrow: what was seen takes the room, with the meeting and page under it.
    m_ui->view->setColumnHidden(ReviewQueueModel::MeetingColumn, true);
    m_ui->view->setColumnHidden(ReviewQueueModel::PageColumn, true);
    m_ui->view->setColumnHidden(ReviewQueueModel::StateColumn, true);
    m_ui->emptyLabel->setText(tr("Nothing to review: everything the importer saw was read."));
    m_ui->emptyLabel->hide();
    struct Entry {
        QAction* action;
        QToolButton* button;
        QKeySequence key;
        QString tip;
    };
    for (const Entry& e : {Entry {m_openAction, m_ui->openButton, QKeySequence(Qt::Key_Return),
                                  tr("Show the page in the document (Enter)")},
                           Entry {m_acceptAction, m_ui->acceptButton, QKeySequence(Qt::CTRL | Qt::Key_Return),
                                  tr("The importer's reading is right, or nothing is missing (Ctrl+Enter)")},
                           Entry {m_correctAction, m_ui->correctButton, QKeySequence(Qt::Key_F2),
                                  tr("Go where it is put right: mark the table on the page, or open the register, "
                                     "the tracker or the performance view (F2)")},
                           Entry {m_dismissAction, m_ui->dismissButton, QKeySequence(Qt::Key_Delete),
                                  tr("Not worth reviewing; it stays dismissed when the pack is imported again "
                                     "(Delete)")}}) {
        e.action->setShortcut(e.key);
        e.action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        e.action->setToolTip(e.tip);
        addAction(e.action);
        e.button->setDefaultAction(e.action);
        e.button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    UndoActions::install(m_history, this, m_ui->undoButton, m_ui->redoButton);
    connect(m_openAction, &QAction::triggered, this, &ReviewQueuePanel::openCurrent);
    connect(m_acceptAction, &QAction::triggered, this, &ReviewQueuePanel::acceptCurrent);
    connect(m_correctAction, &QAction::triggered, this, &ReviewQueuePanel::correctCurrent);
    connect(m_dismissAction, &QAction::triggered, this, &ReviewQueuePanel::dismissCurrent);
    connect(m_ui->view, &QTableView::doubleClicked, this, &ReviewQueuePanel::openCurrent);
    connect(m_ui->showClosedCheck, &QCheckBox::toggled, this, &ReviewQueuePanel::setShowClosed);
    connect(m_ui->view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewQueuePanel::updateActions);
    updateActions();
}

ReviewQueuePanel::~ReviewQueuePanel() = default;

QList<QAction*> ReviewQueuePanel::entryActions() const
{
    return {m_openAction, m_acceptAction, m_correctAction, m_dismissAction};
}

void ReviewQueuePanel::setDatabasePath(const QString& path)
{
    m_databasePath = path;
    m_history->clear();
    m_database.reset();
    if (auto opened = Database::open(path))
        m_database = std::move(opened.value());
    reload();
}

void ReviewQueuePanel::setShowClosed(bool show)
{
    const QSignalBlocker block(m_ui->showClosedCheck);
    m_ui->showClosedCheck->setChecked(show);
    m_ui->view->setColumnHidden(ReviewQueueModel::StateColumn, !show);
    reload();
}

void ReviewQueuePanel::reload()
{
    if (m_databasePath.isEmpty())
        return;
    const bool closed = m_ui->showClosedCheck->isChecked();
    if (const ReviewEntry* e = currentEntry(); e && m_selectAfterLoad.isEmpty())
        m_selectAfterLoad = e->key;
    const int row = m_ui->view->currentIndex().row();
    m_load->start<QList<ReviewEntry>>(
        m_databasePath, [closed](Database& db) { return ReviewQueue(db).entries(closed); },
        [this, row](const Loaded<QList<ReviewEntry>>& result) {
            m_model->setEntries(result.value);
            m_ui->view->resizeRowsToContents();
            int select = m_model->rowOf(m_selectAfterLoad);
            if (select < 0 && m_model->rowCount() > 0)
                select = std::clamp(row, 0, m_model->rowCount() - 1);
            if (select >= 0)
                m_ui->view->setCurrentIndex(m_model->index(select, ReviewQueueModel::WhatColumn));
            m_selectAfterLoad.clear();
            m_ui->emptyLabel->setVisible(m_model->rowCount() == 0);
            m_ui->view->setVisible(m_model->rowCount() > 0);
            m_openCount = m_model->openCount();
            emit countChanged(m_openCount);
            updateActions();
            emit loaded();
        });
}

const ReviewEntry* ReviewQueuePanel::currentEntry() const
{
    return m_model->entry(m_ui->view->currentIndex().row());
}

void ReviewQueuePanel::selectKey(const QString& key)
{
    const int row = m_model->rowOf(key);
    if (row >= 0)
        m_ui->view->setCurrentIndex(m_model->index(row, ReviewQueueModel::WhatColumn));
    else
        m_selectAfterLoad = key;
}

void ReviewQueuePanel::updateActions()
{
    const ReviewEntry* e = currentEntry();
    m_openAction->setEnabled(e && e->documentId > 0 && e->pdfPage > 0);
    m_acceptAction->setEnabled(e && e->state != ReviewEntry::State::Accepted && m_database);
    m_correctAction->setEnabled(e != nullptr);
    m_dismissAction->setEnabled(e && e->state != ReviewEntry::State::Dismissed && m_database);
}

void ReviewQueuePanel::openCurrent()
{
    if (const ReviewEntry* e = currentEntry(); e && e->documentId > 0)
        emit openRequested(e->documentId, e->pdfPage, e->highlight);
}

void ReviewQueuePanel::acceptCurrent()
{
    setState(ReviewEntry::State::Accepted);
}

void ReviewQueuePanel::dismissCurrent()
{
    setState(ReviewEntry::State::Dismissed);
}

void ReviewQueuePanel::correctCurrent()
{
    if (const ReviewEntry* e = currentEntry())
        emit correctRequested(*e);
}

void ReviewQueuePanel::setState(ReviewEntry::State state)
{
    const ReviewEntry* e = currentEntry();
    if (!e || !m_database || e->state == state)
        return;
    // The next entry is the one to look at after this one leaves the list.
    const int row = m_ui->view->currentIndex().row();
    if (const ReviewEntry* next = m_model->entry(row + 1); next && !m_ui->showClosedCheck->isChecked())
        m_selectAfterLoad = next->key;
    const QString text = state == ReviewEntry::State::Accepted
        ? tr("Accept \u201c%1\u201d").arg(ReviewQueueModel::kindText(*e))
        : tr("Dismiss \u201c%1\u201d").arg(ReviewQueueModel::kindText(*e));
    m_history->push(new SetReviewStateCommand(this, e->key, e->state, state, text));
}

void ReviewQueuePanel::applyState(const QString& key, ReviewEntry::State state)
{
    if (!m_database)
        return;
    ReviewQueue(*m_database).setState(key, state);
    if (key.startsWith(QLatin1String("resolution|")))
        emit dataChanged();
    reload();
}

} // namespace scrutineer::gui
