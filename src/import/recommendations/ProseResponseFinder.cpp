#include "recommendations/ProseResponseFinder.h"

#include "lexicon/Lexicon.h"
#include "minutes/MinutesLines.h"
#include "recommendations/ResponseTableReader.h"

#include "DateText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace scrutineer::parse {
namespace {

// The recommendation found last before paragraph `index`, or -1.
int lastBefore(const QList<FoundRecommendation>& found, int index, bool motionsOnly = false)
{
    int best = -1;
    for (int i = 0; i < found.size(); ++i) {
        if (found.at(i).paragraph <= index && (!motionsOnly || found.at(i).motion))
            best = i;
    }
    return best;
}

// A later paper's "... and the recommendations were approved" after quoting the resolution that
// commended them: the list whose lead-in the paragraphs just before it quote (most alike, at
// least this much), up to this many paragraphs back.
constexpr double kSameLeadIn = 0.6;
constexpr int kQuoteReach = 4;

// The recommendations of the list whose lead-in one of paragraphs [from, to] quotes (the list
// printed before that paragraph); empty when none.
QList<int> listQuotedIn(const QList<RecParagraph>& paragraphs, int from, int to,
                        const QList<FoundRecommendation>& found)
{
    QString best;
    int bestQuote = -1;
    double bestSimilarity = kSameLeadIn;
    for (int k = std::max(0, from); k <= to; ++k) {
        for (const FoundRecommendation& f : found) {
            if (f.leadIn.isEmpty() || f.paragraph >= k)
                continue;
            const double similarity = recommendation::textSimilarity(paragraphs.at(k).text, f.leadIn);
            if (similarity >= bestSimilarity) {
                bestSimilarity = similarity;
                best = f.leadIn;
                bestQuote = k;
            }
        }
    }
    QList<int> list;
    for (int i = 0; i < found.size() && !best.isEmpty(); ++i) {
        if (found.at(i).leadIn == best && found.at(i).paragraph < bestQuote)
            list.append(i);
    }
    return list;
}

// Options a paper lists for a committee ("a) make no comments ... d) require implementation of
// the decision to be postponed ..."): the option labelled `label` of the last list before paragraph
// `index` whose lead-in speaks of options (up to this many paragraphs above the option).
constexpr int kOptionsLeadReach = 6;

// The text of the option labelled `label` of a list written inline in one paragraph after its
// lead-in ("The options for the Scrutiny Committee were: a) make no comments b) ... d) require
// implementation ..."), up to the next option; empty when the paragraph lists no such option.
QString inlineOption(const QString& text, const QString& label)
{
    const auto lead = Lexicon::instance().match(QStringLiteral("options-lead"), text);
    if (!lead.hasMatch())
        return {};
    const QRegularExpression item(QStringLiteral("(?:^|\\s)\\(?%1\\)\\s+").arg(QRegularExpression::escape(label)),
                                  QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = item.match(text, lead.capturedEnd(0));
    if (!m.hasMatch())
        return {};
    static const QRegularExpression next(QStringLiteral("\\s\\(?(?:[a-z]|\\d{1,2})\\)\\s"));
    const QRegularExpressionMatch n = next.match(text, m.capturedEnd(0));
    return text.mid(m.capturedEnd(0), n.hasMatch() ? n.capturedStart(0) - m.capturedEnd(0) : -1).trimmed();
}

// The option labelled `label` of the last list of options before paragraph `index` (a
// paragraph each, or written inline after the lead-in), up to this many paragraphs above.
constexpr int kOptionsReach = 8;

QString optionBefore(const QList<RecParagraph>& paragraphs, int index, const QString& label)
{
    for (int j = index - 1; j >= std::max(0, index - kOptionsReach); --j) {
        const RecParagraph& p = paragraphs.at(j);
        if (const QString inlined = inlineOption(p.text, label); !inlined.isEmpty())
            return inlined;
        if (p.markerKind == RecParagraph::MarkerKind::None || p.marker.compare(label, Qt::CaseInsensitive) != 0)
            continue;
        // A paragraph of its own: the lead-in above it speaks of options and is no option itself
        // (it may be a numbered paragraph: "1.7 ... The options for the Scrutiny Committee were:").
        for (int k = j - 1; k >= std::max(0, j - kOptionsReach); --k) {
            if (paragraphs.at(k).markerKind != p.markerKind
                && Lexicon::instance().matches(QStringLiteral("options-lead"), paragraphs.at(k).text))
                return p.text;
        }
        return {};
    }
    return {};
}

} // namespace

QString ProseResponseFinder::responseDateIn(const QString& sentence)
{
    const auto m = Lexicon::instance().match(QStringLiteral("response-dated"), sentence);
    if (!m.hasMatch())
        return {};
    const QList<datetext::DateMatch> dates = datetext::findDates(sentence.mid(m.capturedEnd(0)));
    return dates.isEmpty() ? QString() : dates.first().date.toString(Qt::ISODate);
}

ProseResponseFinder::Output ProseResponseFinder::find(const QList<RecParagraph>& paragraphs,
                                                      const QList<FoundRecommendation>& found,
                                                      const RecommendationFinder::Context& context)
{
    Output out;
    struct Dated {
        qsizetype firstResponse; // the responses found after the statement
        int page;
        QString date; // ISO
    };
    QList<Dated> dated;
    QSet<qsizetype> ownDate; // responses that print their own date
    int lastDecided = -1; // the last paragraph saying recommendations were decided together
    for (int i = 0; i < paragraphs.size(); ++i) {
        const RecParagraph& p = paragraphs.at(i);
        // A sentence can give a date only where its paragraph holds the cue's words.
        if (Lexicon::instance().mayHold(QStringLiteral("response-dated"), p.text)) {
            for (const QString& sentence : minutes::splitSentences(p.text)) {
                if (const QString date = responseDateIn(sentence); !date.isEmpty())
                    dated.append({out.responses.size(), p.page, date});
            }
        }
        // "Response: ..." under a labelled recommendation, running on over unmarked paragraphs.
        if (const auto label = Lexicon::instance().match(QStringLiteral("response-label"), p.text); label.hasMatch()) {
            const int target = lastBefore(found, i);
            QStringList texts {label.captured(1).trimmed()};
            int j = i + 1;
            for (; j < paragraphs.size() && paragraphs.at(j).markerKind == RecParagraph::MarkerKind::None; ++j) {
                const QString& next = paragraphs.at(j).text;
                if (Lexicon::instance().matches(QStringLiteral("recommendation-label"), next)
                    || Lexicon::instance().matches(QStringLiteral("recommendation-heading"), next)
                    || Lexicon::instance().matches(QStringLiteral("response-label"), next)
                    || Lexicon::instance().matches(QStringLiteral("recommendation-stop"), next))
                    break;
                texts.append(next);
            }
            RecommendationResponse response;
            response.recommendationIndex = target;
            response.number = target >= 0 ? found.at(target).recommendation.number : QString();
            response.text = minutes::joinTexts(texts);
            // The response's first sentence says what was decided ("The Government accepts this
            // recommendation"); later ones speak of other things.
            response.decision = ResponseTableReader::decisionOf(minutes::splitSentences(response.text).value(0), true);
            response.pdfPage = p.page;
            if (!response.text.isEmpty())
                out.responses.append(response);
            i = j - 1;
            continue;
        }
        // "Option d) was agreed." after the options listed for the committee: accepts the request
        // that option answers (linked by the option's words, here or in another document).
        if (const auto option = Lexicon::instance().match(QStringLiteral("option-agreed"), p.text); option.hasMatch()) {
            if (const QString chosen = optionBefore(paragraphs, i, option.captured(1)); !chosen.isEmpty()) {
                RecommendationResponse response;
                response.quotedText = chosen;
                response.decision = ResponseDecision::Accepted;
                const QString said = p.text.mid(option.capturedStart(0));
                response.decisionText = minutes::splitSentences(said).value(0).trimmed();
                response.text = said;
                response.pdfPage = p.pageAt(option.capturedStart(0));
                out.responses.append(response);
                continue;
            }
        }
        // Only a paragraph naming a recommendation or a call-in can hold either kind of sentence.
        const bool callIn = context.callIn || Lexicon::instance().matches(QStringLiteral("call-in"), p.text);
        if (!callIn && !p.text.contains(QLatin1String("recommendation"), Qt::CaseInsensitive))
            continue;
        for (const QString& sentence : minutes::splitSentences(p.text)) {
            // "The Final Report was considered by the Cabinet on 26 July 2018, and the
            // recommendations were approved": each of the list the paragraphs before it quote.
            if (Lexicon::instance().matches(QStringLiteral("recommendations-decided"), sentence)) {
                const QList<int> list = listQuotedIn(paragraphs, std::max(i - kQuoteReach, lastDecided + 1), i, found);
                lastDecided = i; // a quotation answers one such sentence
                const QList<datetext::DateMatch> dates = datetext::findDates(sentence);
                for (int k : list) {
                    RecommendationResponse response;
                    response.recommendationIndex = k;
                    response.number = found.at(k).recommendation.number;
                    response.text = sentence;
                    response.decision = ResponseTableReader::decisionOf(sentence, true);
                    response.date = dates.isEmpty() ? QString() : dates.first().date.toString(Qt::ISODate);
                    response.pdfPage = p.page;
                    ownDate.insert(out.responses.size());
                    out.responses.append(response);
                }
                if (!list.isEmpty())
                    continue;
            }
            // "Recommendation 2 is accepted."
            if (const auto m = Lexicon::instance().match(QStringLiteral("response-to-number"), sentence);
                m.hasMatch()) {
                RecommendationResponse response;
                response.number = m.captured(1);
                response.text = sentence;
                response.decision = ResponseTableReader::decisionOf(sentence, true);
                response.pdfPage = p.page;
                for (int k = 0; k < found.size(); ++k) {
                    if (recommendation::normaliseNumber(found.at(k).recommendation.number)
                        == recommendation::normaliseNumber(response.number))
                        response.recommendationIndex = k; // the last one printed with that number
                }
                out.responses.append(response);
                continue;
            }
            // A committee's decision on a call-in.
            if (!callIn)
                continue;
            if (!Lexicon::instance().matches(QStringLiteral("call-in-outcome-verb"), sentence))
                continue;
            QString outcome;
            QString addressee;
            if (Lexicon::instance().matches(QStringLiteral("call-in-outcome-council"), sentence)) {
                outcome = tr("referred to full Council");
                addressee = tr("full Council");
            } else if (Lexicon::instance().matches(QStringLiteral("call-in-outcome-back"), sentence)) {
                outcome = tr("referred back to the decision-maker");
                addressee = tr("the decision-maker");
            } else if (Lexicon::instance().matches(QStringLiteral("call-in-outcome-none"), sentence)) {
                outcome = tr("no further action");
            } else {
                continue;
            }
            // The motion this decision carried: the last one before it, unless another call-in
            // is introduced between the two.
            int motion = lastBefore(found, i, true);
            for (int k = motion >= 0 ? found.at(motion).paragraph + 1 : i; k < i; ++k) {
                if (Lexicon::instance().matches(QStringLiteral("call-in"), paragraphs.at(k).text))
                    motion = -1;
            }
            if (motion >= 0) {
                RecommendationResponse response;
                response.recommendationIndex = motion;
                response.number = found.at(motion).recommendation.number;
                response.decision = ResponseDecision::Accepted; // the committee carried the motion
                response.decisionText = outcome;
                response.text = sentence;
                response.pdfPage = p.page;
                out.responses.append(response);
            } else if (!addressee.isEmpty()) {
                FoundRecommendation referral;
                referral.paragraph = i;
                referral.recommendation.text = sentence;
                referral.recommendation.source = RecommendationSource::CallIn;
                referral.recommendation.madeBy = RecommendationFinder::bodyIn(sentence, {});
                if (referral.recommendation.madeBy.isEmpty())
                    referral.recommendation.madeBy = context.body;
                referral.recommendation.addressedTo = addressee;
                referral.recommendation.pdfPage = p.page;
                out.outcomes.append(referral);
            }
        }
    }
    for (const Dated& statement : std::as_const(dated)) { // a later statement overrides
        for (qsizetype r = statement.firstResponse; r < out.responses.size(); ++r) {
            RecommendationResponse& response = out.responses[r];
            if (!ownDate.contains(r) && response.pdfPage - statement.page <= kDatedPages)
                response.date = statement.date;
        }
    }
    return out;
}

} // namespace scrutineer::parse
