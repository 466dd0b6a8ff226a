#pragma once

#include "Indicator.h"
#include "tables/RoleTable.h"

#include <QList>

// Indicators and their readings from a scorecard or measure list read by column role
// (Measure | Target | Actual | RAG | Direction | Previous, or a list of measures with timescales):
// a measure per row, its target and floor, the latest value with the rating and direction as
// printed, the previous value and a baseline beside the latest. Figures are kept as printed beside
// their parsed number; a period comes from the cell when it prints one in brackets ("60.1%
// (2024)"), else from the column's heading when it names one ("Q3 2024/25"). Stateless; any thread.
namespace scrutineer::parse {

class ScorecardParser final {
public:
    // Appends the table's measures to `indicators` and their values to `readings`.
    static void read(const RoleTableResult& table, QList<Indicator>& indicators, QList<Reading>& readings);
};

} // namespace scrutineer::parse
