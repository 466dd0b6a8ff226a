#include "agenda/AgendaParser.h"

namespace scrutineer::parse {

QList<AgendaItem> AgendaParser::parse(const layout::LayoutDocument& document)
{
    Q_UNUSED(document);
    return {};
}

void AgendaParser::assignPages(QList<AgendaItem>& items, const layout::LayoutDocument& document,
                               const PageMapResult& pageMap)
{
    Q_UNUSED(items);
    Q_UNUSED(document);
    Q_UNUSED(pageMap);
}

} // namespace scrutineer::parse
