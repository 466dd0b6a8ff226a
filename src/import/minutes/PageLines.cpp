#include "minutes/PageLines.h"

#include "lexicon/Lexicon.h"

#include "TextUtil.h"
#include "layout/LineBuilder.h"
#include "pages/MarginZone.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace scrutineer::parse {
namespace {

// Cells of a line split at gaps wider than justified spacing between words of one cell: a share of
// the line's type height (the median height of its words), 14 pt for the usual 11.5 pt word box,
// so that large type's wide spaces stay in one cell and small type's narrow columns still split.
constexpr qreal kLineCellGapShare = 1.2;

qreal minutesCellGap(const layout::LayoutLine& line)
{
    QList<qreal> heights;
    heights.reserve(line.words.size());
    for (const layout::LayoutWord& word : line.words)
        heights.append(word.box.height());
    if (heights.isEmpty())
        return 0;
    auto middle = heights.begin() + heights.size() / 2;
    std::nth_element(heights.begin(), middle, heights.end());
    return kLineCellGapShare * *middle;
}

bool isMarginStampText(const QString& text)
{
    static const QRegularExpression stamp(Lexicon::instance().alternation(QStringLiteral("margin-stamp-text")),
                                          QRegularExpression::CaseInsensitiveOption);
    return stamp.match(text).hasMatch();
}

// A running line's place is its top in steps of this share of its height (4 pt for the usual
// 11.5 pt line box), so that the same header on a page printed larger or smaller keeps one key.
constexpr qreal kRepeatStepShare = 0.35;

QString runningLineKey(const QString& text, qreal top, qreal height)
{
    QString key = text::normaliseForMatch(text);
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    key.remove(digits);
    const qreal step = height > 0 ? kRepeatStepShare * height : 4.0;
    return key + QLatin1Char('@') + QString::number(qRound(top / step));
}

// The bands reach as far past the paper's edge share as the page's content is set in (MarginZone).
bool inRunningBand(const layout::LayoutLine& line, const MarginZone& zone)
{
    const qreal height = zone.pageSize().height();
    return line.box.top() - zone.topSetIn() < height * 0.16 || line.box.bottom() + zone.bottomSetIn() > height * 0.88;
}

} // namespace

PageLines::Page PageLines::prepare(const layout::LayoutPage& page)
{
    Page prepared;
    prepared.number = page.number;
    const QList<layout::LayoutLine> lines
        = page.lines.isEmpty() && page.hasText() ? layout::buildLines(page.words, page.number) : page.lines;
    const qreal pageHeight = page.size.height() > 0 ? page.size.height() : 842.0;
    const qreal pageWidth = page.size.width() > 0 ? page.size.width() : 595.0;
    const MarginZone zone(page);
    prepared.lines.reserve(lines.size());
    for (const layout::LayoutLine& raw : lines) {
        Line line;
        const QString words = raw.text();
        line.inBand = inRunningBand(raw, zone);
        if (line.inBand)
            line.repeatKey = runningLineKey(words, raw.box.top(), raw.box.height());
        line.line.text = text::collapseWhitespace(words);
        if (!line.line.text.isEmpty()) {
            const bool inMargin = zone.inTop(raw.box) || raw.box.bottom() > pageHeight - zone.bottom()
                || raw.box.left() > pageWidth - zone.right();
            line.marginStamp = inMargin && isMarginStampText(line.line.text);
            line.line.page = page.number;
            line.line.left = raw.box.left();
            line.line.top = raw.box.top();
            line.line.right = raw.box.right();
            line.line.height = raw.box.height();
            if (!raw.words.isEmpty())
                line.line.firstWordRight = raw.words.first().box.right();
            if (raw.words.size() > 1)
                line.line.secondWordLeft = raw.words.at(1).box.left();
            if (!line.marginStamp) {
                for (const layout::LayoutLine& cell : raw.cells(minutesCellGap(raw)))
                    line.line.cells.append({cell.box.left(), text::collapseWhitespace(cell.text())});
            }
            line.bottom = raw.box.bottom();
        }
        prepared.lines.append(std::move(line));
    }
    return prepared;
}

PageLines::PageLines(const layout::LayoutDocument& document, int threads)
{
    const qsizetype count = document.pages.size();
    m_pages.resize(count);
    Page* slot = m_pages.data(); // each thread fills the slots it takes
    std::atomic<qsizetype> next {0};
    auto work = [&] {
        for (qsizetype i = next.fetch_add(1); i < count; i = next.fetch_add(1))
            slot[i] = prepare(document.pages.at(i));
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < std::min<qsizetype>(threads, count / 8 + 1); ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread& helper : helpers)
        helper.join();
}

PageLines::PageLines(const layout::LayoutDocument& document, Shared)
    : m_document(&document), m_unprepared(std::make_unique<std::latch>(document.pages.size()))
{
    m_pages.resize(document.pages.size());
    m_slots = m_pages.data(); // detached here, once: the helpers only write through it
}

void PageLines::help()
{
    if (!m_unprepared)
        return; // prepared when made
    const qsizetype count = m_pages.size();
    for (qsizetype i = m_next.fetch_add(1); i < count; i = m_next.fetch_add(1)) {
        m_slots[i] = prepare(m_document->pages.at(i)); // each slot by the thread that took it
        m_unprepared->count_down();
    }
    m_unprepared->wait();
}

PageLines::PageLines(const layout::LayoutDocument& document, int firstPage, int lastPage)
{
    for (const layout::LayoutPage& page : document.pages) {
        if (page.number >= firstPage && page.number <= lastPage)
            m_pages.append(prepare(page));
    }
}

QList<MinutesLine> PageLines::collect(int firstPage, int lastPage) const
{
    QHash<QString, QSet<int>> repeats;
    for (const Page& page : m_pages) {
        if (page.number < firstPage || page.number > lastPage)
            continue;
        for (const Line& line : page.lines) {
            if (line.inBand)
                repeats[line.repeatKey].insert(page.number);
        }
    }
    // A running header repeats on most pages; two chance look-alikes ("(Item 3)", "(Item 11)"
    // at the foot of two pages) do not make one.
    const int pageCount = std::max(1, lastPage - firstPage + 1);
    const int minRepeats = pageCount <= 3 ? 2 : std::max(3, pageCount / 3);
    QList<MinutesLine> out;
    int currentPage = -1;
    qreal previousBottom = 0;
    for (const Page& page : m_pages) {
        if (page.number < firstPage || page.number > lastPage)
            continue;
        for (const Line& prepared : page.lines) {
            if (prepared.line.text.isEmpty() || prepared.marginStamp)
                continue;
            if (prepared.inBand && repeats.value(prepared.repeatKey).size() >= minRepeats)
                continue;
            MinutesLine line = prepared.line;
            if (line.page != currentPage) {
                line.gapBefore = -1;
                currentPage = line.page;
            } else {
                line.gapBefore = std::max<qreal>(0, line.top - previousBottom);
            }
            previousBottom = prepared.bottom;
            out.append(std::move(line));
        }
    }
    return out;
}

} // namespace scrutineer::parse
