#pragma once

#include "Meeting.h"
#include "minutes/MinutesLines.h"

#include <QList>

// Who was at a meeting, from its minutes: the labelled lists after the header ("PRESENT:",
// "ALSO PRESENT:", "Also attended:", "IN ATTENDANCE:", "Virtual attendees", "Officers:"),
// US roll-call prose ("Responding to roll call were ... in person", "participated via
// videoconference", "were absent", "Also participating were ...") and apologies sentences
// ("Apologies ... were received from Councillor Hands and his Substitute Councillor
// Brodie-Browne; ..."). Stateless; any thread.
namespace scrutineer::parse {

class AttendanceParser final {
public:
    // Reads labelled lists starting at lines[from] (before `to`); returns the index of the
    // first line after them (== from when there are none).
    static qsizetype parseLists(const QList<MinutesLine>& lines, qsizetype from, qsizetype to, QList<Attendance>& out);
    // Labelled lists and register tables (AttendanceRegister) in any order from lines[from]:
    // the index of the first line after the last of them (== from when there are none).
    static qsizetype parseListsAndRegisters(const QList<MinutesLine>& lines, qsizetype from, qsizetype to,
                                            QList<Attendance>& out);

    // Roll-call prose in one sentence (US minutes). True when the sentence was attendance.
    static bool parseRollCall(const QString& sentence, int page, QList<Attendance>& out);

    // "Apologies were received from ..." in one sentence. True when the sentence gave apologies.
    static bool parseApologies(const QString& sentence, int page, QList<Attendance>& out);
};

} // namespace scrutineer::parse
