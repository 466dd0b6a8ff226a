#include "recommendations/RecommendationParser.h"

#include "lexicon/Lexicon.h"
#include "minutes/MinutesLines.h"
#include "minutes/PageLines.h"
#include "recommendations/ProseResponseFinder.h"
#include "recommendations/RecommendationFinder.h"
#include "recommendations/RecommendationParagraphs.h"
#include "recommendations/ResponseTableReader.h"

#include <QSet>

#include <optional>

namespace scrutineer::parse {
namespace {

// A table row and a sentence earlier in the document that print the same recommendation.
constexpr double kSameText = 0.6;

// What the first pages say about the document: its author, a call-in's proposer.
RecommendationFinder::Context contextOf(const QList<MinutesLine>& lines, const QString& body)
{
    const Lexicon& lexicon = Lexicon::instance();
    RecommendationFinder::Context context;
    context.body = body;
    int callIns = 0;
    for (const MinutesLine& line : lines) {
        callIns += lexicon.matches(QStringLiteral("call-in"), line.text) ? 1 : 0;
        if (line.page > 2)
            continue;
        if (context.proposer.isEmpty()) {
            if (const auto m = lexicon.match(QStringLiteral("call-in-proposer"), line.text); m.hasMatch())
                context.proposer = m.captured(1).trimmed();
        }
        if (context.author.isEmpty() && line.page == 1) {
            if (const auto m = lexicon.match(QStringLiteral("report-author"), line.text); m.hasMatch())
                context.author = m.captured(1).trimmed();
        }
    }
    context.callIn = callIns >= 2 || !context.proposer.isEmpty();
    return context;
}

// Lines inside a response table are the table's, not running text.
QList<bool> tableLines(const QList<MinutesLine>& lines, const QList<RoleTableResult>& tables)
{
    QList<bool> skip(lines.size(), false);
    for (const RoleTableResult& table : tables) {
        const int first = table.header.pageNumber;
        const int last = table.lastPage;
        // The last row runs down from its top for as many lines as it holds, each at most 1.6 of
        // its first line's heights below the one before (16 pt in 10 pt type), at any type size.
        qreal lastBottom = 1e9;
        if (!table.rows.isEmpty() && table.rows.last().row.pdfPage == last) {
            const TableRow& row = table.rows.last().row;
            const MinutesLine* opening = nullptr;
            for (const MinutesLine& line : lines) {
                if (line.page == last && (!opening || std::abs(line.top - row.top) < std::abs(opening->top - row.top)))
                    opening = &line;
            }
            const qreal height = opening && opening->height > 0 ? opening->height : 10.0;
            lastBottom = row.top + 1.6 * height * std::max(1, row.lineCount);
        }
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const MinutesLine& line = lines.at(i);
            const bool after = line.page > first || (line.page == first && line.top >= table.header.top - 1);
            const bool before = line.page < last || (line.page == last && line.top <= lastBottom);
            if (after && before)
                skip[i] = true;
        }
    }
    return skip;
}

// True when one of the last lines of the page starts a list item ("(m) Revise ...").
bool endsInList(const PageLines& pageLines, int page)
{
    const QList<MinutesLine> lines = pageLines.collect(page, page);
    for (qsizetype i = std::max<qsizetype>(0, lines.size() - 6); i < lines.size(); ++i) {
        QString marker;
        QString rest;
        RecParagraph::MarkerKind kind = RecParagraph::MarkerKind::None;
        if (recparagraphs::splitMarker(lines.at(i).text, marker, kind, rest))
            return true;
    }
    return false;
}

// The body lines of the pages worth reading: those that name a recommendation, a response or a
// call-in, the page after each (a list runs on over the break), and the response tables' pages.
QList<MinutesLine> linesToRead(const layout::LayoutDocument& document, const PageLines& pageLines,
                               const QList<RoleTableResult>& tables)
{
    const Lexicon& lexicon = Lexicon::instance();
    QSet<int> wanted;
    for (const layout::LayoutPage& page : document.pages) {
        QStringList words;
        words.reserve(page.words.size());
        for (const layout::LayoutWord& word : page.words)
            words.append(word.text);
        if (!words.isEmpty() && lexicon.mayMatch(QStringLiteral("recommendation-page"), words)) {
            wanted.insert(page.number);
            wanted.insert(page.number + 1);
        }
    }
    for (const RoleTableResult& table : tables) {
        for (int n = table.header.pageNumber; n <= table.lastPage; ++n)
            wanted.insert(n);
    }
    // A list still running at the foot of a page read goes on over the break: its next page too.
    for (const layout::LayoutPage& page : document.pages) {
        if (wanted.contains(page.number) && !wanted.contains(page.number + 1) && endsInList(pageLines, page.number))
            wanted.insert(page.number + 1);
    }
    QList<MinutesLine> lines;
    int runStart = -1;
    int previous = -1;
    const auto flush = [&] {
        if (runStart > 0)
            lines += pageLines.collect(runStart, previous);
    };
    for (const layout::LayoutPage& page : document.pages) {
        if (!wanted.contains(page.number))
            continue;
        if (runStart < 0 || page.number != previous + 1) {
            flush();
            runStart = page.number;
        }
        previous = page.number;
    }
    flush();
    return lines;
}

} // namespace

