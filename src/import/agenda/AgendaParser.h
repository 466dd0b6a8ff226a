#pragma once

#include "AgendaItem.h"
#include "DomainEnums.h"
#include "layout/LayoutPage.h"
#include "pages/PageMap.h"

// Reads the agenda list (numbers, wrapped titles, "Report of ...", page ranges, exempt
// sections) and maps each item to physical pages from the ranges and the stamps, recording
// which evidence was used and flagging disagreements. Stateless; any thread.
namespace scrutineer::parse {

class AgendaParser final {
public:
    static QList<AgendaItem> parse(const layout::LayoutDocument& document);
    // The same, for a document whose kind is already known (no agenda in minutes or reports).
    static QList<AgendaItem> parse(const layout::LayoutDocument& document, DocumentKind kind);
    static void assignPages(QList<AgendaItem>& items, const layout::LayoutDocument& document,
                            const PageMapResult& pageMap);
};

} // namespace scrutineer::parse
