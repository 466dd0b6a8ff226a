#pragma once

#include "ActionRecord.h"
#include "RecommendationStore.h"
#include "reports/ReportDocument.h"

#include <QDate>
#include <QList>
#include <QString>

namespace scrutineer::gui {

// The chair's outstanding-actions report: every open action (optionally of one body), grouped by
// body, overdue first, with owner, due date, days late and status, and a summary by owner; then the
// recommendations to chase (RecommendationsSection) when the library holds any.
// Pure (HTML from loaded records); any thread.
class OutstandingActionsReport final {
public:
    struct Options {
        QString body; // empty = every body
        QDate today = QDate::currentDate();
    };

    static QString html(const QList<ActionRecord>& actions, const Options& options,
                        const QList<RecommendationRecord>& recommendations = {});
    static ReportDocument document(const QList<ActionRecord>& actions, const Options& options,
                                   const QList<RecommendationRecord>& recommendations = {});
    // The actions the report lists, in its order.
    static QList<ActionRecord> outstanding(const QList<ActionRecord>& actions, const Options& options);
    // The open actions table used by this report and the briefing.
    static QString actionsTable(const QList<ActionRecord>& actions, const QDate& today, bool withBody);
};

} // namespace scrutineer::gui
