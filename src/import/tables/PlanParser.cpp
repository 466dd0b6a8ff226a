#include "tables/PlanParser.h"

namespace scrutineer::parse {

PlanResult PlanParser::parse(const layout::LayoutDocument& document)
{
    Q_UNUSED(document);
    return {};
}

} // namespace scrutineer::parse
