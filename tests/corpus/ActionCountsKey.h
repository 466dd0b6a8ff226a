#pragma once

#include "Database.h"

#include <QJsonObject>
#include <QStringList>

// Holds the app's open-action counts to a hand count: tests/corpus/keys/<name>.actions.json
// lists, for one corpus file, the open actions counted by reading the PDF per committee
// ("committees": body~, open), per meeting ("meetings": date, open) and per owner ("owners":
// names, or none, with open). The app's side is what the Actions view, the meetings list and the
// outstanding-actions report show: ActionStore::list() counted by ActionTally. A fact is one count;
// an owner the app lists that no hand count names is a failed fact too. Test helper; the thread
// of the Database.
namespace scrutineer::corpus {

struct ActionCountsScore {
    int passed = 0;
    int total = 0;
    QStringList lines; // one per fact: "ok ..." or "FAIL ..." with both counts
};

ActionCountsScore scoreActionCounts(Database& database, const QJsonObject& key);

} // namespace scrutineer::corpus
