#pragma once

#include "ActionRecord.h"
#include "Database.h"
#include "Error.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace scrutineer {

// Reads actions with their effective status and records user status changes as dated history
// (user data keyed by action_key, so it survives re-imports). Thread of the Database.
class ActionStore final {
public:
    struct StatusChange {
        ActionStatus status = ActionStatus::Unknown;
        QString comment;
        QDateTime changedAt;
        QString changedBy; // the user who made it (empty before schema 9)
        int revision = 0;
    };

    // A later minute that cites the minute whose resolution asked for the action: evidence
    // that the request came back (the chair decides whether it closes the action).
    struct Evidence {
        QString citation; // the reference as printed
        QString minuteNumber;
        QString minuteTitle;
        QDate meetingDate;
        QString body;
        qint64 documentId = 0;
        int pdfPage = 0;
    };

    explicit ActionStore(Database& database) : m_database(database) { }

    // Every action (repeats included, marked), owners resolved, repeats linked, filtered.
    QList<ActionRecord> list(const ActionFilter& filter = {}) const;
    // The actions recorded at one meeting, read with the rest of its body's (not the library's).
    QList<ActionRecord> forMeeting(qint64 meetingId) const;
    // Every action of a meeting's body.
    QList<ActionRecord> forBodyOf(qint64 meetingId) const;
    // Open actions of every meeting by openState(): the navigator's counts.
    QHash<qint64, OpenActionCount> openCounts() const;
    std::optional<ActionRecord> find(qint64 id) const;
    // Records a dated status change by the connected user and returns its history entry. With
    // `expectedRevision` (the ActionRecord::revision the user saw), refuses with Error::Conflict,
    // writing nothing, when someone else changed the status since.
    Expected<qint64> setStatus(const QString& actionKey, ActionStatus status, const QString& comment,
                               std::optional<int> expectedRevision = std::nullopt);
    // Oldest first.
    QList<StatusChange> history(const QString& actionKey) const;
    std::optional<StatusChange> latest(const QString& actionKey) const;
    QList<Evidence> evidence(qint64 actionId) const;
    // A manual action (origin manual, no document): user data.
    Expected<qint64> addManual(const Action& action, qint64 meetingId);

private:
    QList<ActionRecord> load(const QString& where, const QVariantList& values, const QString& body) const;

    Database& m_database;
};

} // namespace scrutineer
