#pragma once

#include <QStringList>

namespace scrutineer::cli {

// Maps the first argument to a command and prints the overall help. Main thread.
class CommandTable final {
public:
    static int dispatch(const QStringList& arguments);
};

} // namespace scrutineer::cli
