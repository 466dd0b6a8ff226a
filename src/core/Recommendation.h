#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace scrutineer {

// What the executive decided about a recommendation. Pending until a response says otherwise.
enum class ResponseDecision { Accepted, Partly, Rejected, Noted, Pending };
// Who made a recommendation: the committee itself, a task-and-finish / working group, or a call-in.
enum class RecommendationSource { Committee, WorkingGroup, CallIn, Unknown };

QString toString(ResponseDecision decision);
QString toString(RecommendationSource source);
ResponseDecision responseDecisionFromString(const QString& text, ResponseDecision fallback = ResponseDecision::Pending);
RecommendationSource recommendationSourceFromString(const QString& text);
// Accepted or partly accepted: the executive has something to report progress on.
bool expectsProgress(ResponseDecision decision);

// A numbered recommendation of a scrutiny body, as printed in its report or minutes (or quoted
// in a later report, `quotedIn` naming that report).
struct Recommendation {
    QString number; // as printed: "1", "R3", "a"; empty when unnumbered
    QString text;
    RecommendationSource source = RecommendationSource::Unknown;
    QString madeBy; // the body or group as printed
    QString addressedTo; // "Cabinet", "the Cabinet Member for ..." as printed; empty when not stated
    QString quotedIn; // empty for the original; else the later report that quotes it
    int meetingIndex = -1; // index into ImportBundle::meetings; -1 = the document's meeting
    int pdfPage = 0;
};

// The executive's answer to one recommendation, from a response table, letter or minutes.
struct RecommendationResponse {
    QString number; // the recommendation it answers, as printed in the response
    QString quotedText; // the recommendation as the response quotes it (for linking)
    int recommendationIndex = -1; // into ImportBundle::recommendations when in the same document
    ResponseDecision decision = ResponseDecision::Pending;
    QString decisionText; // as printed ("Agreed in part")
    QString text; // the reasons / what will be done
    QString date; // ISO date when stated
    QString lead;
    QString due; // ISO date or month when the timescale is one
    QString dueText; // timescale as printed
    int meetingIndex = -1;
    int pdfPage = 0;
};

// A later report of what was done about a recommendation.
struct RecommendationUpdate {
    QString number;
    QString quotedText;
    int recommendationIndex = -1;
    QString date; // ISO date when stated
    QString text;
    QString statusText; // as printed ("Complete", "In progress")
    int meetingIndex = -1;
    int pdfPage = 0;
};

// Linking a response or update to the recommendation it answers, by number and by text.
namespace recommendation {

// A recommendation a response may answer. Its number and words as link() compares them are found
// once when it is made with candidate(), not again for every response compared with it.
struct Candidate {
    QString number;
    QString text;
    QString comparedNumber {}; // normaliseNumber(number)
    QSet<QString> words {}; // of text, as textSimilarity() takes them
    bool prepared = false; // false: link() finds the two above itself
};
Candidate candidate(const QString& number, const QString& text);

struct Link {
    int index = -1; // into the candidates; -1 = no link
    QString evidence; // how: "number 3, text 0.82", "text 0.71", "only recommendation numbered 3"
};

// Dice coefficient over the normalised words of two texts (0..1).
double textSimilarity(const QString& a, const QString& b);
// "R3", "Recommendation 3", "3." -> "3"; letters are kept ("a").
QString normaliseNumber(const QString& number);
// The best candidate for a response numbered `number` quoting `quotedText` (either may be empty).
Link link(const QString& number, const QString& quotedText, const QList<Candidate>& candidates);

// The words that say what a text is about: normalised, without `stopWords`, words of one or two
// letters and bare numbers, each cut to its first five letters so that "extending" and
// "extension", "contract" and "contracts" agree.
QSet<QString> subjectWords(const QString& text, const QSet<QString>& stopWords);

struct Overlap {
    double score = 0.0; // 0..1
    QStringList shared; // the words both texts have, in order
};
// How much of the shorter text the longer one covers: the weight of the shared words over the
// weight of the smaller set's words (a word missing from `weights` weighs 1). A request and the
// question that answers it are worded differently and at different lengths ("Full disclosure
// regarding ... the risk analysis for the proposal" and "Where is the risk analysis for the
// proposals?"), so this is not a Dice coefficient over both.
Overlap overlap(const QSet<QString>& a, const QSet<QString>& b, const QHash<QString, double>& weights = {});

} // namespace recommendation

} // namespace scrutineer
