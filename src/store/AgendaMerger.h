#pragma once

#include "MeetingStore.h"

#include <QList>

namespace scrutineer {

// One agenda for a meeting from the items of all its documents: the front sheet and the reports
// pack (or a supplement) often both print items 1-3, and a reader wants each item once. Items are
// the same when their numbers agree and their titles are alike; the merged item keeps the place
// (document and pages) that holds the most pages, so it opens on the report rather than on the
// front sheet's line. Items only one document prints keep their order after the item printed
// before them. Pure; any thread.
class AgendaMerger final {
public:
    static QList<MeetingStore::AgendaEntry> merge(const QList<MeetingStore::AgendaEntry>& entries);

    // The comparison the merge uses, public for tests: numbers equal once trailing stops and case
    // are ignored, and titles equal, one inside the other, or sharing most of their words.
    static bool sameItem(const MeetingStore::AgendaEntry& a, const MeetingStore::AgendaEntry& b);
};

} // namespace scrutineer
