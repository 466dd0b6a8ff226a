#include "minutes/AgreedDecisions.h"

#include "RegexCache.h"
#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "minutes/ClauseParser.h"

#include <QRegularExpression>

#include <algorithm>

namespace scrutineer::parse {
namespace {

// The body's last word ("Overview and Scrutiny Committee (Children's Services)" -> "Committee"),
// escaped for a pattern; the bodies every minute may name are listed in the patterns themselves.
QString bodyAlternative(const QString& body)
{
    static const QRegularExpression bracket(QStringLiteral("\\([^)]*\\)"));
    QString b = body;
    b.remove(bracket);
    const QStringList words = b.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.isEmpty() ? QString() : QLatin1Char('|') + QRegularExpression::escape(words.last());
}

QString bodies(const QString& body)
{
    return QStringLiteral("(?:committee|sub-committee|panel|board|council|cabinet|forum|members|group%1)")
        .arg(bodyAlternative(body));
}

// The body as a whole, which notes a paper as its decision; "Members noted the figures" is what
// some of them said.
QString wholeBodies(const QString& body)
{
    return QStringLiteral("(?:committee|sub-committee|panel|board|council|cabinet|forum|group%1)")
        .arg(bodyAlternative(body));
}

// The body noting a paper ("noted the report"), the lexicon's body-notes-object: placed after the
// body's name it records a decision as "agreed" does; "noted that ..." does not.
QString notesObject()
{
    return Lexicon::instance().alternation(QStringLiteral("body-notes-object"));
}

QRegularExpression agreedSentence(const QString& body)
{
    return RegexCache::get(
        QStringLiteral("\\bit\\s+was\\s+(?:(?:unanimously|further|also|therefore|then|subsequently)\\s+)?agreed"
                       "\\s+(?:unanimously\\s+)?(?:that|to)\\b|"
                       "\\b(?:was|were)\\s+(?:(?:unanimously|duly|submitted|read|taken|received)\\s+(?:and\\s+)?)*"
                       "(?:agreed|approved|confirmed|accepted|adopted)(?:\\s+and\\s+signed)?\\s+as\\s+an?\\s+"
                       "(?:correct|true|accurate|full\\s+and\\s+accurate)\\s+record\\b|"
                       "^(?:the\\s+|this\\s+)?%1\\s+(?:(?:unanimously|also|further|then|therefore)\\s+)?agreed\\s*"
                       "(?:unanimously\\s+)?(?:(?:that|to|the|with)\\b|:)|"
                       "^(?:the\\s+|this\\s+)?%2\\s+(?:(?:unanimously|also|further|then|therefore)\\s+)?%3")
            .arg(bodies(body), wholeBodies(body), notesObject()),
        QRegularExpression::CaseInsensitiveOption);
}

// "Agreed unanimously.", "Agreed.", "Carried unanimously.", "Motion carried.", "The motion was put
// to the vote and carried unanimously." An amendment's outcome decides nothing on its own.
const QRegularExpression& outcomeSentence()
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("motion-outcome-sentence")),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// The sentence before an outcome must put something to the meeting.
const QRegularExpression& motionSentence()
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("motion-put")),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "… and it was agreed unanimously.", "… which was carried.": the outcome closing the sentence
// that put the motion.
const QRegularExpression& outcomeClause()
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("motion-outcome-clause")),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// A sentence that puts a motion to the vote or gives its outcome.
const QRegularExpression& voteTaken()
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("vote-taken")),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& amendment()
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("amendment")),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// A decision that is a whole numbered paragraph ("10) Mr A proposed, and Mr B seconded, that …")
// starts with the paragraph's number, which is the minute's structure and not what was decided.
QString withoutParagraphNumber(const QString& decided, const QString& firstLine)
{
    const auto label = ClauseParser::matchLabel(decided);
    if (!label || label->decoration == ClauseParser::Decoration::Bullet || label->rest.isEmpty())
        return decided;
    const qsizetype labelLength = decided.size() - decided.mid(decided.indexOf(label->rest)).size();
    if (labelLength <= 0 || !firstLine.startsWith(decided.left(labelLength).trimmed()))
        return decided;
    return decided.mid(labelLength).trimmed();
}

} // namespace

