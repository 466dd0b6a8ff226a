#pragma once

#include "Meeting.h"
#include "RowStatements.h"

#include <QSet>

namespace scrutineer {

// Decides which body a meeting is filed under. A body is known by its name within its
// authority. Where one side does not know its authority (minutes that name only their
// committee), and for two bodies of the same name that both lack one, a same-named body is the
// same body only on evidence: it met on the same date (a front sheet and the minutes of one
// meeting), the same document names it, it met at the same venue (named in enough words to be
// one building in one town), two or more of its people are the same, or the library holds no
// other authority (one council's papers). Without evidence the meeting keeps a body of
// its own rather than being filed under a council it was never said to belong to; when the
// evidence comes later, with the council's own papers, the body without a council joins the
// council's. Used by BundleRowWriter inside the import's transaction; the thread of the
// connection.
class BodyMatcher final {
public:
    // The body row the meeting is filed under, made or merged as above; 0 when the meeting names
    // no body. `bodiesOfThisDocument` are the bodies the same document's other meetings went to.
    static qint64 bodyIdFor(RowStatements& w, const Meeting& meeting, const QSet<qint64>& bodiesOfThisDocument);
};

} // namespace scrutineer
