#pragma once

#include <QStringList>

namespace scrutineer::cli {

// `scrutineer-cli indicators`: performance indicators with their bands, latest readings and
// ratings; --breaches lists readings outside Good or below their floor. Main thread.
class IndicatorsCommand final {
public:
    static int run(const QStringList& arguments);
};

} // namespace scrutineer::cli
