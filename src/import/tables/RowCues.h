#pragma once

#include "tables/TableBuilder.h"

#include <QString>

// What a table line's cells say about where rows begin: a section title alone in one column, and
// values that never wrap onto a second line. Pure functions; any thread.
namespace scrutineer::parse {

// The line holds only a few words of a title in `column` and nothing elsewhere.
bool isSectionLabel(const AssignedLine& assigned, qsizetype column);

// The line holds text in `column` and nowhere else.
bool onlyCellFilled(const AssignedLine& assigned, qsizetype column);

// A cell going on from the line above: it opens with a lower-case word.
bool startsLowerCase(const QString& text);

// A ref or minute number, or a date: a cell value that fits on one line and never wraps.
bool isAtomicValue(const QString& text);

} // namespace scrutineer::parse
