#include "recommendations/ResponseTableReader.h"

#include "DateText.h"
#include "lexicon/Lexicon.h"
#include "minutes/MinutesLines.h"
#include "recommendations/ProseResponseFinder.h"
#include "recommendations/RecommendationFinder.h"
#include "tables/RefCell.h"
#include "tables/TableBuilder.h"

#include <utility>

#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

// Who asked: the table's title, else the paragraphs just above the table.
QString makerFor(const RoleTableResult& table, const QString& section, const QList<RecParagraph>& paragraphs,
                 const QStringList& namedBodies)
{
    if (const QString body = RecommendationFinder::bodyIn(section, namedBodies); !body.isEmpty())
        return body;
    int checked = 0;
    for (qsizetype i = paragraphs.size() - 1; i >= 0 && checked < 2; --i) {
        const RecParagraph& p = paragraphs.at(i);
        if (p.page > table.header.pageNumber || (p.page == table.header.pageNumber && p.top >= table.header.top))
            continue;
        ++checked;
        if (const QString body = RecommendationFinder::bodyIn(p.text, namedBodies); !body.isEmpty())
            return body;
    }
    return {};
}

// A row restating a passage the document quoted earlier ("Council resolved the following:" over
// the resolution's words) was made by the body the passage's lead-in names.
QString makerOfQuotedPassage(const QString& text, const RoleTableResult& table, const QList<RecParagraph>& paragraphs,
                             const QStringList& namedBodies)
{
    constexpr double kSamePassage = 0.6;
    constexpr int kPagesBack = 10; // a paper quotes what it answers a few pages before its table
    double best = kSamePassage;
    int found = -1;
    for (int i = 1; i < paragraphs.size(); ++i) {
        const RecParagraph& p = paragraphs.at(i);
        if (p.page > table.header.pageNumber || (p.page == table.header.pageNumber && p.top >= table.header.top))
            break;
        if (!paragraphs.at(i - 1).endsWithColon || p.page < table.header.pageNumber - kPagesBack)
            continue;
        const double similarity = recommendation::textSimilarity(text, p.text);
        if (similarity >= best) {
            best = similarity;
            found = i;
        }
    }
    return found > 0 ? RecommendationFinder::bodyIn(paragraphs.at(found - 1).text, namedBodies) : QString();
}

// The date of the executive's response that a sentence before the table states ("Cabinet
// response of 16 January 2025" in the table's lead-in): the nearest such sentence above the
// header, on its page or on the pages just before. Empty when none does.
QString responseDateAbove(const RoleTableResult& table, const QList<RecParagraph>& paragraphs)
{
    for (qsizetype i = paragraphs.size() - 1; i >= 0; --i) {
        const RecParagraph& p = paragraphs.at(i);
        if (p.page > table.header.pageNumber || (p.page == table.header.pageNumber && p.top >= table.header.top))
            continue;
        if (p.page < table.header.pageNumber - ProseResponseFinder::kDatedPages)
            break;
        if (!Lexicon::instance().mayHold(QStringLiteral("response-dated"), p.text))
            continue;
        const QStringList sentences = minutes::splitSentences(p.text);
        for (qsizetype k = sentences.size() - 1; k >= 0; --k) {
            if (const QString date = ProseResponseFinder::responseDateIn(sentences.at(k)); !date.isEmpty())
                return date;
        }
    }
    return {};
}

// The heading of the table's comment column, when it is the executive's answer rather than a
// progress update ("Cabinet comment", "Reasons").
bool commentAnswers(const RoleTableResult& table)
{
    for (const TableColumn& column : table.header.columns) {
        if (column.key == QLatin1String("commentary"))
            return Lexicon::instance().matches(QStringLiteral("comment-answers"),
                                               Lexicon::headingWords(column.heading).join(QLatin1Char(' ')));
    }
    return false;
}

// A cell's text, or nothing when it is only a dash or other marks ("-", "–": none given).
QString said(const QString& cell)
{
    const QString text = cell.trimmed();
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return text;
    }
    return {};
}

// A response cell that states the decision and nothing more ("Accepted", "Partially accepted").
bool onlyADecision(const QString& response)
{
    constexpr int kDecisionWords = 4;
    return !response.isEmpty() && response.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= kDecisionWords
        && ResponseTableReader::decisionOf(response, false) != ResponseDecision::Pending;
}

// True when `text` states a decision and nothing more ("Partially accepted", "Not agreed.").
bool wholeDecision(const QString& text)
{
    for (const char* cue : {"response-partly", "response-rejected", "response-accepted", "response-noted"}) {
        const QRegularExpressionMatch m = Lexicon::instance().match(QLatin1String(cue), text);
        if (!m.hasMatch() || m.capturedStart(0) > 2)
            continue;
        bool more = false;
        for (qsizetype i = m.capturedEnd(0); i < text.size() && !more; ++i)
            more = text.at(i).isLetterOrNumber();
        if (!more)
            return true;
    }
    return false;
}

