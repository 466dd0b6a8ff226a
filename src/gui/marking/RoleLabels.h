#pragma once

#include "MarkedTable.h"

#include <QString>

// Words for the user: what a marked table is ("Action plan or tracker") and what a column holds
// ("Owner", "Due date"). GUI thread (translations).
namespace scrutineer::gui::rolelabels {

QString kind(MarkedKind kind);
// A column role; "" is the reader's guess, kIgnoredRole a column left out.
QString role(const QString& role);

} // namespace scrutineer::gui::rolelabels
