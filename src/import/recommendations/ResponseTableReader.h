#pragma once

#include "Recommendation.h"
#include "recommendations/RecommendationParagraphs.h"
#include "tables/RoleTable.h"

#include <QList>
#include <QString>
#include <QStringList>

// Turns recommendation trackers and executive response tables, read by column role (PlanParser,
// RoleTable: recommendation / response / accepted? / lead / timescale), into recommendations and
// their responses and progress updates. The recommendations are quotations (`quotedIn` names the
// document): the store links them to the report that made them. A row's recommendation cell may stack several
// recommendations (bullets, numbered clauses, one "That ..." per line); each gets the row's response. Pure; any thread.
namespace scrutineer::parse {

class ResponseTableReader final {
public:
    struct Output {
        QList<Recommendation> recommendations;
        QList<RecommendationResponse> responses; // recommendationIndex into `recommendations`
        QList<RecommendationUpdate> updates; // from progress and status columns
    };
    // `paragraphs` give the text above each table (who asked); `defaultMaker` is used when
    // neither the table's title nor that text names a body.
    static Output read(const QList<RoleTableResult>& tables, const QList<RecParagraph>& paragraphs,
                       const QString& defaultMaker, const QStringList& namedBodies, const QString& document);

    // A recommendation cell's lines cut into recommendations: (number as printed or empty, text).
    static QList<std::pair<QString, QString>> splitCell(const QStringList& lines);
    // The decision a response's opening words (or an "Accepted?" cell) state; Pending when none.
    static ResponseDecision decisionOf(const QString& text, bool anywhere);
};

} // namespace scrutineer::parse
