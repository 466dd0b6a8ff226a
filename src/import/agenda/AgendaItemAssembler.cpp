#include "agenda/AgendaItemAssembler.h"

#include "TextUtil.h"
#include "agenda/AgendaText.h"
#include "lexicon/Lexicon.h"

#include <QRegularExpression>

#include <algorithm>

namespace scrutineer::parse {
namespace {

// One line of an entry with the furniture of the entry's layout taken out.
struct Piece {
    QString text;
    qreal height = 0;
    const AgendaLine* source = nullptr;
};

QString wordsText(const QList<layout::LayoutWord>& words)
{
    layout::LayoutLine line;
    line.words = words;
    return AgendaText::lineText(line);
}

// What a Pages-column cell says: a range, the open half of a wrapped one ("79 -" ⏎ "114"), or
// a filing code at the right margin ("315-05-03"); false when it is ordinary text.
bool takeRangeText(const QString& text, const layout::LayoutLine& cell, const AgendaLine& line,
                   std::optional<PageRange>& range, int& openFirst)
{
    int first = 0;
    bool number = false;
    const int lone = text.toInt(&number);
    if (const auto bare = AgendaText::bareRange(text)) {
        range = range ? range : bare;
        return true;
    }
    if (AgendaText::isOpenBareRange(text, &first)) {
        openFirst = first;
        return true;
    }
    if (number && openFirst > 0 && lone >= openFirst) {
        range = range ? range : std::optional<PageRange>(PageRange {openFirst, lone});
        openFirst = 0;
        return true;
    }
    static const QRegularExpression code(QStringLiteral("^[0-9][0-9-]{4,}$"));
    return cell.box.left() >= line.pageWidth * 0.8 && code.match(text).hasMatch();
}

// Removes the Pages-column cell of a line, feeding the range it holds. With a known column the
// cell is every word from its x on (a long title may run close to it); otherwise the last
// cell when it sits in the right part of the page.
QList<layout::LayoutWord> takeRangeCells(const AgendaLine& line, qreal pagesColumnX, std::optional<PageRange>& range,
                                         int& openFirst)
{
    const QList<layout::LayoutWord>& words = line.line.words;
    if (words.isEmpty())
        return {};
    if (pagesColumnX > 0) {
        layout::LayoutLine column;
        QList<layout::LayoutWord> kept;
        for (const layout::LayoutWord& w : words) {
            if (w.box.left() >= pagesColumnX - 15) {
                column.words.append(w);
                column.box = column.box.isNull() ? w.box : column.box.united(w.box);
            } else {
                kept.append(w);
            }
        }
        if (column.words.isEmpty() || takeRangeText(AgendaText::lineText(column), column, line, range, openFirst))
            return kept;
        return words;
    }
    const QList<layout::LayoutLine> cells = line.line.cells(AgendaText::height(line.line) * 1.5);
    const layout::LayoutLine& last = cells.last();
    if (cells.size() > 1 && last.box.left() >= line.pageWidth * 0.6
        && takeRangeText(AgendaText::lineText(last), last, line, range, openFirst)) {
        return words.mid(0, words.size() - last.words.size());
    }
    return words;
}

QString takeTextRange(QString text, std::optional<PageRange>& range)
{
    if (const auto found = AgendaText::findRange(text)) {
        if (!range)
            range = found->range;
        text.remove(found->start, found->length);
    }
    return text::collapseWhitespace(text);
}

std::optional<QString> reportOf(const QString& text)
{
    const auto m = Lexicon::instance().match(QStringLiteral("report-of-line"), text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).trimmed();
}

std::optional<QString> presenter(const QString& text)
{
    static const QRegularExpression bracket(QStringLiteral("^\\(([^()]+)\\)$"));
    const auto m = bracket.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).trimmed();
}

// A line set justified: the space between its words is stretched well beyond a word space, as
// every line of a justified paragraph is but its last. A title set that way goes on below.
bool stretched(const AgendaLine& line, bool numbered)
{
    const QList<layout::LayoutWord>& words = line.line.words;
    QList<qreal> gaps;
    for (qsizetype w = numbered ? 2 : 1; w < words.size(); ++w) {
        if (words.at(w).text.startsWith(QLatin1String("(Page"), Qt::CaseInsensitive))
            return false; // the range closes the title
        gaps.append(words.at(w).box.left() - words.at(w - 1).box.right());
    }
    if (gaps.size() < 3)
        return false;
    // The middle gap: one wide gap between columns does not make a line justified.
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
    return gaps.at(gaps.size() / 2) > 0.6 * AgendaText::height(line.line);
}

// "MEETING MINUTES – Staff recommends …": the capitals are the title, the sentence describes it.
void splitCapitalTitle(AgendaItem& item)
{
    static const QRegularExpression split(QStringLiteral("^(.+?)\\s+[-\u2013\u2014]\\s+(.+)$"));
    const auto m = split.match(item.title);
    // A reference before the dash ("23/01234/FUL - Land east of …") is part of the title.
    if (!m.hasMatch())
        return;
    const QString capitals = m.captured(1);
    const auto letters = std::count_if(capitals.cbegin(), capitals.cend(), [](QChar c) { return c.isLetter(); });
    if (letters < 4 || !text::isMostlyUpperCase(capitals) || text::isMostlyUpperCase(m.captured(2)))
        return;
    const QString sentence = m.captured(2);
    item.title = m.captured(1);
    item.description = item.description.isEmpty() ? sentence : AgendaText::joinWrapped(sentence, item.description);
}

// The title, report-of and description from the pieces after the first.
void readBody(AgendaItem& item, const QList<Piece>& pieces, std::optional<PageRange>& range, bool lettered)
{
    const Piece& first = pieces.first();
    const bool titleUpper = text::isMostlyUpperCase(item.title);
    bool titleDone = false;
    bool descriptionDone = false;
    bool readingReportOf = false;
    // A wrapped title whose range sits on a later line ("… Committees – Government" ⏎
    // "Response to DCLG Select Committee Report (Pages 155 - 232)"), or whose dot leader does
    // ("… Progress Update and Enhanced" ⏎ "Partnership Variation ........ Pages 37 - 58").
    int rangeLine = 0;
    if (!range && first.source->leaderCell.isEmpty()) {
        for (int k = 1; k < pieces.size() && k <= 2; ++k) {
            const qreal g = AgendaRegion::gap(*pieces.at(k - 1).source, *pieces.at(k).source);
            if (g > first.height * 0.6)
                break;
            if (AgendaText::findRange(pieces.at(k).text) || !pieces.at(k).source->leaderCell.isEmpty()) {
                rangeLine = k;
                break;
            }
        }
    }
    for (int k = 1; k < pieces.size(); ++k) {
        const Piece& piece = pieces.at(k);
        const qreal g = AgendaRegion::gap(*pieces.at(k - 1).source, *piece.source);
        QString text = piece.text;
        if (!titleDone) {
            const qreal limit = first.height * (lettered ? 0.8 : 0.6);
            const bool upperWrap = titleUpper && text::isMostlyUpperCase(text)
                && std::abs(piece.height - first.height) <= 1.0 && !presenter(text);
            // A table's title cell wraps within its row, whatever case the next line begins in.
            const bool unfinished = AgendaText::endsWithConnector(item.title) || text.at(0).isLower()
                || ((piece.source->tableRow == AgendaTableRow::Cell || stretched(*pieces.at(k - 1).source, k == 1))
                    && !presenter(text) && !reportOf(text));
            if (k <= rangeLine || (g <= limit && (upperWrap || unfinished))) {
                item.title = AgendaText::joinWrapped(item.title, takeTextRange(text, range));
                if (!range)
                    range = piece.source->leaderRange;
                continue;
            }
            titleDone = true;
        }
        if (const auto who = lettered ? presenter(text) : reportOf(text); who && item.reportOf.isEmpty()) {
            item.reportOf = *who;
            readingReportOf = true;
            continue;
        }
        // "Report of the Executive Director (Place) and the Head of" ⏎ "Regeneration"
        if (readingReportOf && g <= first.height * 0.6
            && (AgendaText::endsWithConnector(item.reportOf) || text.at(0).isLower())) {
            item.reportOf = AgendaText::joinWrapped(item.reportOf, text);
            continue;
        }
        readingReportOf = false;
        if (descriptionDone)
            continue;
        if (item.description.isEmpty()) {
            if (g > first.height * 2.5) {
                descriptionDone = true;
                continue;
            }
            item.description = takeTextRange(text, range);
            if (!range)
                range = piece.source->leaderRange;
        } else if (g <= first.height * 0.6) {
            item.description = AgendaText::joinWrapped(item.description, takeTextRange(text, range));
        } else {
            descriptionDone = true;
        }
    }
}

} // namespace

