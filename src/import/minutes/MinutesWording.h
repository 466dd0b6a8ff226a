#pragma once

#include <QRegularExpression>

// The wording the minutes parsers recognise in a set's header and around it, in one place (to
// move into the lexicon kept as data): attendance labels, "Minutes of", "meeting held", dates
// opening a line, the end of a meeting. Each entry says which documents print it. Any thread.
namespace scrutineer::parse::minutes::wording {

// A line that starts an attendance list or roll call anywhere in its text: "PRESENT:", "Members
// present:", "Responding to roll call were" (UK minutes and US roll calls).
const QRegularExpression& attendanceMarker();
// True when the line starts attendance: the marker above, or the first row of a label table that
// prints no "Present" (the lexicon's attendance-table-marker: "Chair: Cllr M Penrose", "Parish
// Councillors: Cllrs ...", town and parish minutes).
bool startsAttendance(const QString& text);
// A label opening an attendance list at the start of its line ("PRESENT:", "Council Members
// present:", "Roll call:"): what a new set or a restart of attendance begins with.
const QRegularExpression& attendanceLabel();
// "Minutes of" in a header ("MINUTES of a meeting of the Cabinet held …").
const QRegularExpression& minutesOf();
// "meeting held" in a header ("MEETING HELD AT THE TOWN HALL", "the meeting held in …").
const QRegularExpression& heldAt();
// A line opening with a date ("Tuesday 10 July 2018", "OCTOBER 18, 2022").
const QRegularExpression& leadingDate();
// The end of a meeting's record ("The meeting ended at 8.05 pm", "The meeting was adjourned at 7:45 p.m.").
const QRegularExpression& meetingEnded();

} // namespace scrutineer::parse::minutes::wording
