#pragma once

#include "Meeting.h"
#include "agenda/FrontMatter.h"

#include <QList>

// Reads a membership printed as a table under a header naming its columns ("Name | Role |
// Organisation", "Organisation | Member", "Member | Representing"; wording in the lexicon): a
// member per row with a name in the name column, the role and organisation cells wrapping onto
// the lines under it. The role is the chair's, vice-chair's, an observer's ... where the role
// cell or a bracket after the name says so, else a plain member. Stateless; any thread.
namespace scrutineer::parse {

class MembershipTable final {
public:
    // The members of the first membership table among the lines; empty when there is none.
    static QList<Member> read(const QList<FrontLine>& lines);
};

} // namespace scrutineer::parse
