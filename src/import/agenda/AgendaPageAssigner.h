#pragma once

#include "AgendaItem.h"
#include "layout/LayoutPage.h"
#include "pages/PageMap.h"

#include <QCoreApplication>
#include <QList>

// Gives each agenda item its physical pages: from its printed pack range through the page map
// and from the run of pages stamped "Agenda Item N"; records which evidence was used, keeps the
// range where the two disagree (flagged), flags ranges that do not tile the pack, adds items
// known only from stamps, and reads the report's own author ("From:", "Report of:") from its
// first page. Stateless; any thread.
namespace scrutineer::parse {

class AgendaPageAssigner final {
    Q_DECLARE_TR_FUNCTIONS(AgendaPageAssigner)

public:
    static void assign(QList<AgendaItem>& items, const layout::LayoutDocument& document, const PageMapResult& pageMap);
};

} // namespace scrutineer::parse
