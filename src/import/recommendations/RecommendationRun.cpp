#include "recommendations/RecommendationRun.h"

#include "lexicon/Lexicon.h"
#include "minutes/MinutesLines.h"

#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

using MarkerKind = RecParagraph::MarkerKind;

bool matches(const char* cue, const QString& text)
{
    return Lexicon::instance().matches(QLatin1String(cue), text);
}

// A few capitalised words and no sentence ("Resources", "Early Help"): what a labelled line names
// when it heads a plan's section by the recommendation's title ("Recommendation | 3. Resources"),
// not a recommendation's text, which says what should be done.
bool namesOnlyATitle(const QString& text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 4)
        return false;
    for (const QString& word : words) {
        if (word.contains(QLatin1Char('.')) || word.contains(QLatin1Char(':')) || word.contains(QLatin1Char(';'))
            || word.contains(QLatin1Char(',')))
            return false;
        if (word.size() > 3 && word.front().isLower())
            return false;
    }
    return true;
}

// Letters and roman numerals count as one family: "(i)" after "(h)" is a letter.
int family(MarkerKind kind)
{
    switch (kind) {
    case MarkerKind::Letter:
    case MarkerKind::Roman:
        return 1;
    case MarkerKind::Number:
        return 2;
    case MarkerKind::Bullet:
        return 3;
    case MarkerKind::None:
        break;
    }
    return 0;
}

using makers::addresseeIn;
using makers::stripArticle;

} // namespace

void RecommendationRun::close()
{
    if (open) {
        open->recommendation.text = minutes::joinTexts(openTexts);
        const bool titleOnly = mode == Mode::Label && namesOnlyATitle(open->recommendation.text);
        if (!open->recommendation.text.isEmpty() && !titleOnly)
            out.append(*open);
    }
    open.reset();
    openTexts.clear();
}

void RecommendationRun::endList()
{
    close();
    if (heading && listFirst >= 0 && listFirst < out.size() && !listQuoted) {
        // A report's own recommendations to the meeting it goes to: one of them (or the
        // lead-in) asks that meeting to note, receive, consider or agree. They are not a
        // scrutiny body's recommendations to someone else, so none of the list is kept.
        bool toMeeting = listToMeeting;
        for (qsizetype i = listFirst; i < out.size() && !toMeeting; ++i)
            toMeeting = asksMeeting(out.at(i).recommendation.text);
        if (toMeeting)
            out.remove(listFirst, out.size() - listFirst);
    }
    mode = Mode::Free;
    heading = motion = false;
    itemFamily = 0;
    listMaker.clear();
    listAddressee.clear();
    listLead.clear();
    listFirst = -1;
    listToMeeting = listOwnLead = listQuoted = false;
    stem.clear();
    stemNumber.clear();
    stemFamily = 0;
    lastNumber.clear();
    nested = false;
}

void RecommendationRun::leadIn(const QString& text)
{
    if (const auto of = Lexicon::instance().match(QStringLiteral("recommendations-of"), text); of.hasMatch()) {
        listQuoted = true;
        listMaker = stripArticle(of.captured(1));
        return;
    }
    listOwnLead = listOwnLead || meetingask::namesMeeting(text, context.body);
    listToMeeting = listToMeeting || asksMeeting(text);
}

void RecommendationRun::start(const RecParagraph& p, int index, const QString& number, const QString& text,
                              const QString& maker, const QString& addressee)
{
    close();
    FoundRecommendation found;
    found.paragraph = index;
    found.motion = motion;
    found.leadIn = listLead;
    Recommendation& r = found.recommendation;
    r.number = number;
    r.madeBy = maker;
    r.addressedTo = addressee;
    r.pdfPage = p.page;
    r.source = sourceFor(maker);
    open = found;
    if (!text.isEmpty())
        openTexts.append(text);
}

RecommendationSource RecommendationRun::sourceFor(const QString& maker) const
{
    if (maker.isEmpty())
        return RecommendationSource::Unknown;
    if (matches("working-group", maker))
        return RecommendationSource::WorkingGroup;
    if (context.callIn)
        return RecommendationSource::CallIn;
    return maker == context.author ? RecommendationSource::Unknown : RecommendationSource::Committee;
}

