#pragma once

#include "DomainEnums.h"
#include "ImportBundle.h"
#include "layout/LayoutPage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace scrutineer::parse {
struct TableReport;

// Decides what a document is, and says why: from its first pages (a covering letter enclosing
// papers makes a supplement, a minutes heading printed minutes, a record-of-decision heading a
// decision record, an agenda heading an agenda pack, report labels a report), then, for a document
// the first pages could not place, from what the parsers read in it (minutes of a meeting, a plan's
// or a scorecard's tables). "Other" only when nothing fits. The wording lives in the lexicon
// (document-cues.json). Stateless; any thread.
class DocumentKindDetector final {
    Q_DECLARE_TR_FUNCTIONS(DocumentKindDetector)

public:
    struct Decision {
        DocumentKind kind = DocumentKind::Other;
        QString reason;
    };
    static Decision decide(const layout::LayoutDocument& document);
    static DocumentKind detect(const layout::LayoutDocument& document) { return decide(document).kind; }
    // A first-page "other" settled by what was read: minutes, or a report made of plans or scorecards.
    static Decision settle(const Decision& early, const layout::LayoutDocument& document, const ImportBundle& bundle,
                           const QList<TableReport>& tables);

    // A line that heads an agenda: "AGENDA", "A G E N D A", "Agenda for the meeting of …",
    // "Regular Meeting Agenda", "Supplementary Agenda", "Agenda Item No".
    static bool isAgendaHeading(const QString& text);
    // "MINUTES of a meeting of …", "MINUTES OF THE REGULAR MEETING", a lone "Minutes"; not the
    // agenda's sub-line "Minutes of the meeting held on 10 July 2018".
    static bool isMinutesHeading(const QString& text);
    // "Dear Member", "Dear Councillor": the page is a covering letter.
    static bool isLetterGreeting(const QString& text);
};

} // namespace scrutineer::parse
