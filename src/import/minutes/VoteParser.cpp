#include "minutes/VoteParser.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "minutes/ClauseParser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace scrutineer::parse {
namespace {

const QRegularExpression& labelPattern()
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("vote-count-label")),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "For (7): Cllr Ashcroft, Mr Dunmore,": a side's count and its first names on one line. Group 1
// the side, 2 the count, 3 the names.
const QRegularExpression& labelWithNamesPattern()
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("vote-count-label-with-names")),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "Voting: For 7, Against 3, Abstentions 1": every side's count on one line, no names. Named
// captures "for", "against" and "abstain" (this one optional).
const QRegularExpression& tallyPattern()
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("vote-tally-line")),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "AYES: Smith, Jones", "Noes (1): Brown", "ABSENT: None". Group 1 the side, 2 a bracketed count,
// 3 the rest of the line.
const QString& rollCallSides()
{
    static const QString sides = Lexicon::instance().alternation(QStringLiteral("roll-call-side"));
    return sides;
}

const QRegularExpression& rollCallPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(%1)\\s*(?:\\(\\s*(\\d+)\\s*\\))?\\s*:\\s*(.*)$").arg(rollCallSides()),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// A second label later on the same line, printed in capitals: "AYES: Smith NOES: None".
const QRegularExpression& inlineRollCall()
{
    static const QRegularExpression re(
        QStringLiteral("\\s(?=(?:%1)\\s*(?:\\(\\s*\\d+\\s*\\))?\\s*:)").arg(rollCallSides()));
    return re;
}

// The outcome line; group 1 or 5 the verb, 2-4 a printed tally ("5-2", "(4-0-1)").
const QRegularExpression& outcomePattern()
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("vote-outcome")),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString normalisedOutcome(const QString& verb)
{
    QString word = verb.toLower();
    if (word == QLatin1String("defeated") || word == QLatin1String("fell") || word == QLatin1String("failed"))
        return QStringLiteral("lost");
    if (word == QLatin1String("passed") || word == QLatin1String("approved") || word == QLatin1String("adopted"))
        return QStringLiteral("carried");
    return word;
}

QStringList splitNames(const QString& text)
{
    QStringList names;
    QString s = text::collapseWhitespace(text);
    static const QRegularExpression andWord(QStringLiteral("\\s+and\\s+"));
    s.replace(andWord, QStringLiteral(", "));
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
    const QString t = text.trimmed();
    if (labelPattern().match(t).hasMatch() || labelWithNamesPattern().match(t).hasMatch()
        || tallyPattern().match(t).hasMatch())
        return true;
    const auto m = rollCallPattern().match(t);
    return m.hasMatch()
        && (m.captured(1).startsWith(QLatin1Char('A'), Qt::CaseInsensitive)
            || m.captured(1).startsWith(QLatin1Char('Y'), Qt::CaseInsensitive))
        && !m.captured(1).startsWith(QLatin1String("ABS"), Qt::CaseInsensitive);
}

bool VoteParser::isRollCallLabel(const QString& text)
{
    return rollCallPattern().match(text.trimmed()).hasMatch();
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
    return normalisedOutcome(m.captured(1).isEmpty() ? m.captured(5) : m.captured(1));
}

QString VoteParser::leadInOutcome(const QString& text)
{
    static const QRegularExpression following(Lexicon::instance().alternation(QStringLiteral("vote-lead-in-outcome")),
                                              QRegularExpression::CaseInsensitiveOption);
    const QString t = text::collapseWhitespace(text);
    if (const auto m = following.match(t); m.hasMatch())
        return normalisedOutcome(m.captured(1));
    const QStringList sentences = minutes::splitSentences(t);
    return sentences.isEmpty() ? QString() : outcomeWord(sentences.last());
}

