#pragma once

#include "ActionRecord.h"

#include <QString>

#include <optional>

namespace scrutineer::gui {

// The action tracker's filter: the chair's core filter (open, overdue, owner, body) plus status,
// origin and words that must all appear in the action's ref, text, owner or commentary.
// Value type with no widgets, so it is tested on its own. Any thread.
struct TrackerFilter {
    ActionFilter base;
    std::optional<ActionStatus> status;
    std::optional<ActionOrigin> origin;
    QString search;

    bool matches(const ActionRecord& record) const;
    bool isEmpty() const;
};

} // namespace scrutineer::gui
