#pragma once

#include <QString>

#include <memory>

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

// The connection a tool keeps for its edits and its small reads of one row, apart from the
// background loads that open their own. Stateless; GUI thread (the tool's connection is used there).
class EditingConnection final {
public:
    // Replaces `database` with a new connection to `path` (empty when it cannot be opened) and
    // returns the one to edit through: null when there is none or its user may not edit (a
    // reader of a team database).
    static Database* reopen(std::unique_ptr<Database>& database, const QString& path);
};

} // namespace scrutineer::gui
