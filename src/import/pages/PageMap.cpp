#include "pages/PageMap.h"

namespace scrutineer::parse {

std::optional<int> PageMapResult::physicalFor(int packPage) const
{
    for (int i = 0; i < packPages.size(); ++i) {
        if (packPages.at(i) == packPage)
            return i + 1;
    }
    return std::nullopt;
}

PageMapResult PageMap::build(const layout::LayoutDocument& document, const QList<AgendaItem>& agenda)
{
    Q_UNUSED(agenda);
    PageMapResult result;
    for (const layout::LayoutPage& page : document.pages) {
        result.packPages.append(page.furniture.printedPage);
        result.evidence.append(page.furniture.printedPage ? QStringLiteral("stamp") : QString());
    }
    return result;
}

} // namespace scrutineer::parse
