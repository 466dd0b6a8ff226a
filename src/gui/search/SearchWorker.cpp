#include "SearchWorker.h"

#include "Database.h"
#include "MeetingStore.h"

#include <QElapsedTimer>
#include <QHash>

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
    if (ensureOpen(request.databasePath, &result.error)) {
        result.hits = SearchIndex(*m_database).search(request.query, request.filter);
        nameUntitledHits(result.hits);
    }
    result.elapsedMs = timer.elapsed();
    emit finished(result);
}

void SearchWorker::nameUntitledHits(QList<SearchIndex::Hit>& hits)
{
    // A page outside every agenda item, or an action without a reference, would show no title:
    // name the page by its document and the action by its kind of source.
    QHash<qint64, QString> documentNames;
    MeetingStore store(*m_database);
    for (SearchIndex::Hit& hit : hits) {
        if (hit.kind == SearchIndex::Kind::Note) {
            // The index gives a note its agenda item number as the title.
            hit.title = hit.title.isEmpty() ? tr("My note") : tr("My note on item %1").arg(hit.title);
            continue;
        }
        if (!hit.title.isEmpty())
            continue;
        if (hit.kind == SearchIndex::Kind::Action) {
            hit.title = tr("Action without a reference number");
        } else if (hit.documentId > 0) {
            auto it = documentNames.find(hit.documentId);
            if (it == documentNames.end()) {
                const auto document = store.document(hit.documentId);
                it = documentNames.insert(hit.documentId, document ? document->fileName : QString());
            }
            hit.title = *it;
        }
    }
}

void SearchWorker::loadBodies(const QString& databasePath)
{
    QStringList bodies;
    std::pair<QDate, QDate> dates;
    if (ensureOpen(databasePath, nullptr)) {
        bodies = MeetingStore(*m_database).bodyNames();
        dates = MeetingStore(*m_database).meetingDateRange();
    }
    emit bodiesLoaded(bodies);
    emit datesLoaded(dates.first, dates.second);
}

} // namespace scrutineer::gui
