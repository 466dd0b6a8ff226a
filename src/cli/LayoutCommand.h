#pragma once

#include <QStringList>

namespace scrutineer::cli {

// `scrutineer-cli layout FILE [--pages A-B] [--raw]`: prints the layout model of PDF pages
// (lines with their boxes, furniture found) so parser behaviour can be inspected. Main thread.
class LayoutCommand final {
public:
    static int run(const QStringList& arguments);
};

} // namespace scrutineer::cli
