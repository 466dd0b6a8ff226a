#pragma once

#include "DomainEnums.h"
#include "layout/LayoutPage.h"

// Decides what a document is from its first page: an agenda pack (agenda heading or list),
// a supplement (covering letter enclosing documents "not available when the agenda was
// published", "Supplementary Agenda", budget amendments), printed minutes, a stand-alone
// report, or other. Stateless; any thread.
namespace scrutineer::parse {

class DocumentKindDetector final {
public:
    static DocumentKind detect(const layout::LayoutDocument& document);

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
