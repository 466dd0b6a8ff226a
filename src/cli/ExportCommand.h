#pragma once

#include <QStringList>

namespace scrutineer::cli {

// `scrutineer-cli export`: see run()'s --help. Main thread.
class ExportCommand final {
public:
    static int run(const QStringList& arguments);
};

} // namespace scrutineer::cli
