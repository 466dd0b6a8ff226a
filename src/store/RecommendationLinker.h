#pragma once

#include "Recommendation.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace scrutineer {

// Links a recommendation to the responses and updates that answer it in OTHER documents when
// nothing links them by key: a call-in's information requests and the rows of the executive's
// response paper, a committee's recommendations and a response table that quotes them in its
// own words. A response row's question is the recommendation its own document gave it (a
// "question | response" row) or the recommendation text it quotes. The two are linked when their
// documents are about the same matter (one meeting, one body, or titles sharing their subject)
// and the request's words and the question's agree (recommendation::overlap after the stop words
// of resources/lexicon/linking.json, words weighted by how rare they are among the texts
// compared, at least two shared). One row may answer several requests and one request be
// answered by several rows. The links are kept in recommendation_link with their evidence ("text
// 0.71: risk, analysis, proposal") and recomputed for the whole library after every import, so
// the order documents arrive in does not matter; what officers record by hand is elsewhere
// (recommendation_entry) and never touched. Thread of the connection.
class RecommendationLinker final {
public:
    static std::optional<QString> relink(QSqlDatabase db);

    // The words left out when texts are compared (lower case).
    static const QSet<QString>& stopWords();

    // Two texts agree when they share at least two words making half the weight of the shorter
    // one's, or at least three making a quarter (a long question asks several things: "What was
    // the legal advice on extending contracts and why ...? What are the exact limitations?").
    static constexpr double kMinimumOverlap = 0.5;
    static constexpr int kMinimumSharedWords = 2;
    static constexpr double kMinimumOverlapOfMany = 0.25;
    static constexpr int kManySharedWords = 3;
    static bool agrees(const recommendation::Overlap& overlap);
};

} // namespace scrutineer
