#pragma once

#include "AgendaItem.h"
#include "agenda/AgendaRegion.h"

#include <QList>

// Turns the lines of one agenda entry into an AgendaItem: joins wrapped titles (indented or
// upper-case continuations, a title ending in "and", a range on the second line), takes the
// pack range wherever it sits ("(Pages 5 - 20)" mid-title, a Pages-column "9 - 14" or "79 -" ⏎
// "114"), then the "Report of …" sub-line and the first description paragraph. Lettered US
// sub-items drop their file-number column and read "(City Clerk Myra Maravilla)" as the
// presenter. Stateless; any thread.
namespace scrutineer::parse {

struct ItemDraft {
    ItemStart start;
    QString number;
    QList<AgendaLine> lines; // the entry's first line, then the lines under it
    bool lettered = false;
};

class AgendaItemAssembler final {
public:
    // pagesColumnX: left edge of a Pages column, 0 when there is none.
    static AgendaItem assemble(const ItemDraft& draft, qreal pagesColumnX);
    // An unnumbered heading ("ORAL COMMUNICATIONS") with the cell beside it and the lines under it.
    static AgendaItem assembleHeading(const QString& heading, const QString& aside, const QList<AgendaLine>& lines);
};

} // namespace scrutineer::parse
