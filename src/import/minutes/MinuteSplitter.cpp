#include "minutes/MinuteSplitter.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "minutes/MinuteReferences.h"
#include "minutes/VoteParser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace scrutineer::parse {
namespace {

constexpr int kMaxJump = 15; // a lost heading or two, not a report paragraph or a year
constexpr int kMaxLookBack = 200; // candidates a run may reach back over (keeps the choice linear)

const QRegularExpression& itemPattern()
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("minute-item-line")),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isKeywordLine(const QString& text)
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("minutes-keyword-line")));
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

// The line under a reference printed alone ("58/23" ⏎ "Apologies for absence"): a title in any
// case, as web-published minutes print them in sentence case too, but no sentence, lead-in,
// decision or other heading.
bool isTitleUnderReference(const QString& text)
{
    return text.size() >= 3 && (text.at(0).isUpper() || text.at(0).isDigit()) && letterCount(text) >= 3
        && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char(':')) && !isKeywordLine(text)
        && !MinuteReferences::startsWithReference(text) && text.split(QLatin1Char(' ')).size() <= 16;
}

// A title that could head a minute in sentence case: a capital first, a few words, no sentence
// end, lead-in colon or list punctuation, and no decision or roll-call keyword.
bool isShortTitleLine(const QString& title)
{
    if (title.size() < 3 || !title.at(0).isUpper() || letterCount(title) < 3 || isKeywordLine(title))
        return false;
    const QChar last = title.back();
    if (last == QLatin1Char('.') || last == QLatin1Char(':') || last == QLatin1Char(';') || last == QLatin1Char(',')
        || last == QLatin1Char('-'))
        return false;
    return title.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 10;
}

// Where the record of a minute starts: after a sub-heading such as "Minutes:" that web-published
// minutes print between the agenda's own text for the item and what the meeting did (the
// lexicon's minute-record-label), when one stands near the top of the span before any decision.
qsizetype recordStart(const QList<MinutesLine>& lines, qsizetype body, qsizetype end)
{
    const Lexicon& lexicon = Lexicon::instance();
    for (qsizetype k = body; k < std::min(end, body + 10); ++k) {
        const QString& text = lines.at(k).text;
        if (lexicon.matches(QStringLiteral("minute-record-label"), text))
            return k + 1;
        if (lexicon.matches(QStringLiteral("resolution-marker"), text)
            || lexicon.matches(QStringLiteral("decision-label"), text))
            break;
    }
    return body;
}

} // namespace

