#pragma once

#include "DomainEnums.h"
#include "Meeting.h"
#include "layout/LayoutPage.h"

// Reads the front sheet or covering letter: authority, body, date, time, venue, committee
// officer and contact, membership with roles, and what kind of document this is.
// Stateless; any thread.
namespace scrutineer::parse {

struct FrontSheet {
    Meeting meeting; // members filled; agenda and minutes left empty
    DocumentKind kind = DocumentKind::Other;
    QString kindReason;
    bool found = false; // false when nothing front-sheet-like was seen
};

class FrontSheetParser final {
public:
    static FrontSheet parse(const layout::LayoutDocument& document);
};

} // namespace scrutineer::parse
