#include "SearchPanel.h"

#include "SearchResultDelegate.h"
#include "SearchResultsModel.h"
#include "SearchWorker.h"
#include "ui_SearchPanel.h"

#include <QKeyEvent>
#include <QThread>
#include <QTimer>

namespace scrutineer::gui {
namespace {

constexpr int kDebounceMs = 150;
// As you type, the best 50 (what fits on screen several times over, and quick on a ten-year
// archive); "Show more" raises the limit for the same search.
constexpr int kFirstLimit = 50;
constexpr int kMoreLimit = 500;

} // namespace

SearchPanel::SearchPanel(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::SearchPanel>())
{
    qRegisterMetaType<SearchResult>();
    m_ui->setupUi(this);
    m_model = new SearchResultsModel(this);
    m_ui->resultsView->setModel(m_model);
    m_ui->resultsView->setItemDelegate(new SearchResultDelegate(m_ui->resultsView));
    m_ui->resultsView->setExpandsOnDoubleClick(false);
    m_ui->resultsView->setItemsExpandable(false);
    m_ui->bodyCombo->addItem(tr("All committees"), QString());
    const QDate today = QDate::currentDate();
    m_ui->fromDate->setDate(today.addYears(-1));
    m_ui->toDate->setDate(today);
    updateDateFilter();
    m_ui->statusLabel->setText(tr("Type to search every imported pack, resolution, action and note."));
    m_ui->moreButton->hide();
    connect(m_ui->moreButton, &QPushButton::clicked, this, [this] {
        m_debounce->stop();
        m_limit = kMoreLimit;
        m_ui->moreButton->hide();
        runSearch();
    });

    m_debounce = new QTimer(this);
    m_debounce->setObjectName(QStringLiteral("searchDebounce"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::runSearch);

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("search"));
    m_worker = new SearchWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::finished, this, &SearchPanel::showResult);
    connect(m_worker, &SearchWorker::bodiesLoaded, this, &SearchPanel::showBodies);
    connect(m_worker, &SearchWorker::datesLoaded, this, &SearchPanel::showDates);
    m_thread->start();

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &SearchPanel::scheduleSearch);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &SearchPanel::openCurrentOrFirst);
    connect(m_ui->bodyCombo, &QComboBox::currentIndexChanged, this, &SearchPanel::scheduleSearch);
    connect(m_ui->dateCheck, &QCheckBox::toggled, this, [this] {
        updateDateFilter();
        scheduleSearch();
    });
    for (QDateEdit* edit : {m_ui->fromDate, m_ui->toDate}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            m_datesTouched = true;
            scheduleSearch();
        });
    }
    // Ticked kinds are filled with the highlight colour, unticked ones are outlined only, so the
    // filter reads at a glance in light and dark palettes.
    const QPalette pal = palette();
    const QString css
        = QStringLiteral(
              "QToolButton { border: 1px solid %1; border-radius: 3px; padding: 2px 3px; background: %2; color: %3; }"
              "QToolButton:checked { border-color: %4; background: %4; color: %5; }"
              "QToolButton:focus { border: 1px solid %6; }")
              .arg(pal.color(QPalette::Mid).name(), pal.color(QPalette::Base).name(),
                   pal.color(QPalette::PlaceholderText).name(), pal.color(QPalette::Highlight).name(),
                   pal.color(QPalette::HighlightedText).name(), pal.color(QPalette::Text).name());
    for (QToolButton* button : kindButtons()) {
        button->setStyleSheet(css);
        button->setToolTip(tr("%1: click to include or leave out")
                               .arg(button->toolTip().isEmpty() ? button->text() : button->toolTip()));
        connect(button, &QToolButton::toggled, this, &SearchPanel::scheduleSearch);
    }
    connect(m_ui->resultsView, &QTreeView::activated, this, &SearchPanel::activate);
    // One click opens a result, as on the agenda (a click on a group's heading only opens or shuts it).
    connect(m_ui->resultsView, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        if (!index.data(SearchResultsModel::IsGroupRole).toBool())
            activate(index);
    });
    m_ui->searchEdit->installEventFilter(this);
    setFocusProxy(m_ui->searchEdit);
}

