#pragma once

#include <QStringList>

namespace scrutineer::cli {

// `scrutineer-cli import`: see run()'s --help. Main thread.
class ImportCommand final {
public:
    static int run(const QStringList& arguments);
};

} // namespace scrutineer::cli
