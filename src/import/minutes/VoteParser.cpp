#include "minutes/VoteParser.h"

#include "TextUtil.h"
#include "minutes/ClauseParser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace scrutineer::parse {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("VoteParser", text);
}

const QRegularExpression& labelPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(For|Against|Abstain(?:ed|ing|ions?)?)\\s*[:(]\\s*(\\d+)\\s*\\)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& outcomePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(?:Substantive|Amended|Original)\\s+)?(?:Motion|Amendment|Recommendations?|Proposals?)"
                       "(?:\\s+\\(as\\s+amended\\))?\\s+(?:was\\s+|were\\s+)?(carried|lost|defeated|fell|failed|agreed)"
                       "(?:\\s+unanimously)?\\.?$|^(Agreed|Carried|Lost)(?:\\s+unanimously)?\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QStringList splitNames(const QString& text)
{
    QStringList names;
    QString s = text::collapseWhitespace(text);
    s.replace(QRegularExpression(QStringLiteral("\\s+and\\s+")), QStringLiteral(", "));
    for (QString part : s.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        while (part.endsWith(QLatin1Char('.')))
            part.chop(1);
        if (part.isEmpty() || part.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            continue;
        if (minutes::isPostNominal(part) && !names.isEmpty()) {
            names.last() += QStringLiteral(", ") + part;
            continue;
        }
        names.append(part);
    }
    return names;
}

QString voterKey(const QString& name)
{
    return text::normaliseForMatch(text::stripHonorifics(name)) + QLatin1Char('|')
        + text::normaliseForMatch(name.section(QLatin1Char(' '), 0, 0)); // "Mr Cole" vs "Mrs Cole"
}

} // namespace

bool VoteParser::isVoteLabel(const QString& text)
{
    return labelPattern().match(text.trimmed()).hasMatch();
}

bool VoteParser::isOutcome(const QString& text)
{
    return outcomePattern().match(text.trimmed()).hasMatch();
}

QString VoteParser::outcomeWord(const QString& text)
{
    const auto m = outcomePattern().match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QString word = (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toLower();
    if (word == QLatin1String("defeated") || word == QLatin1String("fell") || word == QLatin1String("failed"))
        return QStringLiteral("lost");
    return word;
}

std::optional<RecordedVote> VoteParser::parse(const QList<MinutesLine>& lines, qsizetype from, qsizetype to,
                                              qsizetype* next)
{
    RecordedVote vote;
    QStringList* names = nullptr;
    QString pendingText;
    std::optional<int>* count = nullptr;
    auto flush = [&]() {
        if (names)
            *names = splitNames(pendingText);
        pendingText.clear();
    };
    qsizetype i = from;
    QString previous;
    for (; i < to; ++i) {
        const QString t = lines.at(i).text.trimmed();
        if (const auto m = labelPattern().match(t); m.hasMatch()) {
            flush();
            const QString side = m.captured(1).toLower();
            if (side.startsWith(QLatin1String("for"))) {
                names = &vote.forNames;
                count = &vote.forCount;
            } else if (side.startsWith(QLatin1String("against"))) {
                names = &vote.againstNames;
                count = &vote.againstCount;
            } else {
                names = &vote.abstainNames;
                count = &vote.abstainCount;
            }
            *count = m.captured(2).toInt();
            previous.clear();
            continue;
        }
        if (isOutcome(t)) {
            vote.outcome = outcomeWord(t);
            ++i;
            break;
        }
        // A clause, paragraph or heading line ends the names.
        if (ClauseParser::matchLabel(t) || t.startsWith(QLatin1String("RESOLVED")))
            break;
        const bool continuing = previous.isEmpty() || previous.endsWith(QLatin1Char(','))
            || t.contains(QLatin1Char(',')) || minutes::startsWithHonorific(t)
            || t.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 2;
        if (!continuing)
            break;
        pendingText = minutes::joinTexts({pendingText, t});
        previous = t;
    }
    flush();
    if (next)
        *next = i;
    if (!vote.forCount && !vote.againstCount && !vote.abstainCount)
        return std::nullopt;

    auto check = [&](const char* side, const std::optional<int>& printed, const QStringList& listed) {
        if (printed && !listed.isEmpty() && *printed != listed.size())
            vote.flags.append(tr("%1: %2 printed, %3 names listed").arg(tr(side)).arg(*printed).arg(listed.size()));
        if (printed && *printed > 0 && listed.isEmpty())
            vote.flags.append(tr("%1: %2 printed, no names listed").arg(tr(side)).arg(*printed));
    };
    check(QT_TRANSLATE_NOOP("VoteParser", "For"), vote.forCount, vote.forNames);
    check(QT_TRANSLATE_NOOP("VoteParser", "Against"), vote.againstCount, vote.againstNames);
    check(QT_TRANSLATE_NOOP("VoteParser", "Abstain"), vote.abstainCount, vote.abstainNames);
    QSet<QString> forKeys;
    for (const QString& n : vote.forNames)
        forKeys.insert(voterKey(n));
    for (const QString& n : vote.againstNames) {
        if (forKeys.contains(voterKey(n)))
            vote.flags.append(tr("%1 is listed both for and against").arg(n));
    }
    return vote;
}

} // namespace scrutineer::parse
