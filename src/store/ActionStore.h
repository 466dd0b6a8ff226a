#pragma once

#include "ActionRecord.h"
#include "Database.h"
#include "Error.h"

#include <QDateTime>
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

    explicit ActionStore(Database& database) : m_database(database) {}

    QList<ActionRecord> list(const ActionFilter& filter = {}) const;
    std::optional<ActionRecord> find(qint64 id) const;
    std::optional<Error> setStatus(const QString& actionKey, ActionStatus status, const QString& comment);
    QList<StatusChange> history(const QString& actionKey) const;
    QList<Evidence> evidence(qint64 actionId) const;
    // A manual action (origin manual, no document): user data.
    Expected<qint64> addManual(const Action& action, qint64 meetingId);

private:
    Database& m_database;
};

} // namespace scrutineer
