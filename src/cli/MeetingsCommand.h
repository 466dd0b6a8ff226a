#pragma once

#include <QStringList>

namespace scrutineer::cli {

// `scrutineer-cli meetings`: see run()'s --help. Main thread.
class MeetingsCommand final {
public:
    static int run(const QStringList& arguments);
};

} // namespace scrutineer::cli
