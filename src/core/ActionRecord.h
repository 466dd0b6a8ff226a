#pragma once

#include "Action.h"
#include "OwnerResolver.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace scrutineer {

// An action as the store presents it: the extracted row with its ids, the meeting it came from,
// its effective status (the user's latest status update wins over the printed one), the people
// and posts its owner cell names, and — when the same action was asked for at several meetings —
// whether this row is the first occurrence or a repeat of it.
struct ActionRecord {
    // One meeting at which the action appeared (first occurrence first).
    struct Occurrence {
        qint64 id = 0;
        qint64 meetingId = 0;
        QDate meetingDate;
        qint64 documentId = 0;
        int pdfPage = 0;
        QString owner; // as printed there
        ActionStatus printedStatus = ActionStatus::Unknown;
        QString statusText; // as printed there
    };

    qint64 id = 0;
    QString actionKey;
    Action action; // action.status is the effective status (of the whole chain for a repeat)
    bool statusEdited = false;
    ActionStatus printedStatus = ActionStatus::Unknown; // as this row printed it
    // The latest status update: its revision (0 when none; an edit must name it, see
    // ActionStore::setStatus), who made it and when. For a chain of repeats the status, author
    // and time are the chain's latest update; the revision stays this row's own. A manual action: who added it and when.
    int revision = 0;
    QString statusChangedBy;
    QDateTime statusChangedAt;
    QString createdBy;
    QDateTime createdAt;
    qint64 meetingId = 0;
    QDate meetingDate;
    QString body;
    qint64 documentId = 0;
    QString documentName; // the source document's title, else its file name
    qint64 resolutionId = 0;
    QList<OwnerIdentity> owners; // resolved from action.owner; empty when no owner is stated
    qint64 repeatOf = 0; // the first occurrence, when this row repeats an earlier action
    QList<Occurrence> occurrences; // every appearance, oldest first, when asked for more than once
    QStringList chainKeys; // action keys of every occurrence (status history is kept on each)

    bool isRepeat() const { return repeatOf > 0; }
    // The owners' names joined for a table cell; the printed owner when none resolved.
    QString ownerNames() const;
};

// Why an action is or is not counted as open. The one definition used by the meetings list, the
// agenda, the action tracker, the carried-forward list, the reports and the command line: open is
// outstanding (not complete, not business as usual) and not a repeat of an earlier meeting's
// action (a chain is counted once, at its first occurrence). An open action nothing has reported
// on for kNoRecentEvidenceDays is still open — nothing says it was done — but it is never
// overdue (see isOverdue) and the tracker shows it under 'no recent evidence'.
enum class OpenState { Open, Complete, BusinessAsUsual, Repeat };
OpenState openState(const ActionRecord& record);

// Open actions of a meeting, a body or a report, with what was left out and why.
struct OpenActionCount {
    int open = 0;
    int complete = 0;
    int businessAsUsual = 0;
    int repeats = 0;

    void add(const ActionRecord& record);
    int total() const { return open + complete + businessAsUsual + repeats; }
    int leftOut() const { return complete + businessAsUsual + repeats; }
    OpenActionCount& operator+=(const OpenActionCount& other);
    // "3 complete, 2 repeats of earlier actions" (empty when nothing was left out).
    QString describeLeftOut() const;
    // "61 open actions (3 complete left out)".
    QString describe() const;
};

// Which actions a chair wants to see. The predicate lives here so it is testable without a
// database or a GUI. Value type; any thread.
struct ActionFilter {
    bool openOnly = false; // open by openState(): outstanding, and not a repeat of an earlier action
    bool overdueOnly = false; // isOverdue(): open, due before `today`, with recent evidence
    QString owner; // case-insensitive substring of the printed owner or a resolved name
    QString body; // case-insensitive substring
    QDate today = QDate::currentDate();

    bool matches(const ActionRecord& record) const;
};

// The last day a due text ("2018-10" or "2018-10-05") allows; invalid when there is no date.
QDate dueDeadline(const QString& due);
// Days past the deadline on `today` (0 when not overdue or no due date).
int daysOverdue(const ActionRecord& record, const QDate& today);
// When the action was last reported on: the latest of the meetings whose papers printed it (every
// occurrence of a chain of repeats), the user's last status update, and when it was added by
// hand; invalid when nothing says.
QDate lastEvidence(const ActionRecord& record);
// An outstanding action nothing has reported on for this long: a status printed in an old plan
// is a snapshot, not a fact that stays true, and its overdue days are not worth counting.
constexpr int kNoRecentEvidenceDays = 183;
bool noRecentEvidence(const ActionRecord& record, const QDate& today);
// Open, past its deadline on `today`, and reported on recently: what the Overdue filter, the
// colours and the reports call overdue.
bool isOverdue(const ActionRecord& record, const QDate& today);

} // namespace scrutineer
