#pragma once

#include "Database.h"
#include "Error.h"
#include "ImportBundle.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace scrutineer {

// Writes one staged ImportBundle in one write transaction: it lands whole or not at all.
// Merges meetings by body and date, skips a file whose SHA-256 is already stored (checked under
// the write lock), and replaces an earlier version of the same document (same meeting, kind and
// name) while keeping user notes, re-anchored to the new pages. When another program holds the
// write lock it waits its turn: tries again with backoff, up to a limit, nothing written until
// it has the lock. Use from the thread that owns the Database.
class ImportWriter final {
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)

public:
    // Called on the writing thread each time the lock was found taken, with the time waited.
    using Waiting = std::function<void(qint64 waitedMs)>;

    // A stored document with given bytes.
    struct Existing {
        qint64 documentId = 0;
        qint64 meetingId = 0;
        QString fileName;
    };

    struct Outcome {
        enum class Status { Imported, AlreadyImported, Replaced };
        Status status = Status::Imported;
        qint64 documentId = 0;
        qint64 meetingId = 0;     // the meeting the document was published for (0 if none)
        QString existingFile;     // for AlreadyImported / Replaced: the stored file's name
        int notesReanchored = 0;
    };

    explicit ImportWriter(Database& database);
    ~ImportWriter();
    ImportWriter(const ImportWriter&) = delete;
    ImportWriter& operator=(const ImportWriter&) = delete;
    Expected<Outcome> write(const ImportBundle& bundle);
    // Begins the import's one transaction before its bundle is ready and writes the document's
    // pages (and their search index) while the rest is still analysed; called again for the same
    // file, adds the next pages. write() then adds the rest to the same transaction and commits,
    // and discardEarlyPages() rolls it back. Only on a SQLite file whose write lock is free at
    // once: otherwise, and when the file is stored already or anything fails, nothing is left
    // begun (false) and write() does it all, as it would have.
    bool writePagesEarly(const QString& fileName, const QByteArray& sha256, const QList<PageRecord>& pages);
    void discardEarlyPages();
    // The document already stored with these bytes, if any: checked before a file is parsed, so
    // that an unchanged file costs only its hash (write() checks again under the lock).
    Expected<std::optional<Existing>> existing(const QByteArray& sha256) const;

    void setWaiting(Waiting waiting) { m_waiting = std::move(waiting); }
    // Gives up (nothing written) after waiting this long in all for another program's lock, and
    // after one retry at least (announced through the waiting callback).
    void setLockWaitLimit(int milliseconds) { m_lockWaitLimitMs = milliseconds; }
    // Stops waiting for the lock once set (Error::Code::Cancelled, nothing written).
    void setCancel(const std::atomic_bool* cancel) { m_cancel = cancel; }

    // The key user data uses to find an action again after a re-import.
    static QString actionKey(const Action& action, qint64 meetingId);
    static QString indicatorKey(const QString& name, qint64 bodyId);

private:
    static constexpr int kLockAttemptMs = 250;
    static constexpr int kFirstRetryDelayMs = 50;
    static constexpr int kMaxRetryDelayMs = 1000;

    // The transaction writePagesEarly() began, its document's row and the pages it wrote.
    struct EarlyPages;

    Expected<Outcome> writeOnce(const ImportBundle& bundle, bool& lockRefused);
    Expected<Outcome> writeRest(const ImportBundle& bundle, EarlyPages& early);

    Database& m_database;
    std::unique_ptr<EarlyPages> m_early;
    Waiting m_waiting;
    int m_lockWaitLimitMs = 120000;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace scrutineer
