#include "pages/Furniture.h"

#include "layout/LineBuilder.h"

namespace scrutineer::parse {

void Furniture::strip(layout::LayoutDocument& document)
{
    for (layout::LayoutPage& page : document.pages)
        page.lines = layout::buildLines(page.words, page.number);
}

} // namespace scrutineer::parse
