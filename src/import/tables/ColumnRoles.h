#pragma once

#include "lexicon/Lexicon.h"
#include "tables/HeaderReader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Column roles and what makes a table a plan, a tracker, a threshold table or a scorecard: the
// roles a header's headings point to are settled by the table's other columns and by what each
// column holds (dates, refs, statuses, people and posts, numbers, codes). Stateless; any thread.
namespace scrutineer::parse {

namespace role {
inline const QString Ref = QStringLiteral("ref");
inline const QString Outcome = QStringLiteral("outcome");
inline const QString Objective = QStringLiteral("objective");
inline const QString Action = QStringLiteral("action");
inline const QString Evidence = QStringLiteral("evidence");
inline const QString Measure = QStringLiteral("measure");
inline const QString Description = QStringLiteral("description");
inline const QString Owner = QStringLiteral("owner");
inline const QString Due = QStringLiteral("due");
// A due date moved since it was agreed, printed beside the original ("Revised target").
inline const QString RevisedDue = QStringLiteral("revised-due");
inline const QString Meeting = QStringLiteral("meeting");
inline const QString Status = QStringLiteral("status");
inline const QString Commentary = QStringLiteral("commentary");
inline const QString Plan = QStringLiteral("plan");
inline const QString Directorate = QStringLiteral("directorate");
inline const QString Completed = QStringLiteral("completed");
inline const QString Target = QStringLiteral("target");
inline const QString Floor = QStringLiteral("floor");
// How far from its target a measure may fall before it is red ("3%", "+/-5%"): a margin.
inline const QString Tolerance = QStringLiteral("tolerance");
inline const QString Actual = QStringLiteral("actual");
inline const QString Previous = QStringLiteral("previous");
inline const QString Direction = QStringLiteral("direction");
inline const QString Period = QStringLiteral("period");
inline const QString Baseline = QStringLiteral("baseline");
inline const QString Limit = QStringLiteral("limit");
// A column headed only by a period ("Q1", "2023/24", "Dec-24") holding the value for that period:
// its key is this prefix and the heading.
inline const QString PeriodValuePrefix = QStringLiteral("reading:");
// A column beside period columns holding the year's cumulative figure so far ("Apr | ... | Nov |
// YTD"): its key is this prefix and the heading; a reading of its own, never the latest period's.
inline const QString CumulativeValuePrefix = QStringLiteral("cumulative:");
inline const QString Polarity = QStringLiteral("polarity");
inline const QString Comparator = QStringLiteral("comparator");
inline const QString Unit = QStringLiteral("unit");
inline const QString Band = QStringLiteral("band");
inline const QString Tag = QStringLiteral("tag");
// Recommendation trackers and executive response papers: what was recommended or asked, the
// executive's answer, and whether it was accepted.
inline const QString Recommendation = QStringLiteral("recommendation");
inline const QString Response = QStringLiteral("response");
inline const QString Decision = QStringLiteral("decision");
} // namespace role

enum class TableKind { None, Plan, Tracker, Thresholds, Scorecard, Responses };
QString toString(TableKind kind);

// What a column's cells hold, counted over its non-empty line fragments.
struct ColumnProfile {
    int cells = 0;
    int dates = 0; // a month, a year, a quarter or due wording ("Mar 2026", "Ongoing", "By end of Q3")
    int refs = 0; // "1.2.25", "3.1", "7"
    int statuses = 0; // the status key, RAG words
    int numbers = 0; // a figure, a percentage
    int people = 0; // job titles and bodies ("Head of Service", "Lead for Family Hubs")
    int codes = 0; // short codes ("SO1, SO2")
    int polarities = 0; // which way is better ("Maximise", "Higher is better", "Low")
    int words = 0;

    void add(const QString& text, const Lexicon& lexicon);
    double share(int count) const { return cells > 0 ? double(count) / cells : 0.0; }
    double averageWords() const { return cells > 0 ? double(words) / cells : 0.0; }
};

class ColumnRoles final {
public:
    // Picks each column's key from its heading's roles in the light of the other headings
    // ("Measure" beside an action column is how the action is measured). Columns the lexicon
    // does not know get "?<index>" keys until their cells are seen.
    static void settleFromHeadings(TableHeader& header);
    // Settles ambiguous and unknown columns by what they hold; returns old key -> new key for
    // every column whose key changed.
    static QHash<QString, QString> settleFromCells(TableHeader& header, const QHash<QString, ColumnProfile>& profiles);
    // What the roles add up to.
    static TableKind classify(const TableHeader& header);
    // How sure the reading of the header is: 1 when every heading is a known phrase, less for
    // cue words and for columns named only by their cells.
    static double headerConfidence(const TableHeader& header);
    static bool isUnknownKey(const QString& key) { return key.startsWith(QLatin1Char('?')); }
    static bool isPeriodValueKey(const QString& key) { return key.startsWith(role::PeriodValuePrefix); }
    static bool isCumulativeValueKey(const QString& key) { return key.startsWith(role::CumulativeValuePrefix); }
};

} // namespace scrutineer::parse
