#pragma once

#include "Meeting.h"
#include "agenda/FrontMatter.h"

#include <QList>

// Reads the membership printed on a front sheet: a Member | Substitute table (substitutes
// paired to members by shared y-band, never by position), a "Membership" list with role
// labels before names or in a second column, a US roster ("Mayor" ⏎ name, "Councilmembers"
// ⏎ names) that stops at the officers listed after it, or "Name, Role" lines; failing those, a
// membership table under a header naming its columns (MembershipTable).
// Stateless; any thread.
namespace scrutineer::parse {

class MembershipReader final {
public:
    static QList<Member> read(const FrontMatter& front);
};

} // namespace scrutineer::parse
