#pragma once

// Recommendations added to the chairs' test library (tracker/ChairFixtures), as the importer
// would hand them over: the Children's Scrutiny Committee's task-and-finish report of 14 January
// 2030 (recommendations 1, 2, 3, 4 and 10 on PDF page 2), Cabinet's response of 20 March 2030
// (1 accepted, 2 partly, 4 answered in words without a decision, 10 rejected; nothing on 3), a progress report of 12
// May 2030 on 2, and a recommendation of the Adult Social Care Committee of 20 April 2030 not yet answered. With
// "today" at 1 June 2030: 3 awaits a response too long, 1 is accepted with no update since.
#include "Database.h"

#include <QString>

namespace scrutineer::gui::rectest {

extern const QString kReportFile; // the report the children's recommendations are printed in

// Writes the three documents; returns the reason on failure (empty on success).
QString addRecommendations(Database& database);

} // namespace scrutineer::gui::rectest
