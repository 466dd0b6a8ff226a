#pragma once

#include "layout/LayoutPage.h"

#include <QRectF>
#include <QSizeF>

// Where a page's margin words may sit, measured from where the page's content begins as well as
// from the paper's edge. Each side's zone reaches the edge margin (a share of the page's narrower
// side: the 60 pt an A4 page has always had, 62 on US Letter, 85 on A3), and further when the
// page's content is set further in: at the top and foot over the outermost band of lines when it
// stands apart from the text (a running line or stamp: at most half a margin deep, starting
// within two margins of the edge), at the sides over words running up the page within half a
// margin of its outermost word (vertical stamps, however near the text they stand). So another
// council's wider margins, or a page grown around its content, keep the same margin words; the
// page's first body lines do not join the zone for being first. Where the whole document is at
// hand, the two margins a top band may start within are counted from where its pages begin
// (documentTopSetIn): content moved down further than a margin keeps its running headers. Not at
// the foot: text flows from the top, so where pages end says how full they are, not the layout.
// Plain value; any thread.
namespace scrutineer::parse {

class MarginZone final {
public:
    static constexpr double kMarginShare = 60.0 / 595.0;
    // How deep a band beyond the edge margin may be, as a share of the margin.
    static constexpr double kReachShare = 0.5;
    // How far from the edge such a band may start, in margins (content set in up to a margin more).
    static constexpr double kDeepestShare = 2.0;

    // How far past the edge margin a document's pages begin: of its pages with words, the lower
    // quartile of the top word's distance from the top edge, less that page's edge margin (0 when
    // within it). A cover or a page beginning lower does not move it.
    static qreal documentTopSetIn(const QList<layout::LayoutPage>& pages);

    // The edge margin alone: a share of the page's narrower side.
    static qreal marginFor(const QSizeF& pageSize);

    // The zones of a page from its words (every word, furniture included); a top band may start
    // up to kDeepestShare margins in beyond the document's set-in.
    explicit MarginZone(const layout::LayoutPage& page, qreal documentTopSetIn = 0);

    qreal margin() const { return m_margin; }
    QSizeF pageSize() const { return m_size; } // A4 for a page without a size
    // Depth of each side's zone from that edge of the page.
    qreal top() const { return m_top; }
    qreal bottom() const { return m_bottom; }
    qreal left() const { return m_left; }
    qreal right() const { return m_right; }

    // How much deeper than the edge margin the top and bottom zones reach (content set in).
    qreal topSetIn() const { return m_top - m_margin; }
    qreal bottomSetIn() const { return m_bottom - m_margin; }

    bool inTop(const QRectF& box) const { return box.top() < m_top; }
    bool inBottom(const QRectF& box) const { return box.bottom() > m_size.height() - m_bottom; }
    bool inLeft(const QRectF& box) const { return box.left() < m_left; }
    bool inRight(const QRectF& box) const { return box.right() > m_size.width() - m_right; }

private:
    QSizeF m_size;
    qreal m_margin = 0;
    qreal m_top = 0;
    qreal m_bottom = 0;
    qreal m_left = 0;
    qreal m_right = 0;
};

} // namespace scrutineer::parse
