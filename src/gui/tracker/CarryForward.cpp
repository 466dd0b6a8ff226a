#include "CarryForward.h"

#include <algorithm>

namespace scrutineer::gui {

std::optional<MeetingStore::MeetingSummary> CarryForward::nextMeeting(const QList<MeetingStore::MeetingSummary>& meetings,
                                                                      const QString& body, const QDate& today)
{
    std::optional<MeetingStore::MeetingSummary> next;
    std::optional<MeetingStore::MeetingSummary> latest;
    for (const MeetingStore::MeetingSummary& m : meetings) {
        if (m.body.compare(body, Qt::CaseInsensitive) != 0 || !m.date.isValid())
            continue;
        if (m.date >= today && (!next || m.date < next->date))
            next = m;
        if (!latest || m.date > latest->date)
            latest = m;
    }
    return next ? next : latest;
}

QList<ActionRecord> CarryForward::openActions(const QList<ActionRecord>& actions, const MeetingStore::MeetingSummary& meeting)
{
    QList<ActionRecord> result;
    for (const ActionRecord& r : actions) {
        if (openState(r) != OpenState::Open || r.body.compare(meeting.body, Qt::CaseInsensitive) != 0)
            continue;
        if (r.meetingId == meeting.id || (r.meetingDate.isValid() && meeting.date.isValid() && r.meetingDate >= meeting.date))
            continue;
        result.append(r);
    }
    std::stable_sort(result.begin(), result.end(), [](const ActionRecord& a, const ActionRecord& b) {
        const QDate x = dueDeadline(a.action.due);
        const QDate y = dueDeadline(b.action.due);
        if (x.isValid() != y.isValid())
            return x.isValid();
        return x < y;
    });
    return result;
}

} // namespace scrutineer::gui
