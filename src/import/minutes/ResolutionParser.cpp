#include "minutes/ResolutionParser.h"

#include "RegexCache.h"
#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "minutes/AgreedDecisions.h"
#include "minutes/VoteParser.h"

#include <QRegularExpression>

#include <algorithm>

namespace scrutineer::parse {
namespace {

struct Found {
    qsizetype line = 0;
    ParsedResolution parsed;
};

const QRegularExpression& resolvedLine()
{
    // The decision's word is the lexicon's (resolution-word): "RESOLVED", "RECOMMENDED", "Resolved",
    // after the lexicon's lead-in words if any ("It was RESOLVED that:"), after a clause label or a
    // numbered paragraph's number ("27) RESOLVED that", "22.7 RESOLVED - That").
    static const QRegularExpression re(QStringLiteral("^(?:(\\(?\\d{1,3}(?:\\.\\)|[.)])?)\\s+|\\d{1,3}\\.\\d{1,3}\\.?"
                                                      "\\s+)?(?:%2\\s+)?(%1)\\b\\s*(:-|:|,|\u2013|-)?\\s*(.*)$")
                                           .arg(Lexicon::instance().alternation(QStringLiteral("resolution-word")),
                                                Lexicon::instance().alternation(QStringLiteral("resolution-lead-in"))));
    return re;
}

// "Decision" or "AGREED:" heading what was decided (the lexicon's decision-label); the match's
// first capture is text after the label on the same line.
QRegularExpressionMatch decisionLabel(const QString& text)
{
    return Lexicon::instance().match(QStringLiteral("decision-label"), text.trimmed());
}

// "REASON FOR DECISION:", "Reasons for Decision:" or "Alternative options considered:" after a
// decision: what follows explains the decision and is not part of it (the lexicon's
// decision-reason-label).
bool isReasonLabel(const QString& text)
{
    return Lexicon::instance().matches(QStringLiteral("decision-reason-label"), text.trimmed());
}

bool isResolvedLine(const QString& text)
{
    const auto m = resolvedLine().match(text);
    // "Resolved" in mixed case only with a colon: "Resolved, That the Report be ..." is the
    // Commons' formula in an embedded document, not a decision of this body.
    return m.hasMatch() && (m.captured(2) == m.captured(2).toUpper() || m.captured(3).startsWith(QLatin1Char(':')));
}

QString bodyWord(const QString& body)
{
    static const QRegularExpression bracket(QStringLiteral("\\([^)]*\\)"));
    QString b = body;
    b.remove(bracket);
    const QStringList words = b.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.isEmpty() ? QString() : QRegularExpression::escape(words.last());
}

// "The committee" alone on a line, its decisions listed below it; or with the verb of its
// decision ("The Sub Committee resolved:-", the lexicon's body-decides-verb), captured.
QRegularExpression committeeLead(const QString& word)
{
    return RegexCache::get(
        QStringLiteral("^(?:That\\s+)?(?:the|this)\\s+(?:committee|panel|sub[- ]?committee|board|council%1)"
                       "(?:\\s+(%2))?\\s*(?::-|:)?$")
            .arg(word.isEmpty() ? QString() : QLatin1Char('|') + word,
                 Lexicon::instance().alternation(QStringLiteral("body-decides-verb"))),
        QRegularExpression::CaseInsensitiveOption);
}

// "… seconded by Councillor B and unanimously RESOLVED to adopt the policy": the resolution word
// inside the line after the lexicon's lead-in words; the last capture is the text after it.
const QRegularExpression& resolvedInLine()
{
    static const QRegularExpression re(
        QStringLiteral("\\s(?:%2)\\s+(%1)\\b\\s*(?::-|:|,|\u2013|-)?\\s*((?:that|to)\\b.*)$")
            .arg(Lexicon::instance().alternation(QStringLiteral("resolution-word")),
                 Lexicon::instance().alternation(QStringLiteral("resolution-lead-in"))));
    return re;
}

QString conditionOf(const QString& text)
{
    const auto m = Lexicon::instance().match(QStringLiteral("resolution-condition"), text);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

// The motion a US roll call records: the paragraph before the vote from the sentence that moves
// it ("Commissioner Perez moved and Chair Ramirez seconded to approve ...") to the vote.
struct Motion {
    qsizetype line = -1;
    QString text;
};

std::optional<Motion> motionBefore(const QList<MinutesLine>& lines, qsizetype from, qsizetype at,
                                   const QList<bool>& consumed)
{
    qsizetype start = at;
    while (start > from && !consumed[start - 1 - from] && at - start < 8) {
        --start;
        const MinutesLine& l = lines.at(start);
        if (l.gapBefore > l.height * 0.9)
            break; // the paragraph's first line
    }
    if (start == at)
        return std::nullopt;
    QList<qsizetype> offsets;
    QString text;
    for (qsizetype k = start; k < at; ++k) {
        offsets.append(text.isEmpty() ? 0 : text.size() + 1);
        minutes::appendText(text, lines.at(k).text);
    }
    qsizetype offset = 0;
    qsizetype found = -1;
    for (const QString& sentence : minutes::splitSentences(text)) {
        const qsizetype pos = text.indexOf(sentence, offset);
        if (pos >= 0)
            offset = pos + sentence.size();
        if (Lexicon::instance().matches(QStringLiteral("motion-moved"), sentence))
            found = std::max<qsizetype>(0, pos);
    }
    if (found < 0)
        return std::nullopt;
    Motion motion;
    motion.text = text.mid(found).trimmed();
    motion.line = start;
    for (qsizetype k = 0; k < offsets.size(); ++k) {
        if (offsets.at(k) <= found)
            motion.line = start + k;
    }
    return motion;
}

} // namespace

QString ResolutionParser::motionFlag()
{
    return QStringLiteral("motion-without-resolved");
}

bool ResolutionParser::isActionsArising(const QString& text)
{
    return Lexicon::instance().matches(QStringLiteral("actions-arising-heading"), text.trimmed());
}

QList<ParsedResolution> ResolutionParser::parse(const QList<MinutesLine>& lines, qsizetype from, qsizetype to,
                                                const QString& body, QList<RecordedVote>* otherVotes)
{
    const QString word = bodyWord(body);
    const QRegularExpression lead = committeeLead(word);
    QList<Found> found;
    std::optional<RecordedVote> pendingVote;
    QList<bool> consumed(to - from, false);
    QString before; // minute text so far, for quotation tracking

    // Collects a resolution's lines from `start` until its end; returns one past its last line.
    auto extent = [&](qsizetype start, const QString& firstText, qreal textLeft, bool paragraph,
                      const std::optional<ClauseParser::Label>& para, QList<ClauseLine>& content) {
        if (!firstText.trimmed().isEmpty())
            content.append({firstText.trimmed(), textLeft, lines.at(std::max(from, start - 1)).page});
        QString previous = firstText.trimmed();
        bool anyClause = false;
        qsizetype j = start;
        for (; j < to; ++j) {
            const MinutesLine& l = lines.at(j);
            const QString& t = l.text;
            if (isResolvedLine(t) || VoteParser::isVoteLabel(t) || VoteParser::isOutcome(t) || isActionsArising(t)
                || decisionLabel(t).hasMatch() || isReasonLabel(t))
                break;
            const auto label = ClauseParser::matchLabel(t);
            if (label && para && label->decoration == para->decoration
                && label->kinds.first() == ClauseParser::Kind::Number
                && para->kinds.first() == ClauseParser::Kind::Number && label->label.toInt() == para->label.toInt() + 1)
                break;
            if (!label && !content.isEmpty()) {
                const bool gap = l.gapBefore > l.height * 0.9;
                const bool complete = previous.endsWith(QLatin1Char('.'));
                if (paragraph) {
                    if (l.left < textLeft - 8 && complete)
                        break;
                } else if (complete && l.left <= textLeft + 3 && (gap || anyClause)) {
                    break;
                }
            }
            anyClause = anyClause || label.has_value();
            content.append({t, l.left, l.page});
            previous = t;
        }
        return j;
    };
    auto finish = [&](qsizetype triggerLine, QList<ClauseLine> content) {
        ParsedResolution parsed;
        QStringList texts;
        for (const ClauseLine& c : content)
            texts.append(c.text);
        parsed.resolution.text = minutes::joinTexts(texts);
        parsed.resolution.condition = conditionOf(parsed.resolution.text);
        parsed.resolution.pdfPage = lines.at(triggerLine).page;
        parsed.clauses = ClauseParser::parse(content);
        parsed.resolution.clauses = parsed.clauses.clauses;
        parsed.resolution.votes = pendingVote ? pendingVote : VoteParser::tallyInText(parsed.resolution.text);
        pendingVote.reset();
        if (!parsed.resolution.text.isEmpty() || !parsed.resolution.clauses.isEmpty())
            found.append({triggerLine, parsed});
    };

    for (qsizetype i = from; i < to; ++i) {
        const MinutesLine& line = lines.at(i);
        const QString& t = line.text;
        // A quotation left open runs to the end of its paragraph at most.
        if (line.gapBefore > line.height * 0.9 || line.gapBefore < 0)
            before.clear();
        const bool quoted = text::openQuotes(before) > 0;
        before += t + QLatin1Char(' ');
        if (VoteParser::isVoteLabel(t)) {
            qsizetype next = i + 1;
            auto vote = VoteParser::parse(lines, i, to, &next);
            // A US roll call follows the motion it decides; with no motion before it, it waits
            // for a resolution like any other vote.
            const auto motion
                = vote && VoteParser::isRollCallLabel(t) ? motionBefore(lines, from, i, consumed) : std::nullopt;
            if (motion) {
                if (vote->outcome.isEmpty())
                    vote->outcome = VoteParser::leadInOutcome(motion->text);
                if (vote->outcome == QLatin1String("lost")) {
                    if (otherVotes)
                        otherVotes->append(*vote);
                } else {
                    ParsedResolution parsed;
                    parsed.resolution.text = motion->text;
                    parsed.resolution.pdfPage = lines.at(motion->line).page;
                    parsed.resolution.votes = vote;
                    parsed.resolution.flags.append(motionFlag());
                    parsed.clauses.lead = motion->text;
                    found.append({motion->line, parsed});
                }
                for (qsizetype k = motion->line; k < i; ++k)
                    consumed[k - from] = true;
            } else if (vote) {
                if (pendingVote && otherVotes)
                    otherVotes->append(*pendingVote);
                pendingVote = vote;
            }
            for (qsizetype k = i; k < next; ++k)
                consumed[k - from] = true;
            i = next - 1;
            continue;
        }
        if (quoted)
            continue;
        QList<ClauseLine> content;
        qsizetype end = -1;
        bool agreedLead = false;
        if (const auto m = resolvedLine().match(t); m.hasMatch() && isResolvedLine(t)) {
            std::optional<ClauseParser::Label> para;
            if (!m.captured(1).isEmpty())
                para = ClauseParser::matchLabel(m.captured(1) + QStringLiteral(" x"));
            const qreal textLeft = para && line.secondWordLeft > 0 ? line.secondWordLeft : line.left;
            end = extent(i + 1, m.captured(4), textLeft, para.has_value(), para, content);
        } else if (const auto d = decisionLabel(t); d.hasMatch() && (!d.captured(1).isEmpty() || i + 1 < to)) {
            end = extent(i + 1, d.captured(1), line.left, false, std::nullopt, content);
        } else if (const auto inLine = resolvedInLine().match(t);
                   inLine.hasMatch() && inLine.captured(1) == inLine.captured(1).toUpper()) {
            end = extent(i + 1, inLine.captured(2), line.left, false, std::nullopt, content);
        } else if (const auto l = lead.match(t.trimmed()); l.hasMatch() && i + 1 < to
                   && (ClauseParser::matchLabel(lines.at(i + 1).text)
                       || (!l.captured(1).isEmpty()
                           && (t.endsWith(QLatin1Char(':')) || t.endsWith(QStringLiteral(":-")))))) {
            end = extent(i + 1, t, line.left, false, std::nullopt, content);
        } else if (AgreedDecisions::isAgreedLead(t, body) && i + 1 < to
                   && ClauseParser::matchLabel(lines.at(i + 1).text)) {
            end = extent(i + 1, t, line.left, false, std::nullopt, content);
            agreedLead = true;
        } else {
            const QString two = i + 1 < to ? t + QLatin1Char(' ') + lines.at(i + 1).text : t;
            // "The recommendations below were proposed and seconded and carried unanimously."
            const auto c = Lexicon::instance().match(QStringLiteral("carried-sentence"), two);
            if (c.hasMatch() && c.capturedStart() < t.size() && !VoteParser::isOutcome(t)) {
                const QString sentence = c.captured(0);
                if (Lexicon::instance().matches(QStringLiteral("forward-reference"), sentence)) {
                    const bool spills = c.capturedEnd() > t.size();
                    const QString rest = two.mid(c.capturedEnd()).trimmed();
                    const qsizetype start = spills ? i + 2 : i + 1;
                    const QString firstText = spills ? rest : t.mid(c.capturedEnd()).trimmed();
                    end = extent(start, firstText, line.left, false, std::nullopt, content);
                }
            }
        }
        if (end < 0)
            continue;
        for (qsizetype k = i; k < end; ++k)
            consumed[k - from] = true;
        finish(i, content);
        if (agreedLead && !found.isEmpty() && found.last().line == i) {
            found.last().parsed.resolution.flags.append(AgreedDecisions::flag());
            found.last().parsed.agreedProse = true;
        }
        for (qsizetype k = i + 1; k < end; ++k)
            before += lines.at(k).text + QLatin1Char(' ');
        i = end - 1;
    }

    if (pendingVote && otherVotes)
        otherVotes->append(*pendingVote);

    // Prose: "it was resolved that ...", "the committee resolved that ..." (not "had resolved").
    const QRegularExpression prose = RegexCache::get(
        QStringLiteral("\\b(?:[Ii]t\\s+was|[Tt]he\\s+(?:[Cc]ommittee|[Pp]anel|[Ss]ub-[Cc]ommittee|[Bb]oard%1))\\s+"
                       "(?:(?:unanimously|further|also)\\s+)?resolved\\s+(that\\b[^.]*(?:\\.|$))")
            .arg(word.isEmpty() ? QString() : QLatin1Char('|') + word));
    for (qsizetype i = from; i < to; ++i) {
        if (consumed[i - from])
            continue;
        qsizetype j = i;
        while (j < to && !consumed[j - from] && j - i < 6)
            ++j;
        const QString text = minutes::joinLines(lines, i, j);
        const auto m = prose.match(text);
        if (m.hasMatch() && m.capturedStart() < lines.at(i).text.size() + 1) {
            const QString head = text.left(m.capturedStart());
            if (head.endsWith(QLatin1String("had ")) || text::openQuotes(head) > 0)
                continue;
            ParsedResolution parsed;
            parsed.resolution.text = m.captured(1).trimmed();
            parsed.resolution.condition = conditionOf(parsed.resolution.text);
            parsed.resolution.pdfPage = lines.at(i).page;
            parsed.clauses.lead = parsed.resolution.text;
            found.append({i, parsed});
            consumed[i - from] = true;
        }
    }

    // "Agreed" prose where the minute records no formal decision. Beside formal decisions, only a
    // motion decided in one sentence that no formal resolution follows at once to restate.
    const QList<qsizetype> formalLines = [&] {
        QList<qsizetype> at;
        for (const Found& f : found)
            at.append(f.line);
        return at;
    }();
    for (const AgreedDecision& decision : AgreedDecisions::find(lines, from, to, body)) {
        if (!formalLines.isEmpty()) {
            const bool restated = std::any_of(formalLines.begin(), formalLines.end(),
                                              [&](qsizetype line) { return line == decision.lastLine + 1; });
            if (!decision.motionWithOutcome || restated)
                continue;
        }
        ParsedResolution parsed;
        parsed.resolution.text = decision.text;
        parsed.resolution.pdfPage = decision.page;
        parsed.resolution.flags.append(AgreedDecisions::flag());
        parsed.clauses.lead = decision.text;
        parsed.agreedProse = true;
        found.append({decision.line, parsed});
    }

    std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.line < b.line; });
    QList<ParsedResolution> out;
    for (const Found& f : found)
        out.append(f.parsed);
    return out;
}

} // namespace scrutineer::parse
