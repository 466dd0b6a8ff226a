#pragma once

#include "RecommendationStore.h"

#include <QDate>
#include <QString>

namespace scrutineer::gui {

// The recommendations workspace's side pane as rich text: one recommendation, where it was made
// (an "open:" link to its page), and every response and update, oldest first, each with the
// page it was printed on ("response:N", "update:N" links) or who recorded it. Pure; any thread.
class RecommendationDetailsHtml final {
public:
    // `editable`: entries recorded by hand get a "remove-response:N" / "remove-update:N" link.
    static QString details(const RecommendationRecord& record, const QDate& today, bool editable = false);
    static QString nothingSelected();
};

} // namespace scrutineer::gui
