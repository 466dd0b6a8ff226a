#include "agenda/FrontSheetParser.h"

namespace scrutineer::parse {

FrontSheet FrontSheetParser::parse(const layout::LayoutDocument& document)
{
    Q_UNUSED(document);
    return {};
}

} // namespace scrutineer::parse