void RecommendationRun::paragraph(const RecParagraph& p, int index)
{
    if (mode == Mode::List && listParagraph(p, index)) {
        lastPage = p.page;
        lastResolved = false;
        return;
    }
    if (mode == Mode::Label && labelParagraph(p))
        return;
    freeParagraph(p, index);
    for (const QString& body : makers::fullBodies(p.text)) {
        namedBodies.removeAll(body);
        namedBodies.append(body);
    }
    abbreviations.insert(makers::abbreviationsIn(p.text));
    if (const QString lead = makers::leadMaker(p.text, namedBodies, abbreviations); !lead.isEmpty())
        labelMaker = lead;
    lastPage = p.page;
    lastResolved = matches("resolution-marker", p.text);
}

bool RecommendationRun::listParagraph(const RecParagraph& p, int index)
{
    if (matches("recommendation-stop", p.text) || matches("recommendation-label", p.text)
        || matches("recommendation-heading", p.text)) {
        endList();
        return false;
    }
    const int f = family(p.markerKind);
    if (f != 0) {
        // Numbered items follow on: "11. CABINET MEMBER REPORT" after "(4)" is the next minute.
        const QString previous = stemFamily == 2 && f == 2 ? stemNumber : lastNumber;
        if (f == 2 && !previous.isEmpty() && (itemFamily == 2 || stemFamily == 2) && std::abs(p.left - itemLeft) < 12
            && p.marker.toInt() != previous.toInt() + 1) {
            endList();
            return false;
        }
        if (f == 2 && (itemFamily == 0 || itemFamily == 2 || stemFamily == 2))
            lastNumber = p.marker;
        // "(n) Liaise with ... in order to:" over "(i) ...", "(ii) ...": parts of that item.
        static const QRegularExpression roman(QStringLiteral("^[ivx]+$"));
        if (open && f == 1 && f == itemFamily && roman.match(p.marker).hasMatch()
            && (nested
                || (p.marker == QLatin1String("i") && openEndsWithColon()
                    && open->recommendation.number.right(2) != QLatin1String("h)")
                    && open->recommendation.number != QLatin1String("h")))) {
            nested = true;
            openTexts.append(QStringLiteral("(%1) %2").arg(p.marker, p.text));
            return true;
        }
        nested = false;
        if (itemFamily == 0 || (f == itemFamily && std::abs(p.left - itemLeft) < 12)) {
            itemFamily = f;
            itemLeft = p.left;
            const QString number = f == 3 ? QString() : numbered(p.marker);
            start(p, index, number, joinStem(p.text), listMaker, listAddressee);
            return true;
        }
        if (f == stemFamily && std::abs(p.left - itemLeft) < 12) {
            // The next item of the list a stem's sub-list sat in ("(2) That ..." after "(1)(m)").
            stem.clear();
            stemNumber.clear();
            stemFamily = 0;
            itemFamily = f;
            start(p, index, p.marker, p.text, listMaker, listAddressee);
            return true;
        }
        if (open && stem.isEmpty() && std::abs(p.left - itemLeft) < 12 && openEndsWithColon()) {
            // "(1) That the Head of Service be requested to:-" over "(a) Review ...", "(b) ..."
            // at the same left: each sub-item is a recommendation, the stem before it.
            stem = minutes::joinTexts(openTexts);
            stem = stem.left(stem.lastIndexOf(QLatin1Char(':'))).trimmed();
            stemNumber = open->recommendation.number;
            stemFamily = itemFamily;
            open.reset();
            openTexts.clear();
            itemFamily = f;
            start(p, index, numbered(p.marker), joinStem(p.text), listMaker, listAddressee);
            return true;
        }
        if (open && p.left > itemLeft + 5) {
            openTexts.append(p.marker == QLatin1String("-") ? p.text : QStringLiteral("(%1) %2").arg(p.marker, p.text));
            return true;
        }
        endList();
        return false;
    }
    if (itemFamily == 0) {
        // The lead-in's own lines under a heading ("That the committee:", "The Cabinet is asked to ...").
        if (heading) {
            if (const QString addressee = addresseeIn(p.text); !addressee.isEmpty())
                listAddressee = addressee;
            if (p.endsWithColon)
                leadIn(p.text);
            if (p.endsWithColon)
                return true;
            start(p, index, QString(), p.text, listMaker, listAddressee);
            endList();
            return true;
        }
        endList();
        return false;
    }
    if (open && (p.left > itemLeft + 3 || (p.page != lastPage && !openEndsSentence()))) {
        // Indented under its item, or the rest of an item broken by a page.
        openTexts.append(p.text);
        return true;
    }
    endList();
    return false;
}

bool RecommendationRun::openEndsWithColon() const
{
    const QString text = minutes::joinTexts(openTexts);
    return text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1String(":-"));
}