QString AgreedDecisions::flag()
{
    return QStringLiteral("agreed-without-resolved");
}

bool AgreedDecisions::isAgreedLead(const QString& text, const QString& body)
{
    const QRegularExpression lead = RegexCache::get(
        QStringLiteral("^(?:(?:the\\s+|this\\s+)?%1|it\\s+was)\\s+(?:(?:unanimously|also|further|then|therefore)\\s+)?"
                       "(?:%2[^.:;]*?\\s+and\\s+)?"
                       "agreed(?:\\s+unanimously)?(?:\\s+(?:that|the\\s+following|as\\s+follows))?"
                       "\\s*(?::-|:|\u2013|-)$")
            .arg(bodies(body), notesObject()),
        QRegularExpression::CaseInsensitiveOption);
    return lead.match(text.trimmed()).hasMatch();
}

QList<AgreedDecision> AgreedDecisions::find(const QList<MinutesLine>& lines, qsizetype from, qsizetype to,
                                            const QString& body)
{
    const QRegularExpression agreed = agreedSentence(body);
    QList<qsizetype> starts;
    QString text;
    for (qsizetype i = from; i < to; ++i) {
        starts.append(text.isEmpty() ? 0 : text.size() + 1);
        if (text.isEmpty())
            text = lines.at(i).text;
        else
            minutes::appendText(text, lines.at(i).text);
    }
    auto lineAt = [&](qsizetype offset) {
        qsizetype line = from;
        for (qsizetype k = 0; k < starts.size(); ++k) {
            if (starts.at(k) <= std::max<qsizetype>(0, offset))
                line = from + k;
        }
        return line;
    };

    QList<AgreedDecision> out;
    qsizetype offset = 0;
    QString previous;
    qsizetype previousAt = -1;
    qsizetype quoteBase = 0; // where counting quotation marks starts
    // The quotation marks from quoteBase to the sentence, counted as the sentences go by (the text
    // before each sentence is not copied and counted again).
    text::QuoteCount quotes;
    qsizetype counted = 0; // where `quotes` has counted to
    for (const QString& sentence : minutes::splitSentences(text)) {
        const qsizetype at = text.indexOf(sentence, offset);
        if (at >= 0)
            offset = at + sentence.size();
        // A quotation a motion left open (a source defect) ends where the motion is put to the
        // vote: what follows is the minute's own text again.
        if (counted < quoteBase) {
            quotes = {};
            counted = quoteBase;
        }
        text::QuoteCount before = quotes;
        if (at > counted) {
            quotes.add(QStringView(text).mid(counted, at - counted));
            counted = at;
            before = quotes;
        } else if (at < counted) {
            before = {}; // the sentence was not found after the last: nothing before it counts
        }
        const auto m = agreed.match(sentence);
        QString decided;
        qsizetype decidedAt = at;
        bool motionWithOutcome = false;
        text::QuoteCount inSentence;
        inSentence.add(sentence);
        if (before.open() == 0 && outcomeClause().match(sentence).hasMatch()
            && motionSentence().match(sentence).hasMatch() && !amendment().match(sentence).hasMatch()
            && inSentence.open() == 0) {
            decided = sentence;
            motionWithOutcome = true;
        } else if (m.hasMatch()) {
            text::QuoteCount upToVerb = before;
            upToVerb.add(QStringView(sentence).left(m.capturedStart()));
            if (upToVerb.open() == 0)
                decided = sentence;
        } else if (before.open() > 0) {
            decided.clear();
        } else if (outcomeSentence().match(sentence).hasMatch() && previousAt >= 0
                   && motionSentence().match(previous).hasMatch() && !amendment().match(previous).hasMatch()) {
            decided = minutes::joinTexts({previous, sentence});
            decidedAt = previousAt;
        }
        if (!decided.isEmpty()) {
            const qsizetype line = lineAt(decidedAt);
            decided = withoutParagraphNumber(decided, lines.at(line).text);
            out.append({decided, lines.at(line).page, line, lineAt(at + sentence.size() - 1), motionWithOutcome});
        }
        if (voteTaken().match(sentence).hasMatch())
            quoteBase = std::max<qsizetype>(0, at) + sentence.size();
        previous = sentence;
        previousAt = at;
    }
    return out;
}

} // namespace scrutineer::parse