SearchPanel::~SearchPanel()
{
    m_thread->quit();
    m_thread->wait();
}

QList<QToolButton*> SearchPanel::kindButtons() const
{
    return {m_ui->pagesButton, m_ui->itemsButton, m_ui->resolutionsButton, m_ui->actionsButton, m_ui->notesButton};
}

void SearchPanel::setDatabasePath(const QString& path)
{
    m_databasePath = path;
    refresh();
}

QString SearchPanel::databasePath() const
{
    return m_databasePath;
}

QString SearchPanel::query() const
{
    return m_ui->searchEdit->text();
}

QAbstractItemModel* SearchPanel::resultsModel() const
{
    return m_model;
}

qint64 SearchPanel::lastSearchMs() const
{
    return m_lastSearchMs;
}

void SearchPanel::setQuery(const QString& text)
{
    m_ui->searchEdit->setText(text);
}

void SearchPanel::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void SearchPanel::refresh()
{
    const QString path = m_databasePath;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path] { worker->loadBodies(path); }, Qt::QueuedConnection);
    scheduleSearch();
}

void SearchPanel::scheduleSearch()
{
    m_limit = kFirstLimit; // a new query or filter starts with the quick first page again
    m_debounce->start();
}

SearchIndex::Filter SearchPanel::filter() const
{
    SearchIndex::Filter filter;
    filter.body = m_ui->bodyCombo->currentData().toString();
    if (m_ui->dateCheck->isChecked()) {
        filter.from = m_ui->fromDate->date();
        filter.to = m_ui->toDate->date();
    }
    const QList<QToolButton*> buttons = kindButtons();
    const SearchIndex::Kind kinds[]
        = {SearchIndex::Kind::Page, SearchIndex::Kind::AgendaItem, SearchIndex::Kind::Resolution,
           SearchIndex::Kind::Action, SearchIndex::Kind::Note};
    bool all = true;
    for (int i = 0; i < buttons.size(); ++i) {
        if (buttons.at(i)->isChecked())
            filter.kinds.insert(kinds[i]);
        else
            all = false;
    }
    if (all)
        filter.kinds.clear();
    else if (filter.kinds.isEmpty())
        filter.limit = 0; // nothing ticked: nothing to find
    if (filter.limit != 0)
        filter.limit = m_limit;
    return filter;
}

void SearchPanel::runSearch()
{
    const QString text = query().trimmed();
    ++m_generation;
    SearchRequest request;
    request.generation = m_generation;
    request.databasePath = m_databasePath;
    request.query = text;
    request.filter = filter();
    if (text.isEmpty() || m_databasePath.isEmpty() || request.filter.limit == 0
        || SearchIndex::toFtsQuery(text).isEmpty()) {
        m_model->clear();
        m_ui->moreButton->hide();
        m_ui->statusLabel->setText(text.isEmpty()
                                       ? tr("Type to search every imported pack, resolution, action and note.")
                                       : tr("Nothing to search for: add a word, or tick at least one kind."));
        emit searchFinished(0);
        return;
    }
    m_worker->setLatestGeneration(m_generation);
    // The committee list comes along with every search (a cheap query), so committees imported
    // since the last search appear without anyone having to tell the panel.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, request] {
            worker->run(request);
            worker->loadBodies(request.databasePath);
        },
        Qt::QueuedConnection);
}

