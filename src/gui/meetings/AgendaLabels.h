#pragma once

#include "ActionRecord.h"
#include "MeetingStore.h"

#include <QString>

namespace scrutineer::gui {

// The words the agenda tree and the meeting header use for store rows: page ranges, statuses,
// document kinds, and the rules that tie a minute to the agenda item it records.
// Pure functions; any thread.
class AgendaLabels final {
public:
    // "21–60", "21" or empty: the printed pack range, else the PDF range marked as such.
    static QString pageRange(const MeetingStore::AgendaEntry& entry);
    static QString pageRangeTooltip(const MeetingStore::AgendaEntry& entry);
    static QString actionStatus(ActionStatus status);
    static QString documentKind(const QString& storedKind);
    // "Item 6", "(Item 6)", "6." -> "6"; lower-case, for comparing agenda numbers.
    static QString agendaNumberKey(const QString& number);
    // Whether a minute records an agenda item: by the item it names, else by a matching title.
    static bool minuteRecordsItem(const MeetingStore::MinuteEntry& minute, const QString& minuteItem,
                                  const MeetingStore::AgendaEntry& item);
    // The first words of a long text, for highlighting it on its page.
    static QString leadingWords(const QString& text, int words);
    // One line of at most `length` characters, with an ellipsis when cut.
    static QString oneLine(const QString& text, int length);
};

} // namespace scrutineer::gui
