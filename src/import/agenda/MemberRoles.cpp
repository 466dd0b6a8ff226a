#include "agenda/MemberRoles.h"

#include "RegexCache.h"
#include "TextUtil.h"

#include <QRegularExpression>
#include <QSet>

namespace scrutineer::parse {
namespace {

const QString kVice = QStringLiteral(
    "(Vice[- ]?Chair(?:man|woman|person)?|Deputy Chair(?:man|woman|person)?|Mayor Pro Tem(?:pore)?|Vice[- ]Mayor|"
    "Deputy Mayor|Vice[- ]President|(?:Vice|Depute|Deputy)[- ]?Conven[eo]r)");
// Scottish councils' committees are chaired by a Convener (or Convenor), with a Vice or Depute Convener.
const QString kChair = QStringLiteral("(Chair(?:man|woman|person)?|Mayor|President|Presiding Member|Conven[eo]r)");
const QString kCoOpted = QStringLiteral("(Co-?opted(?: (?:Voting |Non-voting |Non-Voting )?Members?)?|Co-?optees?)");
const QString kAdvisory = QStringLiteral("(Advisory Members?|Advisers?|Advisors?|Observers?)");
const QString kSubstitute = QStringLiteral("((?:Named )?Substitutes?(?: Members?)?)");
const QString kMember = QStringLiteral(
    "(Council ?members?|Members?|Commissioners?|Board Members?|Trustees?|Aldermen|Alderman|Committee Members?|"
    "(?:Committee |Panel |Board |Cabinet )?Membership|Councillors?)");

struct Vocabulary {
    QString pattern;
    MemberRole role;
    bool single;
};

const QList<Vocabulary>& vocabulary()
{
    // Longest first: "Vice-Chair" before "Chair", "Co-Opted Member" before "Member".
    static const QList<Vocabulary> all {
        {kVice, MemberRole::ViceChair, true},     {kCoOpted, MemberRole::CoOpted, false},
        {kAdvisory, MemberRole::Advisory, false}, {kSubstitute, MemberRole::Substitute, false},
        {kChair, MemberRole::Chair, true},        {kMember, MemberRole::Member, false},
    };
    return all;
}

std::optional<RoleMatch> matchWith(const QString& text, const QString& before, const QString& after, QString* rest)
{
    for (const Vocabulary& v : vocabulary()) {
        const QRegularExpression re = RegexCache::caseless(before + v.pattern + after);
        const auto m = re.match(text);
        if (!m.hasMatch())
            continue;
        if (rest)
            *rest = (m.capturedStart(1) == 0 ? text.mid(m.capturedEnd(1)) : text.left(m.capturedStart(1))).trimmed();
        return RoleMatch {v.role, m.captured(1), v.single};
    }
    return std::nullopt;
}

} // namespace

std::optional<RoleMatch> MemberRoles::label(const QString& text)
{
    return matchWith(text::collapseWhitespace(text), QStringLiteral("^"), QStringLiteral(":?$"), nullptr);
}

std::optional<RoleMatch> MemberRoles::prefixLabel(const QString& text, QString* rest)
{
    return matchWith(text::collapseWhitespace(text), QStringLiteral("^"), QStringLiteral("(?=\\s)"), rest);
}

std::optional<RoleMatch> MemberRoles::suffixLabel(const QString& text, QString* rest)
{
    return matchWith(text::collapseWhitespace(text), QStringLiteral("(?<=\\s)"), QStringLiteral("$"), rest);
}

std::optional<RoleMatch> MemberRoles::bracketRole(const QString& text)
{
    static const QRegularExpression bracket(QStringLiteral("\\(([^)]*)\\)\\s*$"));
    const auto m = bracket.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return label(m.captured(1));
}

QString MemberRoles::personName(const QString& text)
{
    static const QRegularExpression honorific(
        QStringLiteral("^(?:Cllr|Councillors?|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Rev|Revd|"
                       "Reverend|Canon|Father|Fr|%1)\\.?\\s")
            .arg(text::rankTitles()),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression word(QStringLiteral(
        "^(?:[A-Z][A-Za-z'\u2019.-]*|[a-z]{1,3}['\u2019][A-Z][A-Za-z'\u2019-]*|de|da|van|von|der|den|la|le|du|"
        "di|al|el|bin|ibn|ap|[-\u2013])$"));
    static const QSet<QString> notNames {
        QStringLiteral("council"),   QStringLiteral("committee"),  QStringLiteral("treasurer"),
        QStringLiteral("attorney"),  QStringLiteral("clerk"),      QStringLiteral("manager"),
        QStringLiteral("director"),  QStringLiteral("officer"),    QStringLiteral("team"),
        QStringLiteral("hall"),      QStringLiteral("chief"),      QStringLiteral("executive"),
        QStringLiteral("secretary"), QStringLiteral("solicitor"),  QStringLiteral("counsel"),
        QStringLiteral("agenda"),    QStringLiteral("meeting"),    QStringLiteral("member"),
        QStringLiteral("members"),   QStringLiteral("substitute"), QStringLiteral("item"),
        QStringLiteral("report"),    QStringLiteral("minutes"),    QStringLiteral("public"),
        QStringLiteral("document"),  QStringLiteral("pack"),       QStringLiteral("date"),
        QStringLiteral("time"),      QStringLiteral("venue"),      QStringLiteral("dear"),
        QStringLiteral("yours"),     QStringLiteral("city"),       QStringLiteral("county"),
        QStringLiteral("borough"),   QStringLiteral("authority"),  QStringLiteral("session"),
        QStringLiteral("notes"),     QStringLiteral("membership"), QStringLiteral("telephone"),
        QStringLiteral("email"),     QStringLiteral("street"),     QStringLiteral("road"),
        QStringLiteral("drive"),     QStringLiteral("general"),    QStringLiteral("leader"),
        QStringLiteral("services"),  QStringLiteral("cabinet"),    QStringLiteral("chair"),
        QStringLiteral("chairman"),  QStringLiteral("mayor"),      QStringLiteral("and"),
        QStringLiteral("the"),       QStringLiteral("of"),         QStringLiteral("for")};
    QString t = text::collapseWhitespace(text);
    const bool titled = honorific.match(t + QLatin1Char(' ')).hasMatch();
    static const QRegularExpression bracket(QStringLiteral("\\s*\\([^)]*\\)\\s*$"));
    t.remove(bracket);
    if (t.isEmpty() || t.size() > 48 || t.contains(QLatin1Char(':')) || t.contains(QLatin1Char(',')))
        return {};
    const QString name = text::stripHonorifics(t);
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int real = 0;
    for (const QString& w : words) {
        if (!word.match(w).hasMatch() || notNames.contains(w.toLower()))
            return {};
        for (const QChar c : w) {
            if (c.isDigit())
                return {};
        }
        real += (w == QLatin1String("-") || w == QString(QChar(0x2013))) ? 0 : 1;
    }
    if (real == 0 || real > 5 || (real == 1 && !titled))
        return {};
    return name;
}

bool MemberRoles::isOfficerHeading(const QString& text)
{
    static const QRegularExpression officers(
        QStringLiteral("\\b(?:Treasurer|Attorney|Clerk|Manager|Executive Team|Officers?|Staff|Counsel|Secretary|"
                       "Solicitor|Director)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return officers.match(text).hasMatch();
}

} // namespace scrutineer::parse
