#pragma once

#include "ImportBundle.h"

#include <QStringList>

// The canonical summary of what an analysis found, one line a fact, with nothing that depends on
// where on the page it was printed (no boxes, page sizes or page text): the kind, meetings with
// their members, attendance, agenda items and minutes with resolutions, actions, indicators
// with thresholds and readings, recommendations and responses, the printed page numbers and
// stamps, the inspector's regions and the warnings. Two analyses of one document on differently
// sized or placed pages should give the same lines.
namespace scrutineer::testing {

class BundleFacts final {
public:
    static QStringList of(const ImportBundle& bundle);

    // The lines of `a` missing from `b` (as a multiset: a line twice in `a` and once in `b` is
    // missing once), in `a`'s order.
    static QStringList missingFrom(const QStringList& a, const QStringList& b);
};

} // namespace scrutineer::testing
