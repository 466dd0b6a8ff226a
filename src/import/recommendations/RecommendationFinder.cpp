#include "recommendations/RecommendationFinder.h"

#include "lexicon/Lexicon.h"
#include "minutes/MinutesLines.h"

#include <QRegularExpression>

#include <optional>

namespace scrutineer::parse {
namespace {

using Kind = RecParagraph::MarkerKind;

const Lexicon& lexicon()
{
    return Lexicon::instance();
}

bool matches(const char* cue, const QString& text)
{
    return lexicon().matches(QLatin1String(cue), text);
}

// Letters and roman numerals count as one family: "(i)" after "(h)" is a letter.
int family(Kind kind)
{
    switch (kind) {
    case Kind::Letter:
    case Kind::Roman:
        return 1;
    case Kind::Number:
        return 2;
    case Kind::Bullet:
        return 3;
    case Kind::None:
        break;
    }
    return 0;
}

QString stripArticle(QString name)
{
    static const QRegularExpression article(QStringLiteral("^(?:the|The|THE)\\s+"));
    return name.remove(article).trimmed();
}

// The addressee of "... is asked to", "recommends to Cabinet that".
QString addresseeIn(const QString& text)
{
    const QRegularExpressionMatch asked = lexicon().match(QStringLiteral("asked-to"), text);
    if (asked.hasMatch())
        return stripArticle(asked.captured(1));
    const QRegularExpressionMatch to = lexicon().match(QStringLiteral("recommends-that"), text);
    return to.hasMatch() ? stripArticle(to.captured(2)) : QString();
}

struct Run {
    explicit Run(const RecommendationFinder::Context& c) : context(c) { }
    const RecommendationFinder::Context& context;
    QList<FoundRecommendation> out;
    QStringList namedBodies;

    enum class Mode { Free, Label, List } mode = Mode::Free;
    // The list being read (after a heading or a lead-in).
    bool heading = false;
    bool motion = false;
    QString listMaker;
    QString listAddressee;
    // A heading's list: where its items start in `out`, and what its lead-in said (it asks the
    // meeting itself, "That the committee:"; or it quotes a body's recommendations).
    qsizetype listFirst = -1;
    bool listToMeeting = false;
    bool listOwnLead = false;
    bool listQuoted = false;
    int itemFamily = 0;
    qreal itemLeft = 0;
    std::optional<FoundRecommendation> open;
    QStringList openTexts;

    void close()
    {
        if (open) {
            open->recommendation.text = minutes::joinTexts(openTexts);
            if (!open->recommendation.text.isEmpty())
                out.append(*open);
        }
        open.reset();
        openTexts.clear();
    }
    void endList()
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
        listFirst = -1;
        listToMeeting = listOwnLead = listQuoted = false;
    }

