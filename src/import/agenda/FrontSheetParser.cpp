#include "agenda/FrontSheetParser.h"

#include "agenda/DocumentKindDetector.h"
#include "agenda/FrontMatter.h"
#include "agenda/MeetingDetailsReader.h"
#include "agenda/MembershipReader.h"
#include "agenda/ReportAddressee.h"

namespace scrutineer::parse {

FrontSheet FrontSheetParser::parse(const layout::LayoutDocument& document)
{
    FrontSheet result;
    const DocumentKindDetector::Decision decision = DocumentKindDetector::decide(document);
    result.kind = decision.kind;
    result.kindReason = decision.reason;
    const FrontMatter front = FrontMatterReader::read(document);
    const MeetingDetails details = MeetingDetailsReader::read(front, document);

    Meeting& meeting = result.meeting;
    meeting.authority = details.authority;
    if (result.kind == DocumentKind::Minutes || result.kind == DocumentKind::DecisionRecord) {
        // Printed minutes have no front sheet: the minutes parser reads their meeting. Only
        // the authority named in the heading is passed on.
        return result;
    }
    meeting.body = details.body;
    meeting.date = details.date;
    meeting.time = details.time;
    meeting.venue = details.venue;
    meeting.officer = details.officer;
    meeting.officerContact = details.officerContact;
    meeting.pdfPage = details.pdfPage;
    meeting.members = MembershipReader::read(front);
    // A report names the meeting it is written for on its front sheet; any other date on it is
    // when it was written or sent.
    if (result.kind == DocumentKind::Report) {
        if (const auto addressee = ReportAddressee::read(document)) {
            // Times and places in a report's text are not its meeting's.
            meeting.body = addressee->body;
            meeting.date = addressee->date;
            meeting.time = addressee->time;
            meeting.venue = addressee->venue;
            meeting.pdfPage = addressee->pdfPage;
        }
    }
    result.found = meeting.date.isValid() || !meeting.body.isEmpty();
    return result;
}

} // namespace scrutineer::parse