bool RecommendationRun::openEndsSentence() const
{
    const QString text = minutes::joinTexts(openTexts);
    return text.isEmpty() || text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(';'))
        || text.endsWith(QLatin1Char(':'));
}

QString RecommendationRun::numbered(const QString& marker) const
{
    return stemNumber.isEmpty() ? marker : QStringLiteral("%1(%2)").arg(stemNumber, marker);
}

bool RecommendationRun::labelParagraph(const RecParagraph& p)
{
    if (!open || p.markerKind != MarkerKind::None || matches("recommendation-stop", p.text)
        || matches("recommendation-label", p.text) || matches("recommendation-heading", p.text)) {
        close();
        mode = Mode::Free;
        return false;
    }
    const QString sofar = minutes::joinTexts(openTexts);
    if (sofar.isEmpty() || sofar.endsWith(QLatin1Char(':'))) {
        openTexts.append(p.text);
        return true;
    }
    close();
    mode = Mode::Free;
    return false;
}

void RecommendationRun::freeParagraph(const RecParagraph& p, int index)
{
    if (const auto label = Lexicon::instance().match(QStringLiteral("recommendation-label"), p.text);
        label.hasMatch()) {
        start(p, index, label.captured(1), label.captured(2).trimmed(), labelledMaker(),
              addresseeIn(label.captured(2)));
        mode = Mode::Label;
        return;
    }
    if (const auto shortLabel = Lexicon::instance().match(QStringLiteral("recommendation-short-label"), p.text);
        shortLabel.hasMatch() && p.markerKind == MarkerKind::None) {
        start(p, index, shortLabel.captured(1), shortLabel.captured(2).trimmed(), labelledMaker(),
              addresseeIn(shortLabel.captured(2)));
        mode = Mode::Label;
        return;
    }
    if (const auto h = Lexicon::instance().match(QStringLiteral("recommendation-heading"), p.text); h.hasMatch()) {
        close();
        labelMaker.clear(); // a section of recommendations of its own
        mode = Mode::List;
        heading = true;
        listFirst = out.size();
        listMaker = context.author;
        if (h.lastCapturedIndex() >= 1 && !h.captured(1).trimmed().isEmpty()) {
            RecParagraph rest = p;
            rest.text = h.captured(1).trimmed();
            rest.endsWithColon = rest.text.endsWith(QLatin1Char(':'));
            listParagraph(rest, index);
        }
        return;
    }
    if (matches("recommendation-list-lead", p.text)) {
        listLead = p.text;
        mode = Mode::List;
        heading = false;
        motion = p.text.contains(QLatin1String("motion"), Qt::CaseInsensitive);
        // A resolution's lead-in is the meeting's own ("RESOLVED: ... commended to the Cabinet").
        listMaker = lastResolved || matches("resolution-marker", p.text) ? defaultMaker() : makerOf(p.text);
        listAddressee = addresseeIn(p.text);
        return;
    }
    if (context.callIn && matches("call-in-reason", p.text))
        reason = Lexicon::instance().match(QStringLiteral("call-in-reason"), p.text).captured(1).trimmed();
    if (requestInReason(p, index))
        return;
    if (!matches("recommends-that", p.text))
        return;
    for (const QString& sentence : minutes::splitSentences(p.text)) {
        const auto m = Lexicon::instance().match(QStringLiteral("recommends-that"), sentence);
        if (!m.hasMatch())
            continue;
        // "The report ... recommended that ...": what a report recommended, told in the minutes.
        if (matches("report-speaker", sentence.left(m.capturedStart(0))))
            continue;
        const QString number = family(p.markerKind) == 1 || family(p.markerKind) == 2 ? p.marker : QString();
        start(p, index, number, sentence, makerOf(sentence.left(m.capturedStart(0))), stripArticle(m.captured(2)));
        close();
    }
}

bool RecommendationRun::requestInReason(const RecParagraph& p, int index)
{
    if (!context.callIn || reason.isEmpty() || !matches("request-to-members", p.text))
        return false;
    for (const QString& sentence : minutes::splitSentences(p.text)) {
        if (!matches("request-to-members", sentence))
            continue;
        start(p, index, reason, sentence, defaultMaker(), addresseeIn(sentence));
        // The page the request is printed on, when its paragraph began on an earlier one.
        const auto demand = Lexicon::instance().match(QStringLiteral("request-to-members"), sentence);
        open->recommendation.pdfPage = p.pageAt(p.text.indexOf(sentence) + demand.capturedStart(0));
        close();
    }
    return true;
}

} // namespace scrutineer::parse
