#include "pages/MarginZone.h"

#include <algorithm>
#include <optional>

namespace scrutineer::parse {
namespace {

// A word's extent across one edge's zone: how far in it starts and ends, and its type size.
struct Span {
    qreal from = 0;
    qreal to = 0;
    qreal size = 0;
};

// A band apart: the gap after the outermost band of words is at least this many type sizes
// (a line's leading is well under one; a stamp or running line stands further off the text).
constexpr qreal kBandGap = 1.5;

// Where the outermost band of words ends, when it starts within `deepest` of the edge, is at most
// `reach` deep and stands apart from the next words by kBandGap of its type size; nullopt when
// the page's outer words run on into the text (no band apart), start further in (a short page's
// last lines) or the page holds nothing else.
std::optional<qreal> outerBandEnd(const QList<Span>& spans, qreal deepest, qreal reach)
{
    if (spans.size() < 2)
        return std::nullopt;
    qreal start = spans.first().from;
    for (const Span& span : spans)
        start = std::min(start, span.from);
    if (start > deepest)
        return std::nullopt;
    // Only the words starting within reach of the outermost can belong to its band: they are
    // walked in order; of the rest only the nearest matters, as the gap after the band or, when
    // it joins the band, as the band running deeper than reach.
    QList<Span> band;
    std::optional<qreal> beyond; // where the nearest word past reach starts
    for (const Span& span : spans) {
        if (span.from - start <= reach)
            band.append(span);
        else if (!beyond || span.from < *beyond)
            beyond = span.from;
    }
    std::sort(band.begin(), band.end(), [](const Span& a, const Span& b) { return a.from < b.from; });
    qreal end = band.first().to;
    qreal size = band.first().size;
    for (qsizetype i = 1; i < band.size(); ++i) {
        const Span& next = band.at(i);
        if (next.from - end >= kBandGap * size)
            return end - start <= reach ? std::optional<qreal>(end) : std::nullopt;
        end = std::max(end, next.to);
        size = std::max(size, next.size);
        if (end - start > reach)
            return std::nullopt;
    }
    if (beyond && *beyond - end >= kBandGap * size)
        return end - start <= reach ? std::optional<qreal>(end) : std::nullopt;
    return std::nullopt;
}

// Words set across the page: a vertical word, or one rotated character (wider than tall).
bool runsAcross(const layout::LayoutWord& word)
{
    return word.vertical || (word.text.size() == 1 && word.box.width() > word.box.height());
}

} // namespace

qreal MarginZone::documentTopSetIn(const QList<layout::LayoutPage>& pages)
{
    QList<qreal> setIns;
    for (const layout::LayoutPage& page : pages) {
        if (page.words.isEmpty())
            continue;
        const QSizeF size = page.size.isEmpty() ? QSizeF(595, 842) : page.size;
        qreal top = size.height();
        for (const layout::LayoutWord& word : page.words)
            top = std::min(top, word.box.top());
        setIns.append(std::max<qreal>(0, top - marginFor(size)));
    }
    if (setIns.isEmpty())
        return 0;
    auto quartile = setIns.begin() + setIns.size() / 4;
    std::nth_element(setIns.begin(), quartile, setIns.end());
    return *quartile;
}

qreal MarginZone::marginFor(const QSizeF& pageSize)
{
    const QSizeF size = pageSize.isEmpty() ? QSizeF(595, 842) : pageSize;
    return kMarginShare * std::min(size.width(), size.height());
}

MarginZone::MarginZone(const layout::LayoutPage& page, qreal documentTopSetIn)
    : m_size(page.size.isEmpty() ? QSizeF(595, 842) : page.size), m_margin(marginFor(page.size))
{
    m_top = m_bottom = m_left = m_right = m_margin;
    if (page.words.isEmpty())
        return;
    const qreal reach = kReachShare * m_margin;
    // Top and foot: the outermost band of lines, when it stands apart from the text.
    QList<Span> fromTop;
    QList<Span> fromBottom;
    fromTop.reserve(page.words.size());
    fromBottom.reserve(page.words.size());
    for (const layout::LayoutWord& word : page.words) {
        const QRectF& box = word.box;
        const qreal size = std::min(box.width(), box.height());
        fromTop.append({box.top(), box.bottom(), size});
        fromBottom.append({m_size.height() - box.bottom(), m_size.height() - box.top(), size});
    }
    const qreal deepest = kDeepestShare * m_margin;
    if (const auto end = outerBandEnd(fromTop, deepest + documentTopSetIn, reach))
        m_top = std::max(m_top, *end);
    if (const auto end = outerBandEnd(fromBottom, deepest, reach))
        m_bottom = std::max(m_bottom, *end);
    // Sides: words running across the page (stamps set up the side) within reach of the page's
    // outermost word on that side, however near the text they stand.
    QRectF ink;
    for (const layout::LayoutWord& word : page.words)
        ink = ink.isNull() ? word.box : ink.united(word.box);
    for (const layout::LayoutWord& word : page.words) {
        if (!runsAcross(word))
            continue;
        if (word.box.left() <= ink.left() + reach)
            m_left = std::max(m_left, word.box.right());
        if (word.box.right() >= ink.right() - reach)
            m_right = std::max(m_right, m_size.width() - word.box.left());
    }
}

} // namespace scrutineer::parse
