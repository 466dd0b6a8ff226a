#pragma once

#include <QStringList>

namespace scrutineer::cli {

// `scrutineer-cli search`: see run()'s --help. Main thread.
class SearchCommand final {
public:
    static int run(const QStringList& arguments);
};

} // namespace scrutineer::cli
