#pragma once

#include "ActionRecord.h"
#include "MeetingStore.h"

#include <QList>

#include <optional>

namespace scrutineer::gui {

// Which open actions a body carries into one of its meetings: every outstanding action of that
// body that came from an earlier meeting. Also picks the meeting to carry them into. Pure
// functions over loaded lists; any thread.
class CarryForward final {
public:
    // The body's first meeting on or after `today`; else its latest meeting (an archive with no
    // future meeting carries into the last one it knows).
    static std::optional<MeetingStore::MeetingSummary> nextMeeting(const QList<MeetingStore::MeetingSummary>& meetings,
                                                                   const QString& body, const QDate& today);
    // Outstanding actions of the meeting's body from meetings before it, oldest due first.
    static QList<ActionRecord> openActions(const QList<ActionRecord>& actions, const MeetingStore::MeetingSummary& meeting);
};

} // namespace scrutineer::gui
