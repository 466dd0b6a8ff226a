#pragma once

#include <QStringList>

namespace scrutineer::cli {

// `scrutineer-cli inspect FILE... [--unclaimed]`: imports nothing; reads each PDF as an import
// would and prints, page by page, what it was read as (front sheet, agenda, minutes of which
// meeting, tables with their column roles, report text) and what was left unclaimed. Main thread.
class InspectCommand final {
public:
    static int run(const QStringList& arguments);
};

} // namespace scrutineer::cli