void SearchPanel::showResult(const SearchResult& result)
{
    if (result.generation != m_generation)
        return; // an answer to a query the user has already typed past
    m_lastSearchMs = result.elapsedMs;
    m_model->setHits(result.hits);
    m_ui->resultsView->expandAll();
    m_ui->moreButton->hide();
    if (!result.error.isEmpty()) {
        m_ui->statusLabel->setText(tr("Cannot search: %1").arg(result.error));
    } else if (result.hits.isEmpty()) {
        m_ui->statusLabel->setText(tr("No matches for “%1”.").arg(query().trimmed()));
    } else {
        const int n = m_model->hitCount();
        const int m = m_model->groupCount();
        const QString hits = n == 1 ? tr("%n result", nullptr, n) : tr("%n results", nullptr, n);
        const QString meetings = m == 1 ? tr("%n meeting", nullptr, m) : tr("%n meetings", nullptr, m);
        QString status = tr("%1 in %2 · %3 ms").arg(hits, meetings).arg(result.elapsedMs);
        const bool capped = m_model->hitCount() >= m_limit;
        if (capped)
            status = tr("The best %1 in %2 · %3 ms").arg(n).arg(meetings).arg(result.elapsedMs);
        m_ui->statusLabel->setText(status);
        m_ui->moreButton->setVisible(capped && m_limit < kMoreLimit);
    }
    emit searchFinished(m_model->hitCount());
}

void SearchPanel::showBodies(const QStringList& bodies)
{
    QStringList shown;
    for (int i = 1; i < m_ui->bodyCombo->count(); ++i)
        shown << m_ui->bodyCombo->itemData(i).toString();
    if (shown == bodies)
        return; // unchanged: leave an open list alone
    const QString current = m_ui->bodyCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->bodyCombo);
    m_ui->bodyCombo->clear();
    m_ui->bodyCombo->addItem(tr("All committees"), QString());
    for (const QString& body : bodies)
        m_ui->bodyCombo->addItem(body, body);
    const int index = m_ui->bodyCombo->findData(current);
    m_ui->bodyCombo->setCurrentIndex(std::max(0, index));
    if (index < 0 && !current.isEmpty())
        scheduleSearch();
}

void SearchPanel::showDates(const QDate& first, const QDate& last)
{
    if (m_datesTouched || !first.isValid() || !last.isValid())
        return;
    const QSignalBlocker fromBlocker(m_ui->fromDate);
    const QSignalBlocker toBlocker(m_ui->toDate);
    m_ui->fromDate->setDate(first);
    m_ui->toDate->setDate(last);
    if (m_ui->dateCheck->isChecked())
        scheduleSearch();
}

void SearchPanel::updateDateFilter()
{
    const bool on = m_ui->dateCheck->isChecked();
    m_ui->anyDateLabel->setVisible(!on);
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->fromDate), static_cast<QWidget*>(m_ui->toLabel),
                            static_cast<QWidget*>(m_ui->toDate)})
        widget->setVisible(on);
}

void SearchPanel::activate(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    if (index.data(SearchResultsModel::IsGroupRole).toBool()) {
        const QModelIndex first = m_model->index(0, 0, index);
        if (first.isValid())
            m_ui->resultsView->setCurrentIndex(first);
        return;
    }
    const qint64 documentId = index.data(SearchResultsModel::DocumentIdRole).toLongLong();
    if (documentId <= 0)
        return;
    emit openRequested(documentId, std::max(1, index.data(SearchResultsModel::PdfPageRole).toInt()),
                       index.data(SearchResultsModel::HighlightRole).toString());
}

void SearchPanel::openCurrentOrFirst()
{
    m_debounce->stop();
    QModelIndex index = m_ui->resultsView->currentIndex();
    if (!index.isValid() && m_model->rowCount() > 0)
        index = m_model->index(0, 0, m_model->index(0, 0));
    activate(index);
}

bool SearchPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_model->rowCount() > 0) {
            const QModelIndex current = m_ui->resultsView->currentIndex();
            if (!current.isValid() || current.data(SearchResultsModel::IsGroupRole).toBool())
                m_ui->resultsView->setCurrentIndex(m_model->index(0, 0, m_model->index(0, 0)));
            m_ui->resultsView->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_ui->searchEdit->text().isEmpty()) {
            m_ui->searchEdit->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace scrutineer::gui