QList<MinuteSpan> MinuteSplitter::splitUnnumbered(const QList<MinutesLine>& lines, qsizetype from, qsizetype to)
{
    QList<MinuteSpan> spans;
    const qreal margin = bodyLeft(lines, from, to);
    for (qsizetype i = from; i < to; ++i) {
        const MinutesLine& line = lines.at(i);
        if (!isCapitalsLine(line.text) || std::abs(line.left - margin) > 4 || !standsApart(line)
            || MinuteReferences::startsWithReference(line.text))
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
    // Every reading of every line that could head a minute, then the longest run of one shape
    // whose numbers go up in small steps: paragraphs numbered 1, 2 in an opening section do not
    // hide minutes 283-285, and a stray number inside a minute does not break the run.
    struct Candidate {
        qsizetype line = 0;
        MinuteReference reference;
        bool column = false;
        qsizetype titleLine = -1; // the title's own line under a reference printed alone
    };
    QList<Candidate> candidates;
    const qreal margin = bodyLeft(lines, from, to);
    qreal rightMargin = 0;
    for (qsizetype i = from; i < to; ++i)
        rightMargin = std::max(rightMargin, lines.at(i).right);
    for (qsizetype i = from; i < to; ++i) {
        const MinutesLine& line = lines.at(i);
        for (const MinuteReference& reference : MinuteReferences::read(line.text)) {
            const QString& title = reference.title;
            const QChar first = title.at(0);
            if (!(first.isUpper() || first.isDigit()) || letterCount(title) < 2)
                continue;
            // A number column: the number stands 0.9 line heights from its text (10 pt in 11 pt type)
            // and hangs 0.7 (8 pt) left of the body margin, at any size of page and type.
            const bool column = line.secondWordLeft > 0
                && line.secondWordLeft - line.firstWordRight >= 0.9 * line.height
                && line.left < margin - 0.7 * line.height;
            // "(Item N)" right under the title (which may wrap, but not end a sentence or a paragraph).
            bool itemNext = false;
            for (qsizetype k = i + 1; k < std::min(to, i + 4) && !itemNext; ++k) {
                const QString& above = k == i + 1 ? title : lines.at(k - 1).text;
                if (MinuteReferences::startsWithReference(lines.at(k).text) || above.endsWith(QLatin1Char('.')))
                    break;
                itemNext = itemPattern().match(lines.at(k).text).hasMatch();
            }
            const bool upper = text::isMostlyUpperCase(title) && letterCount(title) >= 3;
            const bool titleCase
                = isTitleCase(title) && !title.endsWith(QLatin1Char('.')) && title.split(QLatin1Char(' ')).size() <= 16;
            // A short title in sentence case after a number hanging in its own column, the minute's
            // text starting under the title ("1.   Welcome and apologies" ⏎ "     The Chair ..."):
            // not a numbered paragraph, whose first line runs on to the right margin.
            const bool hanging = line.secondWordLeft > 0
                && line.secondWordLeft - line.firstWordRight >= 0.9 * line.height && i + 1 < to
                && lines.at(i + 1).page == line.page && std::abs(lines.at(i + 1).left - line.secondWordLeft) <= 2
                && !title.endsWith(QLatin1Char('.')) && title.split(QLatin1Char(' ')).size() <= 10
                && line.right < rightMargin - 4 * line.height;
            // A short title in sentence case set apart above, after its number and one space, the
            // minute's text starting on the next line ("37. Apologies and substitutions" ⏎ "Apologies
            // for absence were …"): a heading by shape, where a numbered paragraph runs on towards
            // the right margin or ends its sentence, and a clause starts in lower case.
            const bool shortHeading = standsApart(line) && i + 1 < to && lines.at(i + 1).page == line.page
                && isShortTitleLine(title) && line.right < rightMargin - 4 * line.height
                && lines.at(i + 1).gapBefore >= 0 && lines.at(i + 1).gapBefore < 1.2 * line.height
                && lines.at(i + 1).left <= line.left + 0.5 * line.height;
            if (upper || column || itemNext || titleCase || hanging || shortHeading)
                candidates.append({i, reference, column});
        }
        // A reference alone on its line, its title on the next: the shape is the cue, so a run of
        // them needs two headings at least.
        if (i + 1 < to && lines.at(i + 1).page == line.page && isTitleUnderReference(lines.at(i + 1).text)) {
            for (MinuteReference reference : MinuteReferences::readAlone(line.text)) {
                reference.title = lines.at(i + 1).text;
                reference.minimumRun = std::max(reference.minimumRun, 2);
                candidates.append({i, reference, false, i + 1});
            }
        }
    }
    // Longest run: best[k] = length of the best run of k's shape ending at candidate k.
    QList<int> best(candidates.size(), 0);
    QList<int> previous(candidates.size(), -1);
    int bestEnd = -1;
    for (int k = 0; k < candidates.size(); ++k) {
        const Candidate& c = candidates.at(k);
        const int number = c.reference.sequence;
        const bool year = number >= 1900 && number <= 2100 && !c.column;
        best[k] = year ? 0 : 1; // a year starting a wrapped line opens no run
        for (int j = k - 1; j >= std::max(0, k - kMaxLookBack); --j) {
            const Candidate& before = candidates.at(j);
            const int step = number - before.reference.sequence;
            if (best.at(j) > 0 && before.line < c.line && before.reference.shape == c.reference.shape && step >= 1
                && step <= kMaxJump && best.at(j) + 1 > best.at(k)) {
                best[k] = best.at(j) + 1;
                previous[k] = j;
            }
        }
        if (best.at(k) >= c.reference.minimumRun && (bestEnd < 0 || best.at(k) > best.at(bestEnd)))
            bestEnd = k;
    }
    QList<int> chain;
    for (int k = bestEnd; k >= 0; k = previous.at(k))
        chain.prepend(k);

    QList<MinuteSpan> spans;
    for (qsizetype c = 0; c < chain.size(); ++c) {
        const MinuteReference& reference = candidates.at(chain.at(c)).reference;
        const qsizetype i = candidates.at(chain.at(c)).line;
        const qsizetype titleLine = candidates.at(chain.at(c)).titleLine;
        const qsizetype after = titleLine >= 0 ? titleLine + 1 : i + 1; // first line under the heading
        const qsizetype nextHeading = c + 1 < chain.size() ? candidates.at(chain.at(c + 1)).line : to;
        const MinutesLine& line = lines.at(i);
        const QString& title = reference.title;
        qsizetype itemLine = -1;
        for (qsizetype k = after; k < std::min(nextHeading, after + 3); ++k) {
            if (itemPattern().match(lines.at(k).text).hasMatch()) {
                itemLine = k;
                break;
            }
            if (MinuteReferences::startsWithReference(lines.at(k).text))
                break;
        }
        const bool upper = text::isMostlyUpperCase(title) && letterCount(title) >= 3;
        MinuteSpan span;
        span.number = reference.printed;
        span.page = line.page;
        span.heading = i;
        QStringList titleParts {title};
        qsizetype next = after;
        if (itemLine >= 0) {
            for (qsizetype k = after; k < itemLine; ++k)
                titleParts.append(lines.at(k).text);
            span.item = itemPattern().match(lines.at(itemLine).text).captured(1);
            next = itemLine + 1;
        } else if (upper) {
            while (next < nextHeading) {
                const MinutesLine& c2 = lines.at(next);
                if (hasLowerCase(c2.text) || isKeywordLine(c2.text) || c2.text.size() > 90
                    || MinuteReferences::startsWithReference(c2.text) || c2.text.startsWith(QLatin1Char('('))
                    || (c2.gapBefore > c2.height * 1.2 && c2.gapBefore >= 0))
                    break;
                titleParts.append(c2.text);
                ++next;
            }
            if (next < nextHeading && itemPattern().match(lines.at(next).text).hasMatch()) {
                span.item = itemPattern().match(lines.at(next).text).captured(1);
                ++next;
            }
        }
        span.title = minutes::joinTexts(titleParts);
        span.body = recordStart(lines, next, nextHeading);
        span.end = nextHeading;
        spans.append(span);
    }
    return spans;
}

QList<MinuteSpan> MinuteSplitter::splitByItemLines(const QList<MinutesLine>& lines, qsizetype from, qsizetype to)
{
    QList<MinuteSpan> spans;
    for (qsizetype k = from + 1; k < to; ++k) {
        const auto m = itemPattern().match(lines.at(k).text);
        if (!m.hasMatch())
            continue;
        // The title above the item line: one to three lines, the first set apart from the text above.
        qsizetype start = k - 1;
        while (start > from && k - start < 3 && !standsApart(lines.at(start))
               && (spans.isEmpty() || start > spans.last().body))
            --start;
        if (!spans.isEmpty() && start < spans.last().body)
            continue;
        const QString& first = lines.at(start).text;
        const QString& last = lines.at(k - 1).text;
        if (first.isEmpty() || first.at(0).isDigit() || !(first.at(0).isUpper() || first.at(0).isDigit())
            || last.endsWith(QLatin1Char('.')) || last.endsWith(QLatin1Char(':')) || isKeywordLine(first)
            || !standsApart(lines.at(start)))
            continue;
        MinuteSpan span;
        span.title = minutes::joinLines(lines, start, k);
        span.item = m.captured(1);
        span.page = lines.at(start).page;
        span.heading = start;
        span.body = k + 1;
        if (!spans.isEmpty())
            spans.last().end = start;
        spans.append(span);
    }
    if (!spans.isEmpty())
        spans.last().end = to;
    return spans;
}

} // namespace scrutineer::parse
