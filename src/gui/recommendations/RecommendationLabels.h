#pragma once

#include "Rating.h"
#include "RecommendationStore.h"

#include <QDate>
#include <QString>

#include <optional>

// What the recommendations workspace and the reports say about a recommendation: words for
// decisions and sources, due dates at their printed precision, and whether it needs chasing.
// Pure functions; any thread.
namespace scrutineer::gui::reclabels {

QString decision(ResponseDecision decision); // "Accepted", "Partly accepted", … "Awaiting response"
// The response as the table shows it: the decision, "Decision not stated" when the response says
// what was done without a decision, "Awaiting response" when nothing has answered it.
QString responseState(const RecommendationRecord& record);
// One response's decision: "Decision not stated" for a response without one.
QString entryDecision(const ResponseEntry& response);
QString notStated(); // "Decision not stated"
QString source(RecommendationSource source);
// Who made it: the body or group as printed, else the body of its meeting.
QString madeBy(const RecommendationRecord& record);
// Whom it is addressed to as printed, or "addressee unknown" when the paper does not say.
QString addressee(const Recommendation& recommendation);
bool addresseeKnown(const Recommendation& recommendation);
// "Sep 2030", "30 Sep 2030", else the timescale as printed.
QString due(const ResponseEntry& response);
// The ISO due (date or month) for sorting; empty when only printed as words.
QString dueSortKey(const ResponseEntry& response);
// "12 Mar 2030"; empty for an invalid date.
QString shortDate(const QDate& date);
// Red: no response more than two months after it was made; Amber: accepted (or partly) with no
// progress reported since the response; nothing otherwise.
std::optional<rating::Rag> chase(const RecommendationRecord& record, const QDate& today);
// Why it needs chasing, in a sentence ("No response 4 months after it was made."); empty otherwise.
QString chaseReason(const RecommendationRecord& record, const QDate& today);
// Words to highlight on the source page: the first words of the text.
QString highlight(const Recommendation& recommendation);
// The number as a chair reads it ("R3" stays "R3"; empty becomes "–").
QString number(const Recommendation& recommendation);
// Sorts numbers naturally: "2" before "10", letters after digits.
QString numberSortKey(const Recommendation& recommendation);

} // namespace scrutineer::gui::reclabels
