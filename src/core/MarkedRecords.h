#pragma once

#include "Action.h"
#include "Indicator.h"
#include "Meeting.h"

#include <QList>

namespace scrutineer {

// What the user accepted from a table they marked: the records its rows became. Kept with the
// marked table (user data) and written beside the document's extracted records. Plain value;
// any thread.
struct MarkedRecords {
    QList<Action> actions;
    QList<Indicator> indicators;
    QList<Reading> readings; // indicatorIndex into `indicators`
    QList<Attendance> attendance;
    QList<AgendaItem> agendaItems;
    QList<Resolution> resolutions;

    int count() const
    {
        return int(actions.size() + indicators.size() + attendance.size() + agendaItems.size() + resolutions.size());
    }
    // Every record's page moved by `offset` (a revised pack that gained or lost pages before it).
    void shiftPages(int offset);
};

} // namespace scrutineer
