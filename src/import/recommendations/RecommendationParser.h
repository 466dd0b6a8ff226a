#pragma once

#include "Recommendation.h"
#include "layout/LayoutPage.h"
#include "tables/RoleTable.h"

#include <QList>
#include <QString>
#include <QStringList>

// Reads a document's scrutiny recommendations, the executive's responses to them and call-in
// outcomes, each with its page: recommendations in running text (RecommendationFinder), rows of
// recommendation trackers and response tables (ResponseTableReader, over the tables PlanParser
// read by role), responses and call-in outcomes written as prose (ProseResponseFinder). A
// response is linked to its recommendation by the table row it shares, else by number, else by
// text similarity, and says which. Stateless; any thread.
namespace scrutineer::parse {

class PageLines;

struct RecommendationResult {
    QList<Recommendation> recommendations; // meetingIndex -1 (the document's meeting)
    QList<RecommendationResponse> responses; // recommendationIndex into `recommendations`, or -1
    QList<RecommendationUpdate> updates;
};

class RecommendationParser final {
public:
    struct Context {
        QString body; // the document's meeting body, when the front sheet names one
        QList<RoleTableResult> responseTables; // PlanResult::responseTables
        // The document's lines, when the caller has prepared them for other readers too (else
        // the parser prepares its own).
        const PageLines* lines = nullptr;
        bool pack = false; // an agenda pack (RecommendationFinder::Context::pack)
    };
    static RecommendationResult parse(const layout::LayoutDocument& document, const Context& context);
};

} // namespace scrutineer::parse
