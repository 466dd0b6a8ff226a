#include "Recommendation.h"

#include "TextUtil.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace scrutineer {

QString toString(ResponseDecision decision)
{
    switch (decision) {
    case ResponseDecision::Accepted:
        return QStringLiteral("accepted");
    case ResponseDecision::Partly:
        return QStringLiteral("partly");
    case ResponseDecision::Rejected:
        return QStringLiteral("rejected");
    case ResponseDecision::Noted:
        return QStringLiteral("noted");
    case ResponseDecision::Pending:
        break;
    }
    return QStringLiteral("pending");
}

QString toString(RecommendationSource source)
{
    switch (source) {
    case RecommendationSource::Committee:
        return QStringLiteral("committee");
    case RecommendationSource::WorkingGroup:
        return QStringLiteral("working-group");
    case RecommendationSource::CallIn:
        return QStringLiteral("call-in");
    case RecommendationSource::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ResponseDecision responseDecisionFromString(const QString& text, ResponseDecision fallback)
{
    for (ResponseDecision d : {ResponseDecision::Accepted, ResponseDecision::Partly, ResponseDecision::Rejected,
                               ResponseDecision::Noted, ResponseDecision::Pending}) {
        if (text.compare(toString(d), Qt::CaseInsensitive) == 0)
            return d;
    }
    return fallback;
}

RecommendationSource recommendationSourceFromString(const QString& text)
{
    for (RecommendationSource s :
         {RecommendationSource::Committee, RecommendationSource::WorkingGroup, RecommendationSource::CallIn}) {
        if (text.compare(toString(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return RecommendationSource::Unknown;
}

bool expectsProgress(ResponseDecision decision)
{
    return decision == ResponseDecision::Accepted || decision == ResponseDecision::Partly;
}

namespace recommendation {
namespace {

QSet<QString> words(const QString& text)
{
    QSet<QString> out;
    for (const QString& w : text::normaliseForMatch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (w.size() > 2) // "of", "to", "a" say nothing about which recommendation it is
            out.insert(w);
    }
    return out;
}

// A link by text alone needs most of the words to agree; with the same number, some.
constexpr double kTextOnly = 0.6;
constexpr double kWithNumber = 0.3;

} // namespace

namespace {

double wordSimilarity(const QSet<QString>& wa, const QSet<QString>& wb)
{
    if (wa.isEmpty() || wb.isEmpty())
        return 0.0;
    const QSet<QString>& smaller = wa.size() <= wb.size() ? wa : wb;
    const QSet<QString>& larger = wa.size() <= wb.size() ? wb : wa;
    qsizetype common = 0;
    for (const QString& w : smaller)
        common += larger.contains(w) ? 1 : 0;
    return 2.0 * double(common) / double(wa.size() + wb.size());
}

} // namespace

double textSimilarity(const QString& a, const QString& b)
{
    return wordSimilarity(words(a), words(b));
}

Candidate candidate(const QString& number, const QString& text)
{
    return {number, text, normaliseNumber(number), words(text), true};
}

QString normaliseNumber(const QString& number)
{
    static const QRegularExpression digits(QStringLiteral("(\\d+(?:\\.\\d+)*)"));
    const QRegularExpressionMatch m = digits.match(number);
    if (m.hasMatch())
        return m.captured(1);
    QString letters = number.trimmed().toLower();
    letters.remove(QRegularExpression(QStringLiteral("[^a-z]")));
    return letters.size() <= 3 ? letters : QString(); // "a", "iv"; longer words are not numbers
}

Link link(const QString& number, const QString& quotedText, const QList<Candidate>& candidates)
{
    const QString wanted = normaliseNumber(number);
    const QSet<QString> quoted = quotedText.isEmpty() ? QSet<QString>() : words(quotedText);
    Link best;
    double bestScore = 0.0;
    QList<int> sameNumber;
    for (int i = 0; i < candidates.size(); ++i) {
        const Candidate& c = candidates.at(i);
        const bool numberAgrees
            = !wanted.isEmpty() && (c.prepared ? c.comparedNumber : normaliseNumber(c.number)) == wanted;
        if (numberAgrees)
            sameNumber.append(i);
        const double similarity
            = quotedText.isEmpty() ? 0.0 : wordSimilarity(quoted, c.prepared ? c.words : words(c.text));
        const double score = similarity + (numberAgrees ? 0.5 : 0.0);
        const bool qualifies = numberAgrees ? similarity >= kWithNumber : similarity >= kTextOnly;
        if (qualifies && score > bestScore) {
            bestScore = score;
            best.index = i;
            best.evidence = numberAgrees ? QStringLiteral("number %1, text %2").arg(wanted).arg(similarity, 0, 'f', 2)
                                         : QStringLiteral("text %1").arg(similarity, 0, 'f', 2);
        }
    }
    if (best.index < 0 && sameNumber.size() == 1 && quotedText.isEmpty()) {
        best.index = sameNumber.first();
        best.evidence = QStringLiteral("only recommendation numbered %1").arg(wanted);
    }
    return best;
}

QSet<QString> subjectWords(const QString& text, const QSet<QString>& stopWords)
{
    // "£4.1 million" and "£4.1m" are one amount; a decimal stays one word.
    static const QRegularExpression million(QStringLiteral("(\\d)\\s*(?:million|mn)\\b"));
    static const QRegularExpression word(QStringLiteral("\\d+(?:\\.\\d+)?\\p{L}*|\\p{L}[\\p{L}\\p{N}]*"));
    const QString normal = text::normaliseForMatch(text).replace(million, QStringLiteral("\\1m"));
    QSet<QString> out;
    for (const QRegularExpressionMatch& m : word.globalMatch(normal)) {
        QString w = m.captured(0);
        if (w.size() < 3 || stopWords.contains(w))
            continue;
        if (!w.back().isLetter())
            continue; // a bare number says nothing of the matter
        // "costs" and "cost", "hubs" and "hub" ("process" keeps its s).
        if (w.size() > 3 && w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss")) && w.at(0).isLetter())
            w.chop(1);
        out.insert(w.left(5));
    }
    return out;
}

Overlap overlap(const QSet<QString>& a, const QSet<QString>& b, const QHash<QString, double>& weights)
{
    Overlap out;
    if (a.isEmpty() || b.isEmpty())
        return out;
    const auto weightOf = [&](const QString& w) { return weights.value(w, 1.0); };
    double weightA = 0.0;
    for (const QString& w : a)
        weightA += weightOf(w);
    double weightB = 0.0;
    double shared = 0.0;
    for (const QString& w : b) {
        weightB += weightOf(w);
        if (a.contains(w)) {
            shared += weightOf(w);
            out.shared.append(w);
        }
    }
    out.shared.sort();
    const double smaller = std::min(weightA, weightB);
    out.score = smaller > 0.0 ? shared / smaller : 0.0;
    return out;
}

} // namespace recommendation
} // namespace scrutineer
