#pragma once

#include "DomainEnums.h"

#include <QString>

#include <optional>

// The words a membership list uses for roles ("Chairperson", "Vice-Chair", "Mayor Pro Tem",
// "Councilmembers", "Substitute", "Co-Opted Member", "Advisory Member") and the shape of a
// person's name in such a list. Pure functions; any thread.
namespace scrutineer::parse {

struct RoleMatch {
    MemberRole role = MemberRole::Member;
    QString text; // as printed
    bool single = false; // names one person (Chair, Mayor): applies to the next name only
};

class MemberRoles final {
public:
    // The whole text is a role label: "Chairperson", "Mayor Pro Tem", "Councilmembers".
    static std::optional<RoleMatch> label(const QString& text);
    // A role label at the start ("Chairperson Councillor Phillip Howells", "Co-opted member: Mr
    // Ian Forsyth", the colon left out of `rest`) or the end
    // ("Andy James Co-Opted Member") of a line; `rest` receives the remainder.
    static std::optional<RoleMatch> prefixLabel(const QString& text, QString* rest);
    static std::optional<RoleMatch> suffixLabel(const QString& text, QString* rest);
    // A bracketed role after a name: "Cllr. Paula Murphy (Vice-Chair)".
    static std::optional<RoleMatch> bracketRole(const QString& text);

    // The person's name without honorifics and bracketed roles when the text is shaped like
    // one ("Cllr. Iain Brodie - Browne", "Helen l'Anson", "Margarita L. Rios"); empty otherwise.
    static QString personName(const QString& text);
    // Labels of people listed beside members who are not members: "City Treasurer", "Officers".
    static bool isOfficerHeading(const QString& text);
};

} // namespace scrutineer::parse
