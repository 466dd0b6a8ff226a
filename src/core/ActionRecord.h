#pragma once

#include "Action.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace scrutineer {

// An action as the store presents it: the extracted row with its ids, the meeting it came from
// and its effective status (the user's latest status update wins over the printed one).
struct ActionRecord {
    qint64 id = 0;
    QString actionKey;
    Action action;          // action.status is the effective status
    bool statusEdited = false;
    // The latest status update: its revision (0 when none; an edit must name it, see
    // ActionStore::setStatus), who made it and when. A manual action: who added it and when.
    int revision = 0;
    QString statusChangedBy;
    QDateTime statusChangedAt;
    QString createdBy;
    QDateTime createdAt;
    qint64 meetingId = 0;
    QDate meetingDate;
    QString body;
    qint64 documentId = 0;
    qint64 resolutionId = 0;
};

// Which actions a chair wants to see. The predicate lives here so it is testable without a
// database or a GUI. Value type; any thread.
struct ActionFilter {
    bool openOnly = false;    // outstanding statuses only
    bool overdueOnly = false; // outstanding and due before `today`
    QString owner;            // case-insensitive substring
    QString body;             // case-insensitive substring
    QDate today = QDate::currentDate();

    bool matches(const ActionRecord& record) const;
};

// The last day a due text ("2018-10" or "2018-10-05") allows; invalid when there is no date.
QDate dueDeadline(const QString& due);
// Days past the deadline on `today` (0 when not overdue or no due date).
int daysOverdue(const ActionRecord& record, const QDate& today);
// When the action was last reported on: the latest of the meeting whose papers printed it, the
// user's last status update, and when it was added by hand; invalid when nothing says.
QDate lastEvidence(const ActionRecord& record);
// An outstanding action nothing has reported on for this long: a status printed in an old plan
// is a snapshot, not a fact that stays true, and its overdue days are not worth counting.
constexpr int kNoRecentEvidenceDays = 183;
bool noRecentEvidence(const ActionRecord& record, const QDate& today);

} // namespace scrutineer
