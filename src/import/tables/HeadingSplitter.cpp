#include "tables/HeadingSplitter.h"

#include <QStringList>

#include <algorithm>

namespace scrutineer::parse {

HeadingSplitter::HeadingSplitter(const Lexicon& lexicon) : m_lexicon(lexicon)
{
}

QList<HeadingSplitter::Group> HeadingSplitter::groups(const layout::LayoutLine& line) const
{
    // Headings of neighbouring columns stand further apart than the words of one heading.
    QList<Group> byGap;
    for (const layout::LayoutWord& word : line.words) {
        const qreal height = word.box.height();
        if (!byGap.isEmpty() && word.box.left() - byGap.last().right <= 0.8 * height) {
            Group& group = byGap.last();
            group.text += QLatin1Char(' ') + word.text;
            group.right = std::max(group.right, word.box.right());
            group.words.append(word);
        } else {
            byGap.append(Group {word.box.left(), word.box.right(), word.text, {word}});
        }
    }
    // Only a short run that may start a heading can hold two headings printed close together.
    QList<Group> result;
    for (const Group& group : std::as_const(byGap)) {
        const QStringList first = Lexicon::headingWords(group.words.first().text);
        if (group.words.size() < 2 || group.words.size() > kMaxWords || first.isEmpty()
            || !m_lexicon.mayStartHeading(first.first()))
            result.append(group);
        else
            result += splitIntoPhrases(group);
    }
    return result;
}

QList<HeadingSplitter::Group> HeadingSplitter::splitIntoPhrases(const Group& group) const
{
    const Fit whole = fit(group.text);
    if (whole == Fit::Phrase || whole == Fit::Prefix || group.words.size() < 2 || group.words.size() > kMaxWords)
        return {group};
    // Fewest known headings that cover every word, in order (a small dynamic programme); a heading
    // may be the first words of a phrase that wraps onto the next line ("Inadequate Requires"
    // above "Improvement"), at a little more cost than a whole phrase. Pieces are tried from each
    // start in turn, growing a word at a time, until no phrase can begin with them.
    const qsizetype n = group.words.size();
    QList<QStringList> wordsOf;
    wordsOf.reserve(n);
    for (const layout::LayoutWord& word : group.words)
        wordsOf.append(Lexicon::headingWords(word.text));
    QList<int> cost(n + 1, -1); // cost of covering the first i words
    QList<int> pieces(n + 1, 0);
    QList<qsizetype> cut(n + 1, -1);
    cost[0] = 0;
    for (qsizetype j = 0; j < n; ++j) {
        if (cost.at(j) < 0)
            continue;
        QStringList piece;
        for (qsizetype i = j + 1; i <= n; ++i) {
            piece += wordsOf.at(i - 1);
            if (!m_lexicon.mayOpenPhrase(piece))
                break;
            const Fit fitted = fitWords(piece);
            if (fitted != Fit::Phrase && fitted != Fit::Prefix)
                continue;
            const int c = cost.at(j) + (fitted == Fit::Phrase ? 2 : 3);
            if (cost.at(i) < 0 || c < cost.at(i)) {
                cost[i] = c;
                pieces[i] = pieces.at(j) + 1;
                cut[i] = j;
            }
        }
    }
    auto text = [&](qsizetype from, qsizetype to) {
        QStringList parts;
        for (qsizetype k = from; k < to; ++k)
            parts.append(group.words.at(k).text);
        return parts.join(QLatin1Char(' '));
    };
    if (cost.at(n) < 0 || pieces.at(n) < 2)
        return {group};
    QList<Group> parts;
    for (qsizetype i = n; i > 0; i = cut.at(i)) {
        const qsizetype j = cut.at(i);
        Group part {group.words.at(j).box.left(), group.words.at(i - 1).box.right(), text(j, i),
                    group.words.mid(j, i - j)};
        parts.prepend(part);
    }
    return parts;
}

HeadingSplitter::Fit HeadingSplitter::fit(const QString& text) const
{
    return fitWords(Lexicon::headingWords(text));
}

HeadingSplitter::Fit HeadingSplitter::fitWords(const QStringList& words) const
{
    if (words.isEmpty())
        return Fit::Unknown;
    const Lexicon::Heading heading = m_lexicon.headingOfWords(words);
    if (heading.byPhrase)
        return Fit::Phrase;
    if (m_lexicon.startsPhrase(words))
        return Fit::Prefix;
    return heading.isKnown() ? Fit::Cue : Fit::Unknown;
}

bool HeadingSplitter::spanning(const QString& text) const
{
    const Lexicon::Heading heading = m_lexicon.heading(text);
    return heading.byPhrase && heading.roles.contains(QStringLiteral("spanning"));
}

} // namespace scrutineer::parse
