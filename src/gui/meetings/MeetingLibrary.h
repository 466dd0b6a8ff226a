#pragma once

#include "Error.h"
#include "MeetingStore.h"
#include "meetings/AgendaTreeModel.h"

#include <QObject>

#include <memory>

template <typename T>
class QFutureWatcher;

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

// The reading room's access to the store: loads the meetings list on a worker thread (its own
// Database connection) so the window is interactive at once on a large archive, and answers the
// quick per-meeting and per-document queries on the GUI thread's connection. GUI thread only.
class MeetingLibrary final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingLibrary)

public:
    explicit MeetingLibrary(QObject* parent = nullptr);
    ~MeetingLibrary() override;

    // Opens (creating if needed) the database for this thread; the previous one is closed.
    std::optional<Error> setDatabasePath(const QString& path);
    QString databasePath() const;
    bool isOpen() const { return m_database != nullptr; }
    // Whether the database holds any meeting (one cheap query on this thread).
    bool hasMeetings() const;
    // Whether the connected user may import (a reader of a team database may not).
    bool mayImport() const;

    // Starts loading the meetings list in the background; meetingsLoaded() follows.
    void reloadMeetings();
    bool isLoading() const;

    AgendaTreeModel::Input meetingContents(qint64 meetingId) const;
    std::optional<MeetingStore::DocumentSummary> document(qint64 documentId) const;
    QHash<int, int> packPages(qint64 documentId) const;
    QHash<int, double> ocrPages(qint64 documentId) const;

signals:
    void meetingsLoaded(const QList<scrutineer::MeetingStore::MeetingSummary>& meetings, qint64 elapsedMs);
    void loadFailed(const QString& reason);

private:
    struct LoadResult {
        QList<MeetingStore::MeetingSummary> meetings;
        QString error;
        qint64 elapsedMs = 0;
        quint64 generation = 0;
    };

    std::unique_ptr<Database> m_database;
    QFutureWatcher<LoadResult>* m_watcher = nullptr;
    quint64 m_generation = 0;
    bool m_reloadAgain = false;
};

} // namespace scrutineer::gui
