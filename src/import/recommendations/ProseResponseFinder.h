#pragma once

#include "Recommendation.h"
#include "recommendations/RecommendationFinder.h"
#include "recommendations/RecommendationParagraphs.h"

#include <QCoreApplication>
#include <QList>

// Responses written as prose, and call-in outcomes: a "Response:" paragraph under a labelled
// recommendation; a sentence naming the recommendation it answers ("Recommendation 2 is
// accepted"); a committee's decision on a call-in ("resolved ... to refer the matter to full
// Council", "referred back to the decision-maker", "no further action"), which answers the
// call-in motion when the document prints one, and is itself a recommendation to the body it
// refers the decision to when not. Pure; any thread.
namespace scrutineer::parse {

class ProseResponseFinder final {
    Q_DECLARE_TR_FUNCTIONS(ProseResponseFinder)

public:
    struct Output {
        QList<RecommendationResponse> responses; // recommendationIndex into `found`, or -1
        QList<FoundRecommendation> outcomes; // call-in referrals that answer no printed motion
    };
    static Output find(const QList<RecParagraph>& paragraphs, const QList<FoundRecommendation>& found,
                       const RecommendationFinder::Context& context);
    // The date a sentence gives the executive's response ("The Government's response ... was
    // published on 12 March 2018", "Cabinet response of 16 January 2025"), ISO; empty when none.
    static QString responseDateIn(const QString& sentence);
    // A response's date stated before it is the date of the responses printed on that page and up
    // to this many pages after it.
    static constexpr int kDatedPages = 10;
};

} // namespace scrutineer::parse
