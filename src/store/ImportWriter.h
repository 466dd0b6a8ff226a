#pragma once

#include "Database.h"
#include "Error.h"
#include "ImportBundle.h"

namespace scrutineer {

// Writes one staged ImportBundle in one transaction: it lands whole or not at all.
// Merges meetings by body and date, skips a file whose SHA-256 is already stored, and replaces
// an earlier version of the same document (same meeting, kind and name) while keeping user
// notes, re-anchored to the new pages. Use from the thread that owns the Database.
class ImportWriter final {
public:
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

    // The key user data uses to find an action again after a re-import.
    static QString actionKey(const Action& action, qint64 meetingId);
    static QString indicatorKey(const QString& name, qint64 bodyId);

private:
    Database& m_database;
};

} // namespace scrutineer
