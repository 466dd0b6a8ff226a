#include "minutes/MinuteSplitter.h"

#include "TextUtil.h"
#include "minutes/VoteParser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace scrutineer::parse {
namespace {

constexpr int kMaxJump = 15; // a lost heading or two, not a report paragraph or a year

const QRegularExpression& headingPattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,4})(\\.?)\\s+(\\S.*)$"));
    return re;
}

const QRegularExpression& itemPattern()
{
    static const QRegularExpression re(QStringLiteral("^\\(\\s*Item\\s+(\\d+[A-Za-z]?)\\s*\\)\\.?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isKeywordLine(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:RESOLVED|PRESENT|ALSO\\s+PRESENT|IN\\s+ATTENDANCE|APOLOGIES|AGREED|NOTED|ACTIONS?\\s+ARISING)\\b"));
    return re.match(text).hasMatch();
}

// The most common left edge: the body text margin.
qreal bodyLeft(const QList<MinutesLine>& lines, qsizetype from, qsizetype to)
{
    QHash<int, int> counts;
    int best = 0;
    qreal left = 0;
    for (qsizetype i = from; i < to; ++i) {
        const int key = qRound(lines.at(i).left / 2.0);
        const int n = ++counts[key];
        if (n > best) {
            best = n;
            left = key * 2.0;
        }
    }
    return left;
}

int letterCount(const QString& s)
{
    int n = 0;
    for (const QChar c : s)
        n += c.isLetter() ? 1 : 0;
    return n;
}

bool hasLowerCase(const QString& s)
{
    for (const QChar c : s) {
        if (c.isLower())
            return true;
    }
    return false;
}

// A line printed in capitals that could name a section: no lower case, a few words, no
// sentence end, no lead-in colon, no roll-call label.
bool isCapitalsLine(const QString& text)
{
    if (hasLowerCase(text) || letterCount(text) < 3 || text.size() > 80 || text.endsWith(QLatin1Char(':'))
        || text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(',')) || VoteParser::isRollCallLabel(text))
        return false;
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 10;
}

// Blank space above the line, as paragraphs are set apart (the first line of a page counts).
bool standsApart(const MinutesLine& line)
{
    return line.gapBefore < 0 || line.gapBefore > 0.4 * line.height;
}

} // namespace

QList<MinuteSpan> MinuteSplitter::splitUnnumbered(const QList<MinutesLine>& lines, qsizetype from, qsizetype to)
{
    QList<MinuteSpan> spans;
    const qreal margin = bodyLeft(lines, from, to);
    for (qsizetype i = from; i < to; ++i) {
        const MinutesLine& line = lines.at(i);
        if (!isCapitalsLine(line.text) || std::abs(line.left - margin) > 4 || !standsApart(line)
            || headingPattern().match(line.text).hasMatch())
            continue;
        QStringList titleParts {line.text};
        qsizetype next = i + 1;
        while (next < to && lines.at(next).page == line.page && !standsApart(lines.at(next))
               && isCapitalsLine(lines.at(next).text) && titleParts.size() < 3) {
            titleParts.append(lines.at(next).text);
            ++next;
        }
        // The heading stands apart from the text below it too.
        if (next < to && lines.at(next).page == line.page && !standsApart(lines.at(next)))
            continue;
        if (!spans.isEmpty() && spans.last().body == i)
            spans.removeLast(); // a heading with nothing under it before this one
        else if (!spans.isEmpty())
            spans.last().end = i;
        MinuteSpan span;
        span.title = minutes::joinTexts(titleParts);
        span.page = line.page;
        span.heading = i;
        span.body = next;
        spans.append(span);
        i = next - 1;
    }
    if (!spans.isEmpty() && spans.last().body >= to)
        spans.removeLast(); // a last heading with nothing under it; the one before ends above it
    else if (!spans.isEmpty())
        spans.last().end = to;
    if (spans.size() < 2)
        return {};
    return spans;
}

