#pragma once

#include <QString>

// Tells a report's own recommendations to the meeting it goes to ("That the Committee notes the
// report", "The Cabinet is asked to ...", "To note ...") from a scrutiny body's recommendations
// to someone else, by the wording in document-cues.json. Pure; any thread.
namespace scrutineer::parse::meetingask {

// True when `name` ("the Committee", "Members", "Overview and Scrutiny Committee") is the meeting
// the document goes to, whose body is `meetingBody` (empty when unknown: then only a bare
// "Committee" or "Panel", or "Members", is taken to be it).
bool isMeeting(const QString& name, const QString& meetingBody);

// True when the recommendation asks that meeting itself to decide: "is asked to", "be noted",
// "To note ...", "That the Committee notes ..."; a bare "Notes ..." only after a lead-in that
// named the meeting (`afterMeetingLead`).
bool asksMeeting(const QString& text, const QString& meetingBody, bool afterMeetingLead);

// True when a list's lead-in names the meeting ("That the committee:", "Members are asked to:").
bool namesMeeting(const QString& leadIn, const QString& meetingBody);

} // namespace scrutineer::parse::meetingask
