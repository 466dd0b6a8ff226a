#pragma once

#include <QStringList>

namespace scrutineer::cli {

// `scrutineer-cli actions`: see run()'s --help. Main thread.
class ActionsCommand final {
public:
    static int run(const QStringList& arguments);
};

} // namespace scrutineer::cli
