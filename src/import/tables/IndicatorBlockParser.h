#pragma once

#include "Indicator.h"
#include "layout/LayoutPage.h"
#include "lexicon/Lexicon.h"

#include <QList>

// Scorecards printed as one block per indicator: labelled lines ("Target: 85%", "Actual  82%",
// "RAG: Amber", "Direction of travel: Improving", "Previous: 80%"), several labels on a line or a
// label in a column beside its value, under the measure's name (a "Measure:" label or the title
// line above the block). Labels are the lexicon's headings for scorecard roles. A block becomes an
// indicator when it holds two figures, or a figure and a rating. Stateless; any thread.
namespace scrutineer::parse {

class IndicatorBlockParser final {
public:
    static void parse(const layout::LayoutDocument& document, QList<Indicator>& indicators, QList<Reading>& readings);

private:
    struct Field {
        QString role;
        QString label;
        QString value;
    };
    // The labelled fields of one line; empty when the line holds none.
    static QList<Field> fields(const layout::LayoutLine& line, const Lexicon& lexicon);
    static void parsePage(const layout::LayoutPage& page, QList<Indicator>& indicators, QList<Reading>& readings);
};

} // namespace scrutineer::parse
