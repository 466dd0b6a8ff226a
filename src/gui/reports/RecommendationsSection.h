#pragma once

#include "RecommendationStore.h"

#include <QDate>
#include <QList>
#include <QString>

namespace scrutineer::gui {

// The recommendations part of the chair's reports (the briefing and the outstanding-actions
// report): what has waited more than two months for the executive's response, and what was
// accepted with no progress reported since, as HTML in the reports' style. Pure; any thread.
class RecommendationsSection final {
public:
    struct Outstanding {
        QList<RecommendationRecord> awaiting; // longest waiting first
        QList<RecommendationRecord> noUpdate; // oldest response first
        int considered = 0; // recommendations of the body (or of all bodies) in the library
        bool isEmpty() const { return awaiting.isEmpty() && noUpdate.isEmpty(); }
        qsizetype size() const { return awaiting.size() + noUpdate.size(); }
    };

    // Of these recommendations, the ones to chase; of one body (as its meetings or the
    // recommendations name it, any case) when `body` is not empty.
    static Outstanding outstanding(const QList<RecommendationRecord>& records, const QString& body, const QDate& today);
    // A heading and a table for each kind, or a line saying nothing is outstanding; nothing at all
    // when the library holds no recommendations to consider. `withBody` adds who made each one
    // (for a report of every body).
    static QString html(const Outstanding& outstanding, const QDate& today, bool withBody);
};

} // namespace scrutineer::gui
