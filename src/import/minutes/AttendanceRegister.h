#pragma once

#include "Meeting.h"
#include "minutes/MinutesLines.h"

#include <QList>

// Attendance printed as a register table in minutes: a member column beside a column of codes
// ("Member | Attendance | Notes" with P / A / Ab / S) or beside one column per status ("Member |
// Present | Apologies | Absent" with marks), a codes' key printed as "P = Present  A = Apologies"
// above or below it. Columns are known by their headings' roles and codes by the key's meanings,
// both worded in the lexicon (attendance-register-*, attendance-status-*). A code the key and the
// lexicon do not define records nobody. Stateless; any thread.
namespace scrutineer::parse {

class AttendanceRegister final {
public:
    // True when the line heads a register: a member column and a code or status column.
    static bool isHeader(const MinutesLine& line);

    // Reads a register whose header is among the first lines from `from` (before `to`) into `out`;
    // returns the index of the first line after it and its key (== from when there is none).
    static qsizetype parse(const QList<MinutesLine>& lines, qsizetype from, qsizetype to, QList<Attendance>& out);
};

} // namespace scrutineer::parse
