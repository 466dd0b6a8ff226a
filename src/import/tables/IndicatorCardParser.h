#pragma once

#include "Indicator.h"
#include "layout/LayoutPage.h"

#include <QList>

// Scorecards printed as one card per indicator: a title line (often a code before the name,
// "HC01   Rent collected"), labelled lines under it ("Good performance: High", "Annual target:
// 97.5%", bands in one labelled value), then a small table whose rows are periods ("Month |
// Actual | Target | RAG | Direction" over "Apr-25 ..."). Each card becomes an indicator and each
// period row with a figure a reading of it. Stateless; any thread.
namespace scrutineer::parse {

class IndicatorCardParser final {
public:
    static void parse(const layout::LayoutDocument& document, QList<Indicator>& indicators, QList<Reading>& readings);

    // A row's period cell as a period ("Apr-25", "Q4 2024/25", "2024/25"), a short marker in
    // brackets after it dropped ("2024/25 (p)"); an empty string when the cell is no period.
    static QString rowPeriod(const QString& cell);
    // A title's leading code ("HC01", "Measure PM1 -"): the code, and the name after it.
    static std::pair<QString, QString> splitRef(const QString& title);
};

} // namespace scrutineer::parse
