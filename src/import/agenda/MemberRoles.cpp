#include "agenda/MemberRoles.h"

#include "RegexCache.h"
#include "TextUtil.h"
#include "lexicon/Lexicon.h"

#include <QRegularExpression>
#include <QSet>

namespace scrutineer::parse {
namespace {

struct Vocabulary {
    const char* cue; // the role's wording: a fragment in the lexicon (document-cues.json)
    MemberRole role;
    bool single;
};

const QList<Vocabulary>& vocabulary()
{
    // Longest first: "Vice-Chair" before "Chair", "Co-Opted Member" before "Member".
    static const QList<Vocabulary> all {
        {"member-role-vice", MemberRole::ViceChair, true},
        {"member-role-co-opted", MemberRole::CoOpted, false},
        {"member-role-advisory", MemberRole::Advisory, false},
        {"member-role-substitute", MemberRole::Substitute, false},
        {"member-role-chair", MemberRole::Chair, true},
        {"member-role-member", MemberRole::Member, false},
    };
    return all;
}

std::optional<RoleMatch> matchWith(const QString& text, const QString& before, const QString& after, QString* rest)
{
    for (const Vocabulary& v : vocabulary()) {
        const QString words = Lexicon::instance().alternation(QString::fromLatin1(v.cue));
        const QRegularExpression re
            = RegexCache::caseless(before + QLatin1Char('(') + words + QLatin1Char(')') + after);
        const auto m = re.match(text);
        if (!m.hasMatch())
            continue;
        if (rest)
            *rest = (m.capturedStart(1) == 0 ? text.mid(m.capturedEnd(0)) : text.left(m.capturedStart(1))).trimmed();
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
    // "Chairperson Councillor …", or with a colon: "Non-voting co-opted member: Mr …".
    return matchWith(text::collapseWhitespace(text), QStringLiteral("^"), QStringLiteral(":?(?=\\s)"), rest);
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
    // The titles and surname particles are the lexicon's (member-list-honorific, surname-particle).
    static const QRegularExpression honorific(
        QStringLiteral("^(?:%1|%2)\\.?\\s")
            .arg(Lexicon::instance().alternation(QStringLiteral("member-list-honorific")), text::rankTitles()),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression word(
        QStringLiteral("^(?:[A-Z][A-Za-z'\u2019.-]*|[a-z]{1,3}['\u2019][A-Z][A-Za-z'\u2019-]*|%1|[-\u2013])$")
            .arg(Lexicon::instance().alternation(QStringLiteral("surname-particle"))));
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
        if (!word.match(w).hasMatch()
            || Lexicon::instance().inList(QStringLiteral("not-name-words"),
                                          Lexicon::headingWords(w).join(QLatin1Char(' '))))
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
    return Lexicon::instance().matches(QStringLiteral("officer-heading"), text);
}

} // namespace scrutineer::parse
