#pragma once

#include "Database.h"
#include "Error.h"
#include "ImportBundle.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
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

    explicit ImportWriter(Database& database) : m_database(database) {}
    Expected<Outcome> write(const ImportBundle& bundle);
    // The document already stored with these bytes, if any: checked before a file is parsed, so
    // that an unchanged file costs only its hash (write() checks again under the lock).
    Expected<std::optional<Existing>> existing(const QByteArray& sha256) const;

    void setWaiting(Waiting waiting) { m_waiting = std::move(waiting); }
    // Gives up (nothing written) after waiting this long in all for another program's lock.
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

    Expected<Outcome> writeOnce(const ImportBundle& bundle, bool& lockRefused);

    Database& m_database;
    Waiting m_waiting;
    int m_lockWaitLimitMs = 120000;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace scrutineer
