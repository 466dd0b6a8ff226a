#include "meetings/MeetingLibrary.h"

#include "ActionStore.h"
#include "Database.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace scrutineer::gui {

MeetingLibrary::MeetingLibrary(QObject* parent) : QObject(parent)
{
    m_watcher = new QFutureWatcher<LoadResult>(this);
    connect(m_watcher, &QFutureWatcher<LoadResult>::finished, this, [this] {
        const LoadResult result = m_watcher->result();
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reloadMeetings();
            return;
        }
        if (result.generation != m_generation)
            return;
        if (!result.error.isEmpty())
            emit loadFailed(result.error);
        else
            emit meetingsLoaded(result.meetings, result.elapsedMs);
    });
}

MeetingLibrary::~MeetingLibrary() { m_watcher->waitForFinished(); }

std::optional<Error> MeetingLibrary::setDatabasePath(const QString& path)
{
    ++m_generation;
    m_database.reset();
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    m_database = std::move(opened.value());
    return std::nullopt;
}

QString MeetingLibrary::databasePath() const { return m_database ? m_database->path() : QString(); }

bool MeetingLibrary::mayImport() const { return m_database && m_database->mayImport(); }

bool MeetingLibrary::hasMeetings() const { return m_database && MeetingStore(*m_database).hasMeetings(); }

bool MeetingLibrary::isLoading() const { return m_watcher->isRunning(); }

void MeetingLibrary::reloadMeetings()
{
    if (!m_database)
        return;
    if (m_watcher->isRunning()) {
        // The running load may predate the change that asked for this one: load again after it.
        m_reloadAgain = true;
        return;
    }
    const QString path = m_database->path();
    const quint64 generation = m_generation;
    m_watcher->setFuture(QtConcurrent::run([path, generation] {
        LoadResult result;
        result.generation = generation;
        QElapsedTimer timer;
        timer.start();
        auto database = Database::open(path);
        if (!database) {
            result.error = database.error().describe();
            return result;
        }
        result.meetings = MeetingStore(*database.value()).meetings();
        result.elapsedMs = timer.elapsed();
        return result;
    }));
}

AgendaTreeModel::Input MeetingLibrary::meetingContents(qint64 meetingId) const
{
    AgendaTreeModel::Input input;
    if (!m_database || meetingId <= 0)
        return input;
    const MeetingStore store(*m_database);
    input.documents = store.documents(meetingId);
    input.agenda = store.mergedAgenda(meetingId);
    input.minutes = store.minutes(meetingId);
    input.minuteItems = store.minuteItems(meetingId);
    input.actions = ActionStore(*m_database).forMeeting(meetingId);
    return input;
}

std::optional<MeetingStore::DocumentSummary> MeetingLibrary::document(qint64 documentId) const
{
    if (!m_database)
        return std::nullopt;
    return MeetingStore(*m_database).document(documentId);
}

QHash<int, int> MeetingLibrary::packPages(qint64 documentId) const
{
    if (!m_database)
        return {};
    return MeetingStore(*m_database).packPages(documentId);
}

QHash<int, double> MeetingLibrary::ocrPages(qint64 documentId) const
{
    if (!m_database)
        return {};
    return MeetingStore(*m_database).ocrPages(documentId);
}

} // namespace scrutineer::gui
