#pragma once

#include <QString>

// What a reference cell of a plan or scorecard holds: numbers with dotted parts ("1.2.25", "3.1",
// "4a"), and the same after a code of capitals that councils put in front of indicator and
// action numbers ("HS01", "PI-04", "KPI 12", "CP3.2", "R1"), or a code before numbers and a year
// set apart by slashes ("CS/24/01"), or codes joined before the number ("PSC-HM-01"). Pure; any thread.
namespace scrutineer::parse {

class RefCell final {
public:
    // The cell is one reference. `minimumLetters` is the shortest capital code accepted in front
    // of the number: 1 where a heading already says the column holds refs, more where only the
    // cells can tell (a column of "Q1", "Q2" holds periods, not refs).
    static bool isRef(const QString& text, int minimumLetters = 1);

    // One reference or a list of them, as printed with stray separators ("1.2, 1.4. 3.1,").
    static bool isRefList(const QString& text);
};

} // namespace scrutineer::parse
