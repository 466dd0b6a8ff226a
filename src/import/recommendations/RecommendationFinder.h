#pragma once

#include "Recommendation.h"
#include "recommendations/RecommendationParagraphs.h"

#include <QList>
#include <QString>

// Finds recommendations written in running text: labelled ("Recommendation 1:", "R1"), written
// as a sentence ("The Committee recommends (to Cabinet) that ..."), listed under a
// Recommendations heading, or listed after a lead-in ("agreed the following motion:", "comments
// ... summarised below", "asks that the below queries ..."). Who made each one comes from the
// sentence or lead-in, else from the body last named in full, the call-in's proposer or the
// report's author; whom it is addressed to only when printed. A report's own Recommendation(s)
// section asking the meeting it goes to for a decision ("That the Committee notes the report",
// "The Cabinet is asked to ...") is not a scrutiny body's and is left out. In a call-in request, a
// demand made inside one of its numbered reasons ("... therefore the exact limitations ... must be
// detailed to Members") is a request of the proposers numbered by that reason ("Reason four"),
// on the page the demand is printed on. Who made a recommendation and to whom: RecommendationMakers.
// Pure; any thread.
namespace scrutineer::parse {

struct FoundRecommendation {
    Recommendation recommendation;
    int paragraph = -1; // where it starts, in the paragraphs given
    bool motion = false; // a motion the committee agreed (a call-in's outcome refers to it)
    QString leadIn; // the lead-in of the list it is in ("RESOLVED: ... the following recommendations ...:-")
};

class RecommendationFinder final {
public:
    struct Context {
        QString body; // the document's meeting body, when known
        QString proposer; // a call-in request's proposer, when printed
        QString author; // the report's author ("By:", "Report of:")
        bool callIn = false; // the document is about a call-in
        // An agenda pack: its meeting's body makes only what its minutes resolve or a text says it
        // does; a recommendation nothing names the maker of (an appended review's list, "We
        // recommend ...") is another author's, so its maker is left unknown.
        bool pack = false;
    };
    // `namedBodies`, when given, receives every body the text names in full, in order.
    static QList<FoundRecommendation> find(const QList<RecParagraph>& paragraphs, const Context& context,
                                           QStringList* namedBodies = nullptr);

    // The body named in `text` ("the Scrutiny Committee"), resolving a bare "the Committee" to
    // the last body named in full with the same last word; empty when none.
    static QString bodyIn(const QString& text, const QStringList& namedBodies);
};

} // namespace scrutineer::parse
