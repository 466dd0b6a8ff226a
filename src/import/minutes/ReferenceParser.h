#pragma once

#include "Resolution.h"

#include <QList>
#include <QString>

// Cross-references to other minutes: "Further to Minute No. 5 of the meeting of the Overview
// and Scrutiny Committee (Adult Social Care and Health) of 26 June 2018", "Minute No. 102 (7)
// of the Cabinet meeting of 11 January 2018", "Minutes nod. 6 (3), 7(2) and 8 (4) above",
// "(Minute No. 12 refers)". Typos in the keyword are tolerated and the raw text kept; the
// targets are resolved later by the store. Stateless; any thread.
namespace scrutineer::parse {

class ReferenceParser final {
public:
    static QList<MinuteReference> parse(const QString& text, int pdfPage);
};

} // namespace scrutineer::parse
