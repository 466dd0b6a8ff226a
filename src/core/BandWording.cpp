#include "BandWording.h"

#include "Log.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace scrutineer::rating {
namespace {

// The comparisons of band-wording.json, each a list of phrases (as word lists).
struct WordingLists {
    QList<QStringList> below, above, atMost, atLeast, atMostAfter, atLeastAfter, range, between;
    QSet<QString> listWords; // every word of every phrase: such a word is never a unit
};

const WordingLists& bandWordingLists()
{
    static const WordingLists lists = [] {
        WordingLists out;
        QFile file(QStringLiteral(":/scrutineer/bands/band-wording.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            log::error(QStringLiteral("band wording: cannot read %1").arg(file.fileName()));
            return out;
        }
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        auto read = [&](const char* name, QList<QStringList>& into) {
            for (const QJsonValue v :
                 root.value(QLatin1String(name)).toObject().value(QStringLiteral("words")).toArray()) {
                const QStringList words = v.toString().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (words.isEmpty())
                    continue;
                into.append(words);
                for (const QString& w : words)
                    out.listWords.insert(w);
            }
        };
        read("below", out.below);
        read("above", out.above);
        read("at-most", out.atMost);
        read("at-least", out.atLeast);
        read("at-most-after", out.atMostAfter);
        read("at-least-after", out.atLeastAfter);
        read("range", out.range);
        read("between", out.between);
        return out;
    }();
    return lists;
}

// "70%", "1,500", "£1,200", "12.5": the number as the symbolic grammar prints it, else empty.
QString bandNumberToken(const QString& token)
{
    static const QRegularExpression number(
        QStringLiteral("^[£$€]?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(%?)$"));
    const auto m = number.match(token);
    return m.hasMatch() ? m.captured(1) + m.captured(2) : QString();
}

// The length of the longest phrase of `phrases` at tokens[at], or 0.
qsizetype phraseAt(const QStringList& tokens, qsizetype at, const QList<QStringList>& phrases)
{
    qsizetype best = 0;
    for (const QStringList& phrase : phrases) {
        if (phrase.size() <= best || at + phrase.size() > tokens.size())
            continue;
        bool all = true;
        for (qsizetype k = 0; k < phrase.size() && all; ++k)
            all = tokens.at(at + k) == phrase.at(k);
        if (all)
            best = phrase.size();
    }
    return best;
}

// A number at tokens[at] and the unit words after it (at most two, letters only, in no list):
// the number and where the next token is; empty number when there is none.
std::pair<QString, qsizetype> bandNumberAt(const QStringList& tokens, qsizetype at, const WordingLists& lists)
{
    if (at >= tokens.size())
        return {};
    const QString number = bandNumberToken(tokens.at(at));
    if (number.isEmpty())
        return {};
    qsizetype next = at + 1;
    static const QRegularExpression letters(QStringLiteral("^[a-z]+$"));
    for (int units = 0; units < 2 && next < tokens.size(); ++units, ++next) {
        const QString& word = tokens.at(next);
        if (lists.listWords.contains(word) || !letters.match(word).hasMatch())
            break;
    }
    return {number, next};
}

} // namespace

bool BandWording::isBandWord(const QString& word)
{
    return bandWordingLists().listWords.contains(word.toLower());
}

std::optional<QString> BandWording::toSymbols(const QString& text)
{
    const QString simple = text.simplified().toLower();
    if (!simple.contains(QLatin1Char(' ')))
        return std::nullopt;
    QStringList tokens;
    for (const QString& raw : simple.split(QLatin1Char(' '))) {
        if (raw == QLatin1String("%") && !tokens.isEmpty())
            tokens.last().append(raw); // "70 %"
        else
            tokens.append(raw);
    }
    const WordingLists& lists = bandWordingLists();

    // An operator before the number: "below 70%", "at least 95%".
    const std::pair<const QList<QStringList>*, const char*> before[]
        = {{&lists.below, "<"}, {&lists.above, ">"}, {&lists.atMost, "<="}, {&lists.atLeast, ">="}};
    for (const auto& [phrases, symbol] : before) {
        const qsizetype n = phraseAt(tokens, 0, *phrases);
        if (n == 0)
            continue;
        const auto [number, next] = bandNumberAt(tokens, n, lists);
        if (!number.isEmpty() && next == tokens.size())
            return QLatin1String(symbol) + number;
    }

    // A range in symbols with its unit after it: "18.1–22 days", "5-10 weeks".
    static const QRegularExpression symbolicRange(
        QStringLiteral("^[£$€]?\\d[\\d,.]*%?[-\u2013\u2014][£$€]?\\d[\\d,.]*%?$"));
    static const QRegularExpression unitWord(QStringLiteral("^[a-z]+$"));
    if (tokens.size() == 2 && symbolicRange.match(tokens.at(0)).hasMatch() && unitWord.match(tokens.at(1)).hasMatch()
        && !lists.listWords.contains(tokens.at(1)))
        return tokens.at(0);

    // "between 5 and 9", "between 5 to 9".
    qsizetype at = phraseAt(tokens, 0, lists.between);
    const bool between = at > 0;
    const auto [first, afterFirst] = bandNumberAt(tokens, at, lists);
    if (first.isEmpty())
        return std::nullopt;
    at = afterFirst;
    if (at == tokens.size())
        return std::nullopt; // a bare number is not a band

    // A range: "70% to 84%", "9 to 12 days".
    qsizetype joiner = phraseAt(tokens, at, lists.range);
    if (joiner == 0
        && (tokens.at(at) == QLatin1String("-") || tokens.at(at) == QStringLiteral("\u2013")
            || (between && tokens.at(at) == QLatin1String("and"))))
        joiner = 1;
    if (joiner > 0) {
        const auto [second, end] = bandNumberAt(tokens, at + joiner, lists);
        if (!second.isEmpty() && end == tokens.size())
            return first + QLatin1Char('-') + second;
        return std::nullopt;
    }
    if (between)
        return std::nullopt;

    // An operator after the number: "85% or more", "8 days or fewer".
    const std::pair<const QList<QStringList>*, const char*> after[]
        = {{&lists.atMostAfter, "<="}, {&lists.atLeastAfter, ">="}};
    for (const auto& [phrases, symbol] : after) {
        const qsizetype n = phraseAt(tokens, at, *phrases);
        if (n > 0 && at + n == tokens.size())
            return QLatin1String(symbol) + first;
    }
    return std::nullopt;
}

} // namespace scrutineer::rating
