#pragma once

#include "ResolutionStore.h"

#include <QDate>
#include <QString>

#include <optional>

namespace scrutineer::gui {

// Which resolutions the register shows: a body, a date range, a review state, and words that
// must all appear in the minute title, the text or a clause (accents, case and curly quotes
// ignored). Value type with no widgets, so it is tested on its own. Any thread.
struct ResolutionFilter {
    enum class Review { Any, Unchecked, Checked, Corrected, Manual };

    QString body; // exact body name; empty = every body
    QDate from;   // inclusive; invalid = open
    QDate to;
    Review review = Review::Any;
    QString search;

    bool matches(const ResolutionStore::Record& record) const;
};

} // namespace scrutineer::gui
