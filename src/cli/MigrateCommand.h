#pragma once

#include <QStringList>

namespace scrutineer::cli {

// `scrutineer-cli migrate --from FILE.sqlite --to postgresql://…`: moves a personal library into
// an empty team database in one transaction. See run()'s --help. Main thread.
class MigrateCommand final {
public:
    static int run(const QStringList& arguments);
};

} // namespace scrutineer::cli
