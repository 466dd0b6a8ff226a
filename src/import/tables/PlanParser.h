#pragma once

#include "Action.h"
#include "Indicator.h"
#include "layout/LayoutPage.h"
#include "lexicon/Lexicon.h"
#include "tables/RoleTable.h"

#include <QList>
#include <QString>
#include <QStringList>

// Reads the tables of a document by column role — improvement plans and delivery plans, action
// logs, performance threshold tables, scorecards and measure lists — plus Target/Floor blocks and
// performance summaries, from the document's layout (tables reconstructed from word boxes).
// Reports every table it saw, read or not, for the inspection report. Stateless; any thread.
namespace scrutineer::parse {

// A table the parser saw: where it is, what its columns were taken to be, and what it gave.
struct TableReport {
    QString kind; // "plan", "action log", "threshold table", "scorecard", or "table" when unread
    int firstPage = 0;
    int lastPage = 0;
    qreal top = 0; // of its header on the first page
    QStringList headings; // as printed
    QStringList roles; // parallel to headings; empty where no role was found
    int rows = 0; // actions or measures it gave
    double confidence = 0;
    // What it gave, as ranges of PlanResult's actions and indicators.
    int firstAction = 0;
    int actionCount = 0;
    int firstIndicator = 0;
    int indicatorCount = 0;
    QString readWith; // the template it was read with; empty for the importer's own reading
    bool read() const { return rows > 0; }
};

struct PlanResult {
    QList<Action> actions; // origin improvement-plan, or actions-arising from trackers; meetingIndex -1
    QList<Indicator> indicators; // meetingIndex -1
    QList<Reading> readings; // indicatorIndex into `indicators`
    QList<TableReport> tables;
    // Recommendation trackers and response tables, read by role; the recommendation readers
    // turn their rows into recommendations and responses.
    QList<RoleTableResult> responseTables;
};

class PlanParser final {
public:
    // With another lexicon (one a template extends), the headings it knows make tables too.
    static PlanResult parse(const layout::LayoutDocument& document, const Lexicon& lexicon = Lexicon::instance());
};

} // namespace scrutineer::parse
