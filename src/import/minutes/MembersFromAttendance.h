#pragma once

#include "Meeting.h"

#include <QList>

// The members of a meeting as its minutes show them: everyone listed as present, giving
// apologies or absent (not officers and others "in attendance"), with the role printed beside
// them ("(Chairman)", "(Vice-Chair)"), and each substitute as a substitute for the member they
// stood in for. Minutes often are the only membership a user has for a meeting. Pure; any thread.
namespace scrutineer::parse {

class MembersFromAttendance final {
public:
    static QList<Member> derive(const QList<Attendance>& attendance);
};

} // namespace scrutineer::parse
