#include "minutes/MembersFromAttendance.h"

#include "agenda/MemberRoles.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace scrutineer::parse {
namespace {

// The role a roleText names ("Chairman", "Vice-Chair, substitute for X", "Deputy Chair - Secretary
// of State member"): the first part, between commas or spaced dashes, that is a role label, or an
// ordinary member.
MemberRole roleOf(const QString& roleText, QString* printed)
{
    static const QRegularExpression parts(QStringLiteral(",|\\s[-\u2013\u2014]\\s"));
    for (const QString& part : roleText.split(parts, Qt::SkipEmptyParts)) {
        if (const auto match = MemberRoles::label(part.trimmed())) {
            *printed = match->text;
            return match->role;
        }
    }
    return MemberRole::Member;
}

} // namespace

QList<Member> MembersFromAttendance::derive(const QList<Attendance>& attendance)
{
    QList<Member> members;
    QSet<QString> seen;
    auto add = [&](Member member) {
        const QString key = member.name.simplified().toCaseFolded();
        if (key.isEmpty() || seen.contains(key))
            return;
        seen.insert(key);
        members.append(std::move(member));
    };
    // Substitutes first known from the members they stood in for.
    QHash<QString, QString> substituteFor; // substitute's name (folded) -> member's name
    for (const Attendance& a : attendance) {
        if (!a.substitute.isEmpty())
            substituteFor.insert(a.substitute.simplified().toCaseFolded(), a.name);
    }
    for (const Attendance& a : attendance) {
        if (a.status == AttendanceStatus::InAttendance)
            continue;
        Member member;
        member.name = a.name;
        member.pdfPage = a.pdfPage;
        member.role = roleOf(a.roleText, &member.roleText);
        if (const auto it = substituteFor.constFind(a.name.simplified().toCaseFolded()); it != substituteFor.constEnd()) {
            member.role = MemberRole::Substitute;
            member.substituteFor = it.value();
        }
        add(member);
        if (!a.substitute.isEmpty()) {
            Member substitute;
            substitute.name = a.substitute;
            substitute.role = MemberRole::Substitute;
            substitute.substituteFor = a.name;
            substitute.pdfPage = a.pdfPage;
            add(substitute);
        }
    }
    return members;
}

} // namespace scrutineer::parse
