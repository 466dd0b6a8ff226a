#include "Snippet.h"

#include <QRegularExpression>

namespace scrutineer::snippet {
namespace {

// Case- and accent-folded copy with the same length, so positions map back one to one.
QString fold(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c.decompositionTag() == QChar::Canonical && !c.decomposition().isEmpty())
            c = c.decomposition().at(0);
        c = c.toCaseFolded();
        if (c == QChar(0x2019) || c == QChar(0x2018))
            c = QLatin1Char('\'');
    }
    return out;
}

bool isWordChar(QChar c) { return c.isLetterOrNumber(); }

struct Hit {
    qsizetype start;
    qsizetype length;
};

// Every occurrence of every term at a word start (and, unless a prefix, ending at a word end).
QList<Hit> findAll(const QString& folded, const QList<Term>& terms)
{
    QList<Hit> hits;
    for (const Term& term : terms) {
        const QString needle = fold(term.text);
        if (needle.isEmpty())
            continue;
        for (qsizetype at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
            if (at > 0 && isWordChar(folded.at(at - 1)))
                continue;
            qsizetype end = at + needle.size();
            if (term.prefix) {
                while (end < folded.size() && isWordChar(folded.at(end)))
                    ++end;
            } else if (end < folded.size() && isWordChar(folded.at(end))) {
                continue;
            }
            hits.append({at, end - at});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.start < b.start; });
    return hits;
}

} // namespace

QList<Term> termsOfFtsQuery(const QString& ftsQuery)
{
    // Quoted terms, optionally followed by '*'; those after NOT are exclusions, not highlights.
    static const QRegularExpression quoted(QStringLiteral("(NOT\\s+)?\"((?:[^\"]|\"\")*)\"(\\*?)"));
    QList<Term> terms;
    for (auto it = quoted.globalMatch(ftsQuery); it.hasNext();) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty())
            continue;
        QString text = m.captured(2);
        text.replace(QStringLiteral("\"\""), QStringLiteral("\""));
        terms.append({text, !m.captured(3).isEmpty()});
    }
    return terms;
}

QString make(const QString& text, const QList<Term>& terms, QChar markStart, QChar markEnd, int words)
{
    const QString flat = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QList<Hit> hits = findAll(fold(flat), terms);
    // Start a few words before the first hit; stop after `words` words.
    qsizetype begin = 0;
    if (!hits.isEmpty()) {
        begin = hits.first().start;
        int back = 0;
        while (begin > 0 && back < 4) {
            --begin;
            if (flat.at(begin) == QLatin1Char(' ') && begin > 0 && flat.at(begin - 1) != QLatin1Char(' '))
                ++back;
        }
        if (begin > 0)
            ++begin;
    }
    qsizetype end = begin;
    int count = 0;
    while (end < flat.size() && count < words) {
        if (flat.at(end) == QLatin1Char(' ') && end > begin && flat.at(end - 1) != QLatin1Char(' '))
            ++count;
        ++end;
    }
    QString out;
    if (begin > 0)
        out += QStringLiteral("…");
    qsizetype cursor = begin;
    for (const Hit& hit : hits) {
        if (hit.start < cursor || hit.start >= end)
            continue;
        out += flat.mid(cursor, hit.start - cursor) + markStart + flat.mid(hit.start, hit.length) + markEnd;
        cursor = hit.start + hit.length;
    }
    out += flat.mid(cursor, std::max<qsizetype>(0, end - cursor));
    if (end < flat.size())
        out += QStringLiteral("…");
    return out.simplified();
}

} // namespace scrutineer::snippet
