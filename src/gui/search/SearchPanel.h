#pragma once

#include "SearchIndex.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QModelIndex;
class QThread;
class QTimer;
class QToolButton;

namespace Ui {
class SearchPanel;
}

namespace scrutineer::gui {

class SearchResultsModel;
class SearchWorker;
struct SearchResult;

// The search box over every imported pack: results as you type (debounced, run on a background
// thread with its own Database connection), grouped by meeting, filtered by body, date range and
// kind. Activating a hit emits openRequested. GUI thread only.
class SearchPanel : public QWidget {
    Q_OBJECT

public:
    explicit SearchPanel(QWidget* parent = nullptr);
    ~SearchPanel() override;

    // The database to search; the worker opens its own connection to it. Empty = nothing.
    void setDatabasePath(const QString& path);
    QString databasePath() const;

    QString query() const;
    // The grouped results: top level = meetings, children = hits. Roles in SearchResultsModel.h.
    QAbstractItemModel* resultsModel() const;
    // Milliseconds the last completed search took on the worker thread (-1 before any).
    qint64 lastSearchMs() const;

public slots:
    // Types the query into the box (the debounced search follows as if the user typed it).
    void setQuery(const QString& text);
    // Ctrl+F: focus the search box and select its text.
    void focusSearch();
    // Re-runs the current query and reloads the body list (after an import or a note edit).
    void refresh();

signals:
    // The user opened a hit (Enter, double-click or activation): document, 1-based pdf page and
    // the words to highlight on that page.
    void openRequested(qint64 documentId, int pdfPage, const QString& highlight);
    // A search completed and its results are shown.
    void searchFinished(int hitCount);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleSearch();
    void runSearch();
    void showResult(const scrutineer::gui::SearchResult& result);
    void showBodies(const QStringList& bodies);
    // Unset, the date filter reads "any date"; set, it starts at the library's first and last meetings.
    void showDates(const QDate& first, const QDate& last);
    void updateDateFilter();
    void activate(const QModelIndex& index);
    void openCurrentOrFirst();
    SearchIndex::Filter filter() const;
    QList<QToolButton*> kindButtons() const;

    std::unique_ptr<Ui::SearchPanel> m_ui;
    SearchResultsModel* m_model = nullptr;
    QThread* m_thread = nullptr;
    SearchWorker* m_worker = nullptr; // lives on m_thread
    QTimer* m_debounce = nullptr;
    QString m_databasePath;
    bool m_datesTouched = false; // the user chose dates: keep them when the library changes
    qint64 m_lastSearchMs = -1;
    quint64 m_generation = 0;
    int m_limit = 50;
};

} // namespace scrutineer::gui
