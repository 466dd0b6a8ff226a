#pragma once

#include "ActionRecord.h"
#include "Database.h"

#include <QList>

namespace scrutineer {

// Turns the action rows of one or more bodies into what the chair counts: owners resolved to
// people and posts (the body's printed names and post holders, the officers' aliases), repeats
// linked to their first occurrence with the history of every meeting they appeared at, and each
// chain's effective status (the latest user update on any occurrence, else the status printed
// at its latest occurrence). Give it every action of the bodies concerned, so a repeat always
// finds its first occurrence. Thread of the Database.
class ActionChains final {
public:
    // `body` empty: the people of every body are loaded.
    static void assemble(Database& database, QList<ActionRecord>& records, const QString& body = {});
};

} // namespace scrutineer