// A response cell whose first line or two state the decision alone over the executive's comment
// ("Partially accepted" over "Outcome-based commissioning will be piloted ..."): how many lines
// the decision takes, 0 when the cell does not open that way or holds nothing else.
qsizetype decisionLines(const QStringList& cell)
{
    constexpr qsizetype kMostDecisionLines = 2; // "Partially" over "accepted"
    qsizetype taken = 0;
    for (qsizetype k = 1; k <= kMostDecisionLines && k < cell.size(); ++k) {
        if (wholeDecision(TableBuilder::joinLines(cell.mid(0, k)).trimmed()))
            taken = k;
    }
    return taken;
}

// A response cell whose first sentence states the decision alone, the comment running on after it
// on the same line ("Accepted. The policy will be published with a summary."): where that sentence
// ends (after its full stop), or -1 when the cell does not open that way.
qsizetype decisionSentenceEnd(const QString& response)
{
    constexpr qsizetype kLongestDecision = 40; // "Accepted in part, subject to funding."
    const qsizetype stop = response.indexOf(QLatin1String(". "));
    if (stop <= 0 || stop > kLongestDecision)
        return -1;
    return wholeDecision(response.left(stop + 1)) ? stop + 1 : -1;
}

// A progress cell of several entries each opening with its date ("Update 9 July 2024: ..." over
// "Update 14 January 2025: ..."): the entries and their ISO dates, in the cell's order. One entry
// with no date when no line opens that way; lines before the first dated one are an entry of
// their own.
QList<std::pair<QString, QString>> datedEntries(const QStringList& lines)
{
    QList<std::pair<QString, QString>> entries; // date, text
    QStringList current;
    QString date;
    const auto flush = [&] {
        const QString text = TableBuilder::joinLines(current).trimmed();
        if (!text.isEmpty())
            entries.append({date, text});
        current.clear();
    };
    for (const QString& line : lines) {
        const QRegularExpressionMatch m = Lexicon::instance().match(QStringLiteral("dated-update"), line.trimmed());
        const QList<datetext::DateMatch> dates = m.hasMatch() ? datetext::findDates(m.captured(1)) : QList<datetext::DateMatch> {};
        if (!dates.isEmpty()) {
            flush();
            date = dates.first().date.toString(Qt::ISODate);
        }
        current.append(line);
    }
    flush();
    return entries;
}

} // namespace

ResponseDecision ResponseTableReader::decisionOf(const QString& text, bool anywhere)
{
    const Lexicon& lexicon = Lexicon::instance();
    if (anywhere && lexicon.matches(QStringLiteral("decision-cell-yes"), text))
        return ResponseDecision::Accepted;
    if (anywhere && lexicon.matches(QStringLiteral("decision-cell-no"), text))
        return ResponseDecision::Rejected;
    const std::pair<const char*, ResponseDecision> cues[] = {{"response-partly", ResponseDecision::Partly},
                                                             {"response-rejected", ResponseDecision::Rejected},
                                                             {"response-accepted", ResponseDecision::Accepted},
                                                             {"response-noted", ResponseDecision::Noted}};
    for (const auto& [cue, decision] : cues) {
        const QRegularExpressionMatch m = lexicon.match(QLatin1String(cue), text);
        if (m.hasMatch() && (anywhere || m.capturedStart(0) <= 2))
            return decision;
    }
    return ResponseDecision::Pending;
}

QList<std::pair<QString, QString>> ResponseTableReader::splitCell(const QStringList& lines)
{
    QList<std::pair<QString, QString>> items;
    QStringList current;
    QString number;
    bool underLeadIn = false; // bullets after "... to enable:" belong to the recommendation
    const auto flush = [&] {
        const QString text = TableBuilder::joinLines(current).trimmed();
        if (!text.isEmpty())
            items.append({number, text});
        current.clear();
        number.clear();
        underLeadIn = false;
    };
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QString marker;
        QString rest;
        RecParagraph::MarkerKind kind = RecParagraph::MarkerKind::None;
        const bool marked = recparagraphs::splitMarker(line, marker, kind, rest);
        const QString sofar = TableBuilder::joinLines(current).trimmed();
        if (sofar.endsWith(QLatin1Char(':')) || sofar.endsWith(QLatin1String(":-")))
            underLeadIn = true;
        const bool ended = sofar.endsWith(QLatin1Char(';')) || sofar.endsWith(QLatin1Char('.'))
            || sofar.endsWith(QLatin1String("; and")) || sofar.endsWith(QLatin1String("; or"));
        if (marked && kind != RecParagraph::MarkerKind::Bullet) {
            flush();
            number = marker;
            current.append(rest);
        } else if (marked) {
            if (underLeadIn) {
                current.append(line);
            } else {
                flush();
                current.append(rest);
            }
        } else if (!current.isEmpty() && ended && !underLeadIn && line.at(0).isUpper()) {
            flush();
            current.append(line);
        } else {
            current.append(line);
        }
    }
    flush();
    return items;
}

