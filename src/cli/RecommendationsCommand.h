#pragma once

#include <QStringList>

namespace scrutineer::cli {

// `scrutineer-cli recommendations`: see run()'s --help. Main thread.
class RecommendationsCommand final {
public:
    static int run(const QStringList& arguments);
};

} // namespace scrutineer::cli
