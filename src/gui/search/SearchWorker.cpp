#include "SearchWorker.h"

#include "Database.h"
#include "MeetingStore.h"

#include <QElapsedTimer>

namespace scrutineer::gui {

SearchWorker::SearchWorker() = default;
SearchWorker::~SearchWorker() = default;

bool SearchWorker::ensureOpen(const QString& path, QString* error)
{
    if (path.isEmpty()) {
        m_database.reset();
        return false;
    }
    if (m_database && m_database->path() == path)
        return true;
    m_database.reset();
    auto opened = Database::open(path);
    if (!opened) {
        if (error)
            *error = opened.error().describe();
        return false;
    }
    m_database = std::move(opened.value());
    return true;
}

void SearchWorker::run(const SearchRequest& request)
{
    if (request.generation < m_latest.load())
        return; // the user has typed on; a newer request is queued behind this one
    SearchResult result;
    result.generation = request.generation;
    QElapsedTimer timer;
    timer.start();
    if (ensureOpen(request.databasePath, &result.error))
        result.hits = SearchIndex(*m_database).search(request.query, request.filter);
    result.elapsedMs = timer.elapsed();
    emit finished(result);
}

void SearchWorker::loadBodies(const QString& databasePath)
{
    QStringList bodies;
    if (ensureOpen(databasePath, nullptr))
        bodies = MeetingStore(*m_database).bodyNames();
    emit bodiesLoaded(bodies);
}

} // namespace scrutineer::gui