bool MinuteSplitter::isTitleCase(const QString& title)
{
    static const QSet<QString> small {
        QStringLiteral("and"), QStringLiteral("of"),   QStringLiteral("the"),  QStringLiteral("for"),
        QStringLiteral("in"),  QStringLiteral("on"),   QStringLiteral("to"),   QStringLiteral("a"),
        QStringLiteral("an"),  QStringLiteral("at"),   QStringLiteral("by"),   QStringLiteral("with"),
        QStringLiteral("or"),  QStringLiteral("from"), QStringLiteral("into"), QStringLiteral("any"),
        QStringLiteral("as"),  QStringLiteral("v"),    QStringLiteral("vs"),   QStringLiteral("per")};
    const QStringList words = text::collapseWhitespace(title).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int significant = 0;
    for (const QString& raw : words) {
        QString w = raw;
        while (!w.isEmpty() && !w.at(0).isLetterOrNumber())
            w.remove(0, 1);
        if (w.isEmpty() || small.contains(w.toLower()))
            continue;
        if (!(w.at(0).isUpper() || w.at(0).isDigit()))
            return false;
        ++significant;
    }
    return significant > 0;
}

QList<MinuteSpan> MinuteSplitter::split(const QList<MinutesLine>& lines, qsizetype from, qsizetype to)
{
    QList<MinuteSpan> spans;
    const qreal margin = bodyLeft(lines, from, to);
    int last = -1;
    for (qsizetype i = from; i < to; ++i) {
        const MinutesLine& line = lines.at(i);
        const auto m = headingPattern().match(line.text);
        if (!m.hasMatch())
            continue;
        const int number = m.captured(1).toInt();
        const QString title = m.captured(3).trimmed();
        const QChar first = title.at(0);
        if (!(first.isUpper() || first.isDigit()) || letterCount(title) < 2)
            continue;
        const bool column
            = line.secondWordLeft > 0 && line.secondWordLeft - line.firstWordRight >= 10 && line.left < margin - 8;
        if (last < 0) {
            if (number >= 1900 && number <= 2100 && !column)
                continue; // a year starting a wrapped line
        } else if (number <= last || number > last + kMaxJump) {
            continue;
        }
        bool itemNext = false;
        qsizetype itemLine = -1;
        for (qsizetype k = i + 1; k < std::min(to, i + 4); ++k) {
            if (itemPattern().match(lines.at(k).text).hasMatch()) {
                itemNext = true;
                itemLine = k;
                break;
            }
            if (headingPattern().match(lines.at(k).text).hasMatch())
                break;
        }
        const bool upper = text::isMostlyUpperCase(title) && letterCount(title) >= 3;
        const bool titleCase
            = isTitleCase(title) && !title.endsWith(QLatin1Char('.')) && title.split(QLatin1Char(' ')).size() <= 16;
        if (!(upper || column || itemNext || titleCase))
            continue;

        MinuteSpan span;
        span.number = m.captured(1);
        span.page = line.page;
        span.heading = i;
        QStringList titleParts {title};
        qsizetype next = i + 1;
        if (itemNext) {
            for (qsizetype k = i + 1; k < itemLine; ++k)
                titleParts.append(lines.at(k).text);
            span.item = itemPattern().match(lines.at(itemLine).text).captured(1);
            next = itemLine + 1;
        } else if (upper) {
            while (next < to) {
                const MinutesLine& c = lines.at(next);
                if (hasLowerCase(c.text) || isKeywordLine(c.text) || c.text.size() > 90
                    || headingPattern().match(c.text).hasMatch() || c.text.startsWith(QLatin1Char('('))
                    || (c.gapBefore > c.height * 1.2 && c.gapBefore >= 0))
                    break;
                titleParts.append(c.text);
                ++next;
            }
            if (next < to && itemPattern().match(lines.at(next).text).hasMatch()) {
                span.item = itemPattern().match(lines.at(next).text).captured(1);
                ++next;
            }
        }
        span.title = minutes::joinTexts(titleParts);
        span.body = next;
        if (!spans.isEmpty())
            spans.last().end = i;
        spans.append(span);
        last = number;
        i = next - 1;
    }
    if (!spans.isEmpty())
        spans.last().end = to;
    return spans;
}

} // namespace scrutineer::parse
