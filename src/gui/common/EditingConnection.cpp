#include "EditingConnection.h"

#include "Database.h"
#include "Log.h"

namespace scrutineer::gui {

Database* EditingConnection::reopen(std::unique_ptr<Database>& database, const QString& path)
{
    database.reset(); // closed before the new one opens: one connection per tool
    if (path.isEmpty())
        return nullptr;
    auto opened = Database::open(path);
    if (!opened) {
        log::warning(
            QStringLiteral("a tool's connection to %1 could not be opened: %2").arg(path, opened.error().describe()));
        return nullptr;
    }
    database = std::move(opened.value());
    return database->mayEdit() ? database.get() : nullptr;
}

} // namespace scrutineer::gui