ResponseTableReader::Output ResponseTableReader::read(const QList<RoleTableResult>& tables,
                                                      const QList<RecParagraph>& paragraphs,
                                                      const QString& defaultMaker, const QStringList& namedBodies,
                                                      const QString& document)
{
    Output out;
    for (const RoleTableResult& table : tables) {
        const QString answered = responseDateAbove(table, paragraphs);
        for (const RoleRow& row : table.rows) {
            const QList<std::pair<QString, QString>> items
                = splitCell(row.row.cells.value(QStringLiteral("recommendation")));
            if (items.isEmpty())
                continue;
            QString maker = makerFor(table, row.section, paragraphs, namedBodies);
            if (maker.isEmpty())
                maker = defaultMaker;
            QString response = row.row.text(QStringLiteral("response")).trimmed();
            QString decisionCell = row.row.text(QStringLiteral("decision")).trimmed();
            QString progress = row.row.text(QStringLiteral("commentary")).trimmed();
            const QString status = row.row.text(QStringLiteral("status")).trimmed();
            // "Response: Accepted | Cabinet comment: …": the decision stands alone and the comment
            // beside it is the answer's text.
            if (decisionCell.isEmpty() && !progress.isEmpty() && onlyADecision(response) && commentAnswers(table)) {
                decisionCell = std::exchange(response, std::exchange(progress, QString()));
            }
            if (decisionCell.isEmpty()) {
                const QStringList lines = row.row.cells.value(QStringLiteral("response"));
                if (const qsizetype taken = decisionLines(lines); taken > 0) {
                    decisionCell = TableBuilder::joinLines(lines.mid(0, taken)).trimmed();
                    response = TableBuilder::joinLines(lines.mid(taken)).trimmed();
                } else if (const qsizetype end = decisionSentenceEnd(response); end > 0) {
                    decisionCell = response.left(end - 1).trimmed();
                    response = response.mid(end).trimmed();
                }
            }
            // A row numbered in a column of its own ("No. | Recommendation"), one recommendation to it.
            const QString rowRef = row.row.text(QStringLiteral("ref")).trimmed();
            for (const auto& [printed, text] : items) {
                const QString number
                    = printed.isEmpty() && items.size() == 1 && RefCell::isRef(rowRef) ? rowRef : printed;
                Recommendation r;
                r.number = number;
                r.text = text;
                const QString quoted = makerOfQuotedPassage(text, table, paragraphs, namedBodies);
                r.madeBy = quoted.isEmpty() ? maker : quoted;
                r.source = r.madeBy.isEmpty() ? RecommendationSource::Unknown
                    : Lexicon::instance().matches(QStringLiteral("working-group"), r.madeBy)
                    ? RecommendationSource::WorkingGroup
                    : RecommendationSource::Committee;
                r.pdfPage = row.row.pdfPage;
                r.quotedIn = document;
                out.recommendations.append(r);
                // Entries stacked in the progress cell, each with its date, are updates of their
                // own; the status printed beside them is the latest's.
                QList<std::pair<QString, QString>> entries = progress.isEmpty()
                    ? QList<std::pair<QString, QString>> {}
                    : datedEntries(row.row.cells.value(QStringLiteral("commentary")));
                if (entries.size() < 2)
                    entries = {{entries.isEmpty() ? QString() : entries.first().first, progress}};
                qsizetype latest = 0;
                for (qsizetype k = 1; k < entries.size(); ++k)
                    latest = entries.at(k).first >= entries.at(latest).first ? k : latest;
                for (qsizetype k = 0; k < entries.size() && (!progress.isEmpty() || !status.isEmpty()); ++k) {
                    RecommendationUpdate update;
                    update.recommendationIndex = int(out.recommendations.size()) - 1;
                    update.number = number;
                    update.quotedText = text;
                    update.date = entries.at(k).first;
                    update.text = entries.at(k).second;
                    update.statusText = k == latest ? status : QString();
                    update.pdfPage = row.row.pdfPage;
                    out.updates.append(update);
                }
                if (response.isEmpty() && decisionCell.isEmpty())
                    continue; // empty = no response yet: pending
                RecommendationResponse answer;
                answer.recommendationIndex = int(out.recommendations.size()) - 1;
                answer.number = number;
                answer.quotedText = text;
                answer.text = response;
                answer.decisionText = decisionCell;
                answer.date = answered;
                answer.decision = decisionCell.isEmpty() ? decisionOf(response, false) : decisionOf(decisionCell, true);
                answer.lead = said(row.row.text(QStringLiteral("owner")));
                answer.dueText = said(row.row.text(QStringLiteral("due")));
                answer.due = datetext::parseDueDate(answer.dueText);
                answer.pdfPage = row.row.pdfPage;
                out.responses.append(answer);
            }
        }
    }
    return out;
}

} // namespace scrutineer::parse
