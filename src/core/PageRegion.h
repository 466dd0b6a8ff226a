#pragma once

#include <QString>

namespace scrutineer {

// What the importer made of a stretch of a document (front sheet, agenda, a set of minutes, a
// table with its roles, report text), or what it saw there and could not read. The inspection
// report (`scrutineer-cli inspect`) prints these page by page; the store keeps them with the
// document. Plain value; any thread.
struct PageRegion {
    int firstPage = 0;
    int lastPage = 0;
    QString kind; // "front sheet", "agenda", "minutes", "plan", "scorecard", "table", "report text" ...
    QString detail; // "minutes of Cabinet, 9 January 2025", "ref, action, owner, due — 12 actions"
    bool claimed = true; // false: seen and not understood (a table that gave no rows, a stray RESOLVED)
    double confidence = 1.0;
};

} // namespace scrutineer