RecommendationResult RecommendationParser::parse(const layout::LayoutDocument& document, const Context& context)
{
    RecommendationResult result;
    if (document.pages.isEmpty())
        return result;
    // The lines of every page, prepared once (the caller may have done it for the minutes too).
    std::optional<PageLines> own;
    const PageLines& pageLines = context.lines ? *context.lines : own.emplace(document);
    const QList<MinutesLine> lines = linesToRead(document, pageLines, context.responseTables);
    RecommendationFinder::Context finderContext = contextOf(lines, context.body);
    finderContext.pack = context.pack;
    const QList<RecParagraph> paragraphs = recparagraphs::cut(lines, tableLines(lines, context.responseTables));
    QStringList bodies;
    QList<FoundRecommendation> found = RecommendationFinder::find(paragraphs, finderContext, &bodies);
    const ProseResponseFinder::Output prose = ProseResponseFinder::find(paragraphs, found, finderContext);
    const ResponseTableReader::Output table = ResponseTableReader::read(
        context.responseTables, paragraphs,
        finderContext.proposer.isEmpty() ? finderContext.body : finderContext.proposer, bodies, document.fileName);

    // A table row restating a recommendation printed earlier as a sentence is that one: the row
    // keeps it (with its response) and takes who made it from the sentence.
    QList<Recommendation> rows = table.recommendations;
    QList<bool> dropped(found.size(), false);
    for (Recommendation& row : rows) {
        for (int i = 0; i < found.size(); ++i) {
            const Recommendation& sentence = found.at(i).recommendation;
            if (dropped.at(i) || recommendation::textSimilarity(row.text, sentence.text) < kSameText)
                continue;
            row.madeBy = sentence.madeBy;
            row.source = sentence.source;
            row.quotedIn = sentence.quotedIn; // the document printed it as its own first
            if (row.addressedTo.isEmpty())
                row.addressedTo = sentence.addressedTo;
            dropped[i] = true;
            break;
        }
    }
    QList<int> index(found.size(), -1); // found -> result
    for (int i = 0; i < found.size(); ++i) {
        if (dropped.at(i))
            continue;
        index[i] = int(result.recommendations.size());
        result.recommendations.append(found.at(i).recommendation);
    }
    for (const FoundRecommendation& outcome : prose.outcomes)
        result.recommendations.append(outcome.recommendation);
    const int tableBase = int(result.recommendations.size());
    result.recommendations += rows;

    for (RecommendationResponse response : prose.responses) {
        response.recommendationIndex = index.value(response.recommendationIndex, -1);
        if (response.recommendationIndex < 0) {
            // Unlinked in its paragraph: by number, else by text, among this document's own.
            QList<recommendation::Candidate> candidates;
            for (const Recommendation& r : std::as_const(result.recommendations))
                candidates.append(recommendation::candidate(r.number, r.text));
            const recommendation::Link link = recommendation::link(response.number, response.quotedText, candidates);
            response.recommendationIndex = link.index;
        }
        result.responses.append(response);
    }
    for (RecommendationResponse response : table.responses) {
        response.recommendationIndex += tableBase;
        result.responses.append(response);
    }
    for (RecommendationUpdate update : table.updates) {
        update.recommendationIndex += tableBase;
        result.updates.append(update);
    }
    // A recommendation printed with the executive's answer under it ("Response: ...") is quoted
    // from the report that made it.
    for (const RecommendationResponse& response : std::as_const(result.responses)) {
        const int i = response.recommendationIndex;
        if (i >= 0 && i < tableBase && response.decisionText.isEmpty())
            result.recommendations[i].quotedIn = document.fileName;
    }
    return result;
}

} // namespace scrutineer::parse