AgendaItem AgendaItemAssembler::assemble(const ItemDraft& draft, qreal pagesColumnX)
{
    AgendaItem item;
    item.number = draft.number;
    item.pdfPage = draft.lines.first().page;
    std::optional<PageRange> range = draft.lines.first().leftRange;
    int openFirst = 0;

    // Lettered US entries carry a left-aligned file-number / type column ("23-0028", "REPORT",
    // "Recommendation:") between the letter and the centred title.
    qreal metaX = -1;
    const AgendaLine& head = draft.lines.first();
    if (draft.lettered && head.line.words.size() > 2) {
        const qreal h = AgendaText::height(head.line);
        if (head.line.words.at(2).box.left() - head.line.words.at(1).box.right() > h * 1.5)
            metaX = head.line.words.at(1).box.left();
    }

    QList<Piece> pieces;
    for (int k = 0; k < draft.lines.size(); ++k) {
        const AgendaLine& line = draft.lines.at(k);
        if (k == 0 && !range)
            range = line.leaderRange; // the pages a dot leader leads to
        AgendaLine filtered = line;
        if (metaX >= 0) {
            filtered.line.words.clear();
            for (int w = (k == 0 ? draft.start.restWord : 0); w < line.line.words.size(); ++w) {
                if (std::abs(line.line.words.at(w).box.left() - metaX) > 3)
                    filtered.line.words.append(line.line.words.at(w));
            }
        } else if (k == 0) {
            filtered.line.words = line.line.words.mid(draft.start.restWord);
        }
        const QString text = wordsText(takeRangeCells(filtered, pagesColumnX, range, openFirst));
        if (text.isEmpty())
            continue;
        pieces.append(
            Piece {k == 0 ? takeTextRange(text, range) : text, AgendaText::height(line.line), &draft.lines.at(k)});
    }
    // A range broken over the line end: "… Service (Pages" ⏎ "277 - 326)".
    static const QRegularExpression openRange(Lexicon::instance().alternation(QStringLiteral("agenda-pages-open")),
                                              QRegularExpression::CaseInsensitiveOption);
    for (qsizetype k = 0; k + 1 < pieces.size(); ++k) {
        if (const auto m = openRange.match(pieces.at(k).text); m.hasMatch()) {
            pieces[k + 1].text = m.captured(0).trimmed() + QLatin1Char(' ') + pieces.at(k + 1).text;
            pieces[k].text.truncate(m.capturedStart());
        }
    }
    if (pieces.isEmpty())
        return item;
    item.title = pieces.first().text;
    readBody(item, pieces, range, draft.lettered);
    // An agenda table's Lead / Presenter cell, wrapped over the row's lines.
    QString lead;
    for (const AgendaLine& line : draft.lines) {
        if (!line.leadCell.isEmpty())
            lead = lead.isEmpty() ? line.leadCell : AgendaText::joinWrapped(lead, line.leadCell);
    }
    if (!lead.isEmpty())
        item.reportOf = lead;
    item.packPages = range;
    splitCapitalTitle(item);
    return item;
}

AgendaItem AgendaItemAssembler::assembleHeading(const QString& heading, const QString& aside,
                                                const QList<AgendaLine>& lines)
{
    AgendaItem item;
    item.number = QStringLiteral("");
    item.title = heading;
    item.pdfPage = lines.isEmpty() ? 0 : lines.first().page;
    item.description = aside;
    bool started = false;
    for (int k = 1; k < lines.size(); ++k) {
        const qreal h = AgendaText::height(lines.at(k - 1).line);
        const qreal g = AgendaRegion::gap(lines.at(k - 1), lines.at(k));
        if (g > h * (started ? 0.6 : 2.5))
            break;
        item.description = AgendaText::joinWrapped(item.description, lines.at(k).text);
        started = true;
    }
    return item;
}

} // namespace scrutineer::parse
