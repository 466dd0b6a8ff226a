#include "minutes/NameListParser.h"

#include "lexicon/Lexicon.h"

#include "TextUtil.h"
#include "minutes/MinutesLines.h"

#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

struct Segment {
    QString separator; // text that preceded it: ", ", " and ", "; ", " – "
    QString text;
};

// Splits at , ; " and " " & " and spaced dashes outside brackets.
QList<Segment> segments(const QString& list)
{
    QList<Segment> out;
    Segment current;
    int depth = 0;
    const QString& s = list;
    auto flush = [&](const QString& nextSeparator) {
        out.append(current);
        current = Segment {nextSeparator, {}};
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('(') || c == QLatin1Char('['))
            ++depth;
        else if ((c == QLatin1Char(')') || c == QLatin1Char(']')) && depth > 0)
            --depth;
        if (depth == 0) {
            if (c == QLatin1Char(',') || c == QLatin1Char(';')) {
                flush(QString(c) + QLatin1Char(' '));
                continue;
            }
            const QStringView rest = QStringView(s).mid(i);
            if (c == QLatin1Char(' ')
                && (rest.startsWith(QLatin1String(" and "), Qt::CaseInsensitive)
                    || rest.startsWith(QLatin1String(" & ")))) {
                const qsizetype skip = rest.startsWith(QLatin1String(" & ")) ? 3 : 5;
                flush(rest.left(skip).toString());
                i += skip - 1;
                continue;
            }
            if (c == QLatin1Char(' ') && rest.size() > 2
                && (rest.at(1) == QChar(0x2013) || rest.at(1) == QChar(0x2014) || rest.at(1) == QLatin1Char('-'))
                && rest.at(2) == QLatin1Char(' ')) {
                flush(rest.left(3).toString());
                i += 2;
                continue;
            }
        }
        current.text += c;
    }
    out.append(current);
    return out;
}

// Start of a bracketed part closing the text ("Phil Rook (Director of Resources (WCF))"), or -1.
qsizetype trailingBracket(const QString& text)
{
    if (!text.endsWith(QLatin1Char(')')))
        return -1;
    int depth = 0;
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        if (text.at(i) == QLatin1Char(')'))
            ++depth;
        else if (text.at(i) == QLatin1Char('(') && --depth == 0)
            return i;
    }
    return -1;
}

bool isCouncillorHonorific(const QString& text)
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("councillor-title")),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

// "Mr", "Mrs", "Ms", "Miss", "Dr" before a name: a person's own title, not a role.
bool isPersonalTitle(const QString& text)
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("personal-title")));
    return re.match(text).hasMatch();
}

// A title printed before the name, as US rolls do: "County Administrator Joan Miller",
// "City Clerk Bo Li". The title ends in a role word; two or three name words follow it.
std::optional<std::pair<QString, QString>> titleThenName(const QString& text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int nameWords = 3; nameWords >= 2; --nameWords) {
        if (words.size() <= nameWords)
            continue;
        const QStringList title = words.mid(0, words.size() - nameWords);
        const QString name = words.mid(words.size() - nameWords).join(QLatin1Char(' '));
        if (!minutes::hasRoleWord(title.last()) || !minutes::looksLikeName(name) || !title.first().at(0).isUpper())
            continue;
        return std::make_pair(title.join(QLatin1Char(' ')), name);
    }
    return std::nullopt;
}

// Two people a list tells apart only by their titles ("Ms J Meade, Mr J Meade") keep the titles,
// so that they stay two people wherever the names are compared.
void keepTitlesThatTellApart(QList<ListedPerson>& people)
{
    QHash<QString, int> counts;
    for (const ListedPerson& p : people)
        ++counts[p.name];
    for (ListedPerson& p : people) {
        if (counts.value(p.name) > 1 && !p.printed.isEmpty())
            p.name = text::collapseWhitespace(p.printed);
    }
}

} // namespace

