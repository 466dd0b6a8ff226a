#pragma once

#include "SearchIndex.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

// One search to run; `generation` lets the panel drop answers to queries the user has typed past.
struct SearchRequest {
    quint64 generation = 0;
    QString databasePath;
    QString query;
    SearchIndex::Filter filter;
};

// The answer to one SearchRequest, as the worker hands it back to the panel.
struct SearchResult {
    quint64 generation = 0;
    QList<SearchIndex::Hit> hits;
    qint64 elapsedMs = 0;
    QString error; // user-facing, when the database could not be opened
};

// Runs searches on its own thread with its own Database connection (opened lazily, reopened when
// the path changes). Lives on the search thread; the panel talks to it with queued calls only.
class SearchWorker : public QObject {
    Q_OBJECT

public:
    SearchWorker();
    ~SearchWorker() override;

    // Called from the GUI thread before queuing a request: older queued requests are skipped.
    void setLatestGeneration(quint64 generation) { m_latest.store(generation); }

    // Search thread.
    void run(const SearchRequest& request);
    void loadBodies(const QString& databasePath);

signals:
    void finished(const scrutineer::gui::SearchResult& result);
    void bodiesLoaded(const QStringList& bodies);
    // The first and last meeting dates of the library (invalid when none), loaded with the bodies.
    void datesLoaded(const QDate& first, const QDate& last);

private:
    bool ensureOpen(const QString& path, QString* error);
    void nameUntitledHits(QList<SearchIndex::Hit>& hits);

    std::unique_ptr<Database> m_database;
    std::atomic<quint64> m_latest {0};
};

} // namespace scrutineer::gui

Q_DECLARE_METATYPE(scrutineer::gui::SearchResult)
