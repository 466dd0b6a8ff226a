#pragma once

#include <QDate>
#include <QString>

// Requests in minutes that name nobody to carry them out, beyond the passive shapes
// ActionRequestParser reads itself: the meeting's standing request for future reports ("the
// Committee continues to receive bi-annual reports"; "the Committee receives the refreshed plan
// at the September meeting"), something to be delivered to the meeting whatever the verb ("be
// captured ... as evidence for ... the scrutiny committee"), a list item written as an
// instruction ("c) Add more clarity on ... and include evidence of ..."), and in discussion prose
// members asking to be told something ("Members asked to be advised whether ...") or an
// undertaking about what later meetings receive ("This PI would be retitled for future
// meetings"). The wording is the lexicon's (document-cues.json); this class holds the structure:
// which cue applies to a clause, a list item or a sentence. Stateless; any thread.
namespace scrutineer::parse {

class UnownedRequests final {
public:
    // True when a resolution's text or one clause of it (`text`, its label removed) asks for
    // something with nobody named. `leadIn` is the text the clause completes (empty for a whole
    // resolution); `listItem` is true for a labelled clause. `meetingDate` is the meeting's, to
    // tell a later time from an earlier one (may be invalid).
    static bool inClause(const QString& text, const QString& leadIn, bool listItem, const QDate& meetingDate);

    // True when a sentence of discussion prose (outside what the meeting resolved or agreed)
    // records a request or an undertaking with nobody named.
    static bool inProse(const QString& sentence);
};

} // namespace scrutineer::parse
