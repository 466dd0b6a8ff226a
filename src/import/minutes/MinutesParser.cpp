#include "minutes/MinutesParser.h"

namespace scrutineer::parse {

MinutesResult MinutesParser::parse(const layout::LayoutDocument& document, const MinutesContext& context)
{
    Q_UNUSED(document);
    Q_UNUSED(context);
    return {};
}

} // namespace scrutineer::parse