    // The body a report's recommendation names is the meeting the report goes to: "Members", the
    // document's own body, or a bare "the Committee" when the document names none (a bare
    // "Cabinet" or "Council" then may be another body: unknown, so not the meeting).
    bool ownBody(const QString& name) const
    {
        static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]"));
        const QString named = stripArticle(name).toLower().remove(nonLetters);
        if (named.isEmpty())
            return false;
        if (named == QLatin1String("members") || named == QLatin1String("councillors"))
            return true;
        const QString own = context.body.toLower().remove(nonLetters);
        const bool bare = !stripArticle(name).contains(QLatin1Char(' '));
        if (own.isEmpty())
            return bare && (named == QLatin1String("committee") || named == QLatin1String("panel"));
        return own.contains(named) || named.contains(own) || (bare && own.endsWith(named));
    }
    // The recommendation asks the meeting itself to decide: "The Cabinet is asked to ...",
    // "That the Committee notes ...", "the report be noted", "To note ...", or a bare
    // "Notes ..." after "That the committee:".
    bool asksMeeting(const QString& text) const
    {
        if (matches("meeting-asked", text) || matches("meeting-passive", text)
            || (listOwnLead && matches("meeting-verb", text)))
            return true;
        const auto m = lexicon().match(QStringLiteral("meeting-decision"), text);
        return m.hasMatch() && ownBody(m.captured(1));
    }
    void leadIn(const QString& text)
    {
        if (const auto of = lexicon().match(QStringLiteral("recommendations-of"), text); of.hasMatch()) {
            listQuoted = true;
            listMaker = stripArticle(of.captured(1));
            return;
        }
        if (const auto lead = lexicon().match(QStringLiteral("meeting-lead"), text); lead.hasMatch())
            listOwnLead = listOwnLead || ownBody(lead.captured(1));
        listOwnLead = listOwnLead || matches("meeting-asked", text);
        listToMeeting = listToMeeting || asksMeeting(text);
    }
    void start(const RecParagraph& p, int index, const QString& number, const QString& text, const QString& maker,
               const QString& addressee)
    {
        close();
        FoundRecommendation found;
        found.paragraph = index;
        found.motion = motion;
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
    RecommendationSource sourceFor(const QString& maker) const
    {
        if (maker.isEmpty())
            return RecommendationSource::Unknown;
        if (matches("working-group", maker))
            return RecommendationSource::WorkingGroup;
        if (context.callIn)
            return RecommendationSource::CallIn;
        return maker == context.author ? RecommendationSource::Unknown : RecommendationSource::Committee;
    }
    QString defaultMaker() const { return !context.proposer.isEmpty() ? context.proposer : context.body; }

    void paragraph(const RecParagraph& p, int index)
    {
        if (mode == Mode::List && listParagraph(p, index))
            return;
        if (mode == Mode::Label && labelParagraph(p))
            return;
        freeParagraph(p, index);
        for (const QString& body : fullBodies(p.text)) {
            namedBodies.removeAll(body);
            namedBodies.append(body);
        }
    }

    // True when the paragraph belongs to the list being read.
    bool listParagraph(const RecParagraph& p, int index)
    {
        if (matches("recommendation-stop", p.text) || matches("recommendation-label", p.text)
            || matches("recommendation-heading", p.text)) {
            endList();
            return false;
        }
        const int f = family(p.markerKind);
        if (f != 0) {
            if (itemFamily == 0 || (f == itemFamily && std::abs(p.left - itemLeft) < 12)) {
                itemFamily = f;
                itemLeft = p.left;
                start(p, index, f == 3 ? QString() : p.marker, p.text, listMaker, listAddressee);
                return true;
            }
            if (open && p.left > itemLeft + 5) {
                openTexts.append(p.marker == QLatin1String("-") ? p.text
                                                                : QStringLiteral("(%1) %2").arg(p.marker, p.text));
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
        if (open && p.left > itemLeft + 3) {
            openTexts.append(p.text);
            return true;
        }
        endList();
        return false;
    }

    bool labelParagraph(const RecParagraph& p)
    {
        if (!open || p.markerKind != Kind::None || matches("recommendation-stop", p.text)
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

    void freeParagraph(const RecParagraph& p, int index)
    {
        if (const auto label = lexicon().match(QStringLiteral("recommendation-label"), p.text); label.hasMatch()) {
            start(p, index, label.captured(1), label.captured(2).trimmed(), defaultMaker(),
                  addresseeIn(label.captured(2)));
            mode = Mode::Label;
            return;
        }
        if (const auto shortLabel = lexicon().match(QStringLiteral("recommendation-short-label"), p.text);
            shortLabel.hasMatch() && p.markerKind == Kind::None) {
            start(p, index, shortLabel.captured(1), shortLabel.captured(2).trimmed(), defaultMaker(),
                  addresseeIn(shortLabel.captured(2)));
            mode = Mode::Label;
            return;
        }
        if (const auto h = lexicon().match(QStringLiteral("recommendation-heading"), p.text); h.hasMatch()) {
            close();
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
            mode = Mode::List;
            heading = false;
            motion = p.text.contains(QLatin1String("motion"), Qt::CaseInsensitive);
            listMaker = makerOf(p.text);
            listAddressee = addresseeIn(p.text);
            return;
        }
        if (!matches("recommends-that", p.text))
            return;
        for (const QString& sentence : minutes::splitSentences(p.text)) {
            const auto m = lexicon().match(QStringLiteral("recommends-that"), sentence);
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

    // Who speaks in a sentence: the body it names, "we" (the call-in's proposers or the body).
    QString makerOf(const QString& text) const
    {
        static const QRegularExpression we(QStringLiteral("^\\W*we\\b"), QRegularExpression::CaseInsensitiveOption);
        if (we.match(text).hasMatch())
            return defaultMaker();
        const QString body = RecommendationFinder::bodyIn(text, namedBodies);
        return body.isEmpty() ? defaultMaker() : body;
    }

    // Bodies named in full ("Scrutiny Committee", not "the Committee"), in order.
    static QStringList fullBodies(const QString& text)
    {
        QStringList bodies;
        for (const QRegularExpressionMatch& m : lexicon().matchAll(QStringLiteral("maker-body"), text)) {
            const QString name = stripArticle(m.captured(1));
            if (name.contains(QLatin1Char(' ')))
                bodies.append(name);
        }
        return bodies;
    }
};

} // namespace

QString RecommendationFinder::bodyIn(const QString& text, const QStringList& namedBodies)
{
    const QRegularExpressionMatch m = lexicon().match(QStringLiteral("maker-body"), text);
    QString name = m.hasMatch() ? stripArticle(m.captured(1)) : QString();
    if (name.isEmpty()) {
        static const QRegularExpression bare(
            QStringLiteral("\\b(committee|panel|group|board|council|cabinet|commission)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch b = bare.match(text);
        if (!b.hasMatch())
            return {};
        name = b.captured(1);
    }
    if (name.contains(QLatin1Char(' ')))
        return name;
    // "the Committee": the body last named in full that ends with that word.
    for (qsizetype i = namedBodies.size() - 1; i >= 0; --i) {
        if (!namedBodies.at(i).endsWith(name, Qt::CaseInsensitive))
            continue;
        // "the Cabinet Committee" after "the Children's ... Cabinet Committee": the full name.
        for (const QString& longer : namedBodies) {
            if (longer.size() > namedBodies.at(i).size()
                && longer.endsWith(QLatin1Char(' ') + namedBodies.at(i), Qt::CaseInsensitive))
                return longer;
        }
        return namedBodies.at(i);
    }
    return name.at(0).toUpper() + name.mid(1);
}

QList<FoundRecommendation> RecommendationFinder::find(const QList<RecParagraph>& paragraphs, const Context& context,
                                                      QStringList* namedBodies)
{
    Run run(context);
    for (int i = 0; i < paragraphs.size(); ++i)
        run.paragraph(paragraphs.at(i), i);
    run.endList();
    if (namedBodies)
        *namedBodies = run.namedBodies;
    return run.out;
}

} // namespace scrutineer::parse