std::optional<RecordedVote> VoteParser::parse(const QList<MinutesLine>& lines, qsizetype from, qsizetype to,
                                              qsizetype* next)
{
    RecordedVote vote;
    QStringList* names = nullptr;
    QString pendingText;
    bool rollCall = false;
    auto flush = [&]() {
        if (names)
            *names += splitNames(pendingText);
        pendingText.clear();
    };
    // Opens the side a label names; false when the text is no label.
    auto openSide = [&](const QString& t) {
        auto m = labelPattern().match(t);
        if (!m.hasMatch())
            m = labelWithNamesPattern().match(t);
        if (m.hasMatch()) {
            flush();
            const QString side = m.captured(1).toLower();
            std::optional<int>* count = &vote.abstainCount;
            names = &vote.abstainNames;
            if (side.startsWith(QLatin1String("for"))) {
                names = &vote.forNames;
                count = &vote.forCount;
            } else if (side.startsWith(QLatin1String("against"))) {
                names = &vote.againstNames;
                count = &vote.againstCount;
            }
            *count = m.captured(2).toInt();
            pendingText = m.captured(3).trimmed(); // the names that follow the count, if any
            return true;
        }
        m = rollCallPattern().match(t);
        if (!m.hasMatch())
            return false;
        flush();
        rollCall = true;
        const QString side = m.captured(1).toUpper();
        std::optional<int>* count = nullptr;
        if (side.startsWith(QLatin1String("AYE")) || side.startsWith(QLatin1String("YEA"))) {
            names = &vote.forNames;
            count = &vote.forCount;
        } else if (side.startsWith(QLatin1String("NO")) || side.startsWith(QLatin1String("NAY"))) {
            names = &vote.againstNames;
            count = &vote.againstCount;
        } else if (side == QLatin1String("ABSENT")) {
            names = &vote.absentNames; // not a vote: absent members are kept beside it
        } else {
            names = &vote.abstainNames; // abstentions and recusals
            count = &vote.abstainCount;
        }
        QString rest = m.captured(3).trimmed();
        static const QRegularExpression number(QStringLiteral("^(\\d{1,3})\\.?$"));
        if (count && !m.captured(2).isEmpty()) {
            *count = m.captured(2).toInt();
        } else if (const auto n = number.match(rest); count && n.hasMatch()) {
            *count = n.captured(1).toInt();
            rest.clear();
        }
        pendingText = rest;
        return true;
    };
    qsizetype i = from;
    QString previous;
    bool tallyLine = false; // the counts came on one line of their own, which names no one
    for (; i < to; ++i) {
        const MinutesLine& line = lines.at(i);
        const QString t = line.text.trimmed();
        if (const auto m = tallyPattern().match(t); m.hasMatch() && !tallyLine && !names && !rollCall) {
            vote.forCount = m.captured(QStringLiteral("for")).toInt();
            vote.againstCount = m.captured(QStringLiteral("against")).toInt();
            if (m.hasCaptured(QStringLiteral("abstain")))
                vote.abstainCount = m.captured(QStringLiteral("abstain")).toInt();
            tallyLine = true;
            continue;
        }
        // After a tally line only its outcome may follow.
        if (tallyLine && !isOutcome(t))
            break;
        if (isVoteLabel(t) || (rollCall && isRollCallLabel(t))) {
            // "AYES: Smith, Jones NOES: None": each label on the line opens its side.
            for (const QString& segment : t.split(inlineRollCall(), Qt::SkipEmptyParts)) {
                if (!openSide(segment.trimmed()))
                    pendingText = minutes::joinTexts({pendingText, segment.trimmed()});
            }
            previous = pendingText;
            continue;
        }
        if (isOutcome(t)) {
            vote.outcome = outcomeWord(t);
            const auto m = outcomePattern().match(t);
            if (!m.captured(2).isEmpty()) {
                auto tally = [&](std::optional<int>& printed, int value, const char* side) {
                    if (!printed)
                        printed = value;
                    else if (*printed != value)
                        vote.flags.append(tr("%1: %2 printed beside the names, %3 in \"%4\"")
                                              .arg(tr(side))
                                              .arg(*printed)
                                              .arg(value)
                                              .arg(t));
                };
                tally(vote.forCount, m.captured(2).toInt(), QT_TRANSLATE_NOOP("VoteParser", "For"));
                tally(vote.againstCount, m.captured(3).toInt(), QT_TRANSLATE_NOOP("VoteParser", "Against"));
                if (!m.captured(4).isEmpty())
                    vote.flags.append(tr("three-part tally \"%1\": the third figure is not read").arg(t));
            }
            ++i;
            break;
        }
        // A clause, paragraph or heading line ends the names; a roll call also ends at a blank line.
        if (ClauseParser::matchLabel(t) || t.startsWith(QLatin1String("RESOLVED")))
            break;
        if (rollCall && line.gapBefore > line.height * 0.9)
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
    if (!vote.forCount && !vote.againstCount && !vote.abstainCount && !rollCall)
        return std::nullopt;

    auto check = [&](const char* side, const std::optional<int>& printed, const QStringList& listed) {
        if (printed && !listed.isEmpty() && *printed != listed.size())
            vote.flags.append(tr("%1: %2 printed, %3 names listed").arg(tr(side)).arg(*printed).arg(listed.size()));
        if (printed && *printed > 0 && listed.isEmpty() && !tallyLine)
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

std::optional<RecordedVote> VoteParser::tallyInText(const QString& text)
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("vote-tally-in-text")),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    RecordedVote vote;
    vote.forCount = m.captured(QStringLiteral("for")).toInt();
    vote.againstCount = m.captured(QStringLiteral("against")).toInt();
    if (!m.captured(QStringLiteral("abstain")).isEmpty())
        vote.abstainCount = m.captured(QStringLiteral("abstain")).toInt();
    vote.outcome = m.captured(QStringLiteral("outcome")).toLower();
    return vote;
}

} // namespace scrutineer::parse
