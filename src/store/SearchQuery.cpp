#include "SearchQuery.h"

#include <QRegularExpression>
#include <QStringList>

namespace scrutineer {
namespace {

QString ftsTerm(const SearchQuery::Term& term)
{
    QString t = term.text;
    t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"') + (term.prefix ? QStringLiteral("*") : QString());
}

// A quoted tsquery lexeme; to_tsquery() normalises it (stems, drops stop words) and turns a
// quoted phrase into words that must follow each other.
QString tsTerm(const SearchQuery::Term& term)
{
    QString t = term.text;
    t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    t.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + t + QLatin1Char('\'') + (term.prefix ? QStringLiteral(":*") : QString());
}

} // namespace

SearchQuery SearchQuery::parse(const QString& userQuery, bool prefixLastWord)
{
    // Tokens: "a phrase", -"a phrase", -word, word*, OR
    static const QRegularExpression token(QStringLiteral("(-?)\"([^\"]*)\"?|(\\S+)"));
    static const QRegularExpression punctuation(QStringLiteral("[^\\w'’\\-./]"));
    SearchQuery query;
    bool pendingOr = false;
    QList<QRegularExpressionMatch> matches;
    for (auto it = token.globalMatch(userQuery); it.hasNext();)
        matches.append(it.next());
    for (int i = 0; i < matches.size(); ++i) {
        const QRegularExpressionMatch& m = matches.at(i);
        const bool last = i == matches.size() - 1;
        if (m.capturedLength(2) > 0 || !m.captured(1).isEmpty()) {
            const QString phrase = m.captured(2).simplified();
            if (phrase.isEmpty())
                continue;
            if (m.captured(1).isEmpty())
                query.m_required.append({Term {phrase, false}});
            else
                query.m_excluded.append(Term {phrase, false});
            continue;
        }
        QString word = m.captured(3);
        if (word == QLatin1String("OR")) {
            pendingOr = !query.m_required.isEmpty();
            continue;
        }
        const bool exclude = word.startsWith(QLatin1Char('-')) && word.size() > 1;
        if (exclude)
            word = word.mid(1);
        bool prefix = word.endsWith(QLatin1Char('*'));
        // Letters and digits only; punctuation becomes a phrase boundary as the engines tokenise it.
        QString clean = word;
        clean.replace(punctuation, QStringLiteral(" "));
        clean = clean.simplified();
        if (clean.isEmpty())
            continue;
        if (!exclude && last && prefixLastWord && !userQuery.endsWith(QLatin1Char(' ')) && clean.size() >= 2)
            prefix = true;
        const Term term {clean, prefix};
        if (exclude) {
            query.m_excluded.append(term);
        } else if (pendingOr && !query.m_required.isEmpty()) {
            query.m_required.last().append(term);
            pendingOr = false;
        } else {
            query.m_required.append({term});
        }
    }
    return query;
}

QString SearchQuery::toFts() const
{
    if (isEmpty())
        return {};
    QStringList parts;
    for (const QList<Term>& group : m_required) {
        QString part = ftsTerm(group.first());
        for (qsizetype i = 1; i < group.size(); ++i)
            part = QStringLiteral("(%1 OR %2)").arg(part, ftsTerm(group.at(i)));
        parts.append(part);
    }
    QString text = parts.join(QStringLiteral(" AND "));
    for (const Term& e : m_excluded)
        text += QStringLiteral(" NOT ") + ftsTerm(e);
    return text;
}

QString SearchQuery::toTsQuery() const
{
    if (isEmpty())
        return {};
    QStringList parts;
    for (const QList<Term>& group : m_required) {
        QStringList alternatives;
        for (const Term& term : group)
            alternatives.append(tsTerm(term));
        parts.append(group.size() == 1 ? alternatives.first()
                                       : QStringLiteral("( %1 )").arg(alternatives.join(QStringLiteral(" | "))));
    }
    for (const Term& e : m_excluded)
        parts.append(QLatin1Char('!') + tsTerm(e));
    return parts.join(QStringLiteral(" & "));
}

} // namespace scrutineer
