#pragma once

#include "Action.h"
#include "Indicator.h"
#include "layout/LayoutPage.h"

// Reads improvement-plan action tables, action trackers, performance threshold tables and
// Target/Floor readings from a document's layout (tables reconstructed from word boxes).
// Stateless; any thread.
namespace scrutineer::parse {

struct PlanResult {
    QList<Action> actions; // origin improvement-plan, or actions-arising from trackers; meetingIndex -1
    QList<Indicator> indicators; // meetingIndex -1
    QList<Reading> readings; // indicatorIndex into `indicators`
};

class PlanParser final {
public:
    static PlanResult parse(const layout::LayoutDocument& document);
};

} // namespace scrutineer::parse
