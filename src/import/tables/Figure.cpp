#include "tables/Figure.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace scrutineer::parse {
namespace {

// A cell that is one figure and at most its unit ("1.2", "£0.4m", "3.5%", "12 days").
bool wholeFigure(const QString& text)
{
    static const QRegularExpression whole(
        QStringLiteral("^[\u00a3$\u20ac]?\\d[\\d,]*(?:\\.\\d+)?\\s*(?:%|[kmb]n?|[a-z]+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return whole.match(text).hasMatch();
}

} // namespace

std::optional<Figure> parseFigure(const QString& text)
{
    // "(1.2)", "(£0.4m)", "(3.5%)": a figure in brackets and nothing else is negative, as accounts
    // and variance columns print it.
    static const QRegularExpression bracketed(QStringLiteral("^\\(\\s*([^()\\s][^()]*?)\\s*\\)$"));
    if (const auto b = bracketed.match(text.trimmed()); b.hasMatch()) {
        const QString inner = b.captured(1);
        if (inner.startsWith(QLatin1Char('-')) || inner.startsWith(QChar(0x2212)))
            return std::nullopt;
        auto figure = parseFigure(inner);
        if (!figure || !wholeFigure(inner))
            return std::nullopt;
        figure->value = -figure->value;
        return figure;
    }
    // "-£3.1m": a minus may stand before the currency sign.
    static const QRegularExpression number(QStringLiteral(
        "^(?:[<>]=?|=[<>]|[\u2264\u2265~])?\\s*(?<sign>[-\u2212]\\s*(?=[\u00a3$\u20ac]))?[\u00a3$\u20ac]?"
        "(?<value>-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?)\\s*(?<percent>%)?"));
    const auto m = number.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString plain = m.captured(QStringLiteral("value"));
    plain.remove(QLatin1Char(','));
    const double value = plain.toDouble();
    return Figure {m.captured(QStringLiteral("sign")).isEmpty() ? value : -value,
                   !m.captured(QStringLiteral("percent")).isEmpty()};
}

bool isFigureAlone(const QString& text)
{
    const QString t = text.trimmed();
    return !t.isEmpty() && parseFigure(t).has_value() && std::all_of(t.cbegin(), t.cend(), [](QChar c) {
        return c.isDigit() || QStringLiteral(".,%-\u00a3$").contains(c);
    });
}

QString periodIn(const QString& text)
{
    static const QRegularExpression period(
        QStringLiteral("(?:\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s*[-\u2013\u2014]\\s*"
                       "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?(?:\\s+\\d{2,4})?|"
                       "\\b(?:Q[1-4]|Quarter\\s+[1-4])(?:\\s+\\d{4}(?:[/-]\\d{2,4})?)?|"
                       "\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?[\\s-]+\\d{2,4}|"
                       "\\b\\d{4}[/-]\\d{2,4}\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = period.match(text);
    return m.hasMatch() ? text::collapseWhitespace(m.captured(0)) : QString();
}

QString bracketedPeriodIn(const QString& cell)
{
    static const QRegularExpression bracket(QStringLiteral("\\(([^()]+)\\)"));
    static const QRegularExpression year(QStringLiteral("^(?:19|20)\\d{2}$"));
    for (auto it = bracket.globalMatch(cell); it.hasNext();) {
        const QString inner = text::collapseWhitespace(it.next().captured(1));
        if (year.match(inner).hasMatch() || periodIn(inner) == inner || monthPeriod(inner) == inner)
            return inner;
    }
    return {};
}

bool isPeriodHeading(const QString& text)
{
    QString rest = text::collapseWhitespace(text);
    bool found = false;
    for (QString period = periodIn(rest); !period.isEmpty() && rest.contains(period); period = periodIn(rest)) {
        rest.remove(period);
        found = true;
    }
    return found && std::none_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString monthPeriod(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-\u2013\u2014/'\u2019.,]+"));
    const QString trimmed = text.trimmed();
    const QStringList tokens = trimmed.split(separators, Qt::SkipEmptyParts);
    if (tokens.isEmpty() || tokens.size() > 3
        || !Lexicon::instance().inList(QStringLiteral("month-names"), tokens.first().toLower()))
        return {};
    // After the month, only its year: "25", "2025", or a financial year "2025/26".
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const QString& t = tokens.at(i);
        const bool digits = std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); });
        if (!digits || (t.size() != 2 && t.size() != 4))
            return {};
    }
    return text::collapseWhitespace(trimmed);
}

bool isCumulativeHeading(const QString& text)
{
    QStringList words;
    for (const QString& word : Lexicon::headingWords(text)) {
        if (!std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); }))
            words.append(word);
    }
    return !words.isEmpty()
        && Lexicon::instance().inList(QStringLiteral("cumulative-headings"), words.join(QLatin1Char(' ')));
}

Polarity polarityFrom(const QString& text)
{
    // Words for each side are the lexicon's ("Higher is better", "Good is low", "Maximise").
    const Lexicon& lexicon = Lexicon::instance();
    const QStringList words = Lexicon::headingWords(text);
    const bool up = text.contains(QChar(0x2191)) || text.contains(QChar(0x25b2))
        || lexicon.anyWordInList(QStringLiteral("polarity-higher-words"), words);
    const bool down = text.contains(QChar(0x2193)) || text.contains(QChar(0x25bc))
        || lexicon.anyWordInList(QStringLiteral("polarity-lower-words"), words);
    if (up != down)
        return up ? Polarity::HigherIsBetter : Polarity::LowerIsBetter;
    return Polarity::Unknown;
}

bool isRatingText(const QString& text)
{
    return Lexicon::instance().inList(QStringLiteral("rag-words"), Lexicon::headingWords(text).join(QLatin1Char(' ')));
}

QString directionText(const QString& cell)
{
    const QString t = cell.trimmed();
    if (t.size() != 1 || !t.at(0).isLetter())
        return t;
    const Lexicon& lexicon = Lexicon::instance();
    const QString letter = t.toLower();
    for (const char* list : {"direction-symbol-up", "direction-symbol-down", "direction-symbol-level"}) {
        if (lexicon.inList(QLatin1String(list), letter))
            return lexicon.listReading(QLatin1String(list));
    }
    return t;
}

} // namespace scrutineer::parse