QList<ListedPerson> NameListParser::parse(const QString& list)
{
    static const QRegularExpression leadingJoin(
        Lexicon::instance().alternation(QStringLiteral("name-list-leading-join")),
        QRegularExpression::CaseInsensitiveOption);
    QList<ListedPerson> people;
    bool pluralContext = false; // "Councillors A, B and C": bare surnames are people
    bool roleOpen = false; // a role fragment may extend the last person's role
    QString postBefore; // a post's first part when a list names posts first ("Head of Leisure" and "Culture (Name)")
    for (const Segment& seg : segments(text::collapseWhitespace(list))) {
        QString part = seg.text.trimmed();
        while (leadingJoin.match(part).hasMatch())
            part.remove(leadingJoin);
        while (part.endsWith(QLatin1Char('.')) && !part.endsWith(QStringLiteral(" .")) && part.size() > 2
               && !part.at(part.size() - 2).isUpper())
            part.chop(1);
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        if (minutes::isPostNominal(part))
            continue;
        if (part.startsWith(QLatin1Char('('))) {
            if (!people.isEmpty()) {
                QString role = part;
                static const QRegularExpression brackets(QStringLiteral("^\\(|\\)$"));
                role.remove(brackets);
                ListedPerson& last = people.last();
                last.roleText
                    = last.roleText.isEmpty() ? role.trimmed() : last.roleText + QStringLiteral(", ") + role.trimmed();
                roleOpen = true;
            }
            continue;
        }
        // "Councillor F Quarrie (Northgate Ward) for minute 112": what they attended for closes the
        // item; it is part of their role, not of their name.
        static const QRegularExpression attendedFor(
            Lexicon::instance().alternation(QStringLiteral("attendance-attended-for")),
            QRegularExpression::CaseInsensitiveOption);
        QString forWhat;
        if (const auto f = attendedFor.match(part); f.hasMatch() && f.capturedStart() > 0) {
            forWhat = f.captured(0).trimmed();
            part = part.left(f.capturedStart()).trimmed();
        }
        QString main = part;
        QString bracketRole;
        if (const qsizetype open = trailingBracket(part); open > 0) {
            main = part.left(open).trimmed();
            bracketRole = part.mid(open + 1, part.size() - open - 2).trimmed();
        }
        const bool honorific = minutes::startsWithHonorific(main);
        const bool lower = !main.isEmpty() && main.at(0).isLower();
        bool person = false;
        if (honorific) {
            person = true;
        } else if (!lower && !minutes::hasRoleWord(main) && minutes::looksLikeName(main)) {
            const int tokens = int(main.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
            person = tokens >= 2 || pluralContext;
        }
        if (person) {
            postBefore.clear();
            QString honorificRole;
            const QString name = minutes::personName(main, &honorificRole);
            if (name.isEmpty() || !name.at(0).isLetter())
                continue;
            ListedPerson p;
            p.name = name;
            p.printed = main;
            QStringList roles;
            if (!honorificRole.isEmpty())
                roles.append(honorificRole);
            if (!bracketRole.isEmpty())
                roles.append(bracketRole);
            if (!forWhat.isEmpty())
                roles.append(forWhat);
            p.roleText = roles.join(QStringLiteral(", "));
            people.append(p);
            // A personal title inside a councillors' list ("Councillors Bhatti, Mrs Fairclough,
            // Hussain and Okoro") marks one name; the bare surnames after it are still councillors.
            if (honorific)
                pluralContext = isCouncillorHonorific(main) || (pluralContext && isPersonalTitle(main));
            roleOpen = true;
            continue;
        }
        // "Chief Executive (Lorna Feeney)": the post first and the name in brackets; a post that
        // holds "and" ("Head of Leisure and Culture (Callum Reid)") comes in two segments.
        const QString post = postBefore.isEmpty() ? main : postBefore + seg.separator + main;
        if (!lower && !honorific && !bracketRole.isEmpty() && minutes::hasRoleWord(post)
            && !minutes::hasRoleWord(bracketRole) && minutes::looksLikeName(bracketRole)
            && bracketRole.count(QLatin1Char(' ')) >= 1) {
            const QString name = minutes::personName(bracketRole);
            if (!name.isEmpty() && name.at(0).isLetter()) {
                ListedPerson p;
                p.name = name;
                p.printed = bracketRole;
                p.roleText = forWhat.isEmpty() ? post : post + QStringLiteral(", ") + forWhat;
                people.append(p);
                pluralContext = false;
                roleOpen = false; // what follows is the next person's post
                postBefore.clear();
                continue;
            }
        }
        postBefore.clear();
        if (!lower && !honorific) {
            if (const auto titled = titleThenName(main)) {
                ListedPerson p;
                p.name = titled->second;
                p.printed = main;
                p.roleText = bracketRole.isEmpty() ? titled->first : titled->first + QStringLiteral(", ") + bracketRole;
                people.append(p);
                pluralContext = false;
                roleOpen = true;
                continue;
            }
        }
        // A role fragment: it extends the role of the person before it.
        pluralContext = false;
        if (people.isEmpty() || !roleOpen) {
            if (!lower && !honorific && bracketRole.isEmpty())
                postBefore = part;
            continue;
        }
        ListedPerson& last = people.last();
        if (last.roleText.isEmpty())
            last.roleText = part;
        else
            last.roleText += seg.separator.isEmpty() ? QStringLiteral(", ") + part : seg.separator + part;
        last.roleText = text::collapseWhitespace(last.roleText);
    }
    keepTitlesThatTellApart(people);
    return people;
}

} // namespace scrutineer::parse
