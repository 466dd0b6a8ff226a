#include "pages/RunningLines.h"

#include "pages/FurnitureKinds.h"
#include "pages/MarginZone.h"

#include <QHash>

#include <algorithm>

namespace scrutineer::parse {
namespace {

constexpr qreal kSameDistanceShare = 0.4; // of the line's type height: "nearly the same y" (4 pt at 10 pt)
constexpr int kMaxPageGap = 3; // a header on every page, or every other page, with an odd insert
constexpr int kMinPages = 3; // pages a line must repeat on to be furniture

struct Occurrence {
    int page = 0; // index into document.pages
    int line = 0; // index into page.lines
    qreal distance = 0; // from the edge the line is near
    qreal height = 0; // the line's type height (median word height)
    bool outer = false; // in the page's outer margin (MarginZone)
};

qreal bandFor(const QSizeF& size)
{
    return std::max<qreal>(100.0, size.height() * 0.15);
}

// Table header rows (several cells apart) repeat on every page of a plan and are not furniture.
// A running header or footer sits outside the table: nearer the edge than its first row. Three
// fields are allowed in the outer margin only (a US-style footer: name, page, print date). Cells
// part at gaps of 1.5 type heights, with no floor in points: small type's narrow gutters part too.
int cellCount(const layout::LayoutLine& line)
{
    return int(line.cells(line.height() * 1.5).size());
}

bool mayBeRunning(const layout::LayoutLine& line, bool outer)
{
    const int cells = cellCount(line);
    return cells <= 2 || (cells == 3 && outer);
}

qreal medianHeight(QList<qreal>& heights)
{
    if (heights.isEmpty())
        return 0;
    auto middle = heights.begin() + heights.size() / 2;
    std::nth_element(heights.begin(), middle, heights.end());
    return *middle;
}

// Typical text height of a page's body, to tell a title (larger type) from a running header.
qreal bodyHeight(const layout::LayoutPage& page)
{
    QList<qreal> heights;
    for (const layout::LayoutLine& line : page.lines) {
        for (const layout::LayoutWord& word : line.words)
            heights.append(word.box.height());
    }
    return medianHeight(heights);
}

qreal lineHeight(const layout::LayoutLine& line)
{
    QList<qreal> heights;
    for (const layout::LayoutWord& word : line.words)
        heights.append(word.box.height());
    return medianHeight(heights);
}

// True when the occurrences (sorted by page) hold a run of `needed` pages or more with gaps of at
// most kMaxPageGap. With only two pages to go on, the line must also be in the outer margin.
bool hasDenseRun(const QList<Occurrence>& cluster, int needed)
{
    int runStart = 0;
    for (int i = 1; i <= cluster.size(); ++i) {
        if (i < cluster.size() && cluster.at(i).page - cluster.at(i - 1).page <= kMaxPageGap)
            continue;
        int pages = 0;
        for (int k = runStart; k < i; ++k) {
            if (k == runStart || cluster.at(k).page != cluster.at(k - 1).page)
                ++pages;
        }
        bool enough = pages >= needed;
        if (enough && pages < kMinPages) {
            enough = std::all_of(cluster.begin() + runStart, cluster.begin() + i,
                                 [](const Occurrence& o) { return o.outer; });
        }
        if (enough)
            return true;
        runStart = i;
    }
    return false;
}

} // namespace

QString RunningLines::signature(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    bool digits = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = !out.isEmpty();
            digits = false;
            continue;
        }
        if (space) {
            out += QLatin1Char(' ');
            space = false;
        }
        if (c.isDigit()) {
            if (!digits)
                out += QLatin1Char('#');
            digits = true;
            continue;
        }
        digits = false;
        out += c.toLower();
    }
    return out;
}

void RunningLines::strip(layout::LayoutDocument& document)
{
    QHash<QString, QList<Occurrence>> byKey;
    int pagesWithText = 0;
    // A header band may start as much further down as the document's pages begin (content set in).
    const qreal setIn = MarginZone::documentTopSetIn(document.pages);
    for (int p = 0; p < document.pages.size(); ++p) {
        const layout::LayoutPage& page = document.pages.at(p);
        if (!page.lines.isEmpty())
            ++pagesWithText;
        if (page.size.isEmpty())
            continue;
        // The zones and bands reach as far past the paper's edge margin as the content is set in.
        const MarginZone zone(page, setIn);
        const qreal topBand = bandFor(page.size) + zone.topSetIn();
        const qreal bottomBand = bandFor(page.size) + zone.bottomSetIn();
        const qreal height = page.size.height();
        // Titles repeated on each page of an appendix or form are in larger type: not furniture.
        const qreal titleHeight = bodyHeight(page) * 1.3;
        const auto note = [&](int l, bool top) {
            const layout::LayoutLine& line = page.lines.at(l);
            if (titleHeight > 0 && lineHeight(line) > titleHeight)
                return;
            const QString key = signature(line.text());
            if (key.isEmpty())
                return;
            const qreal distance = top ? line.box.top() : height - line.box.bottom();
            byKey[(top ? QLatin1Char('T') : QLatin1Char('B')) + key].append(
                Occurrence {p, l, distance, lineHeight(line), distance < (top ? zone.top() : zone.bottom())});
        };
        // From each edge inwards, up to the band's end or the first table row.
        int firstBody = 0;
        for (; firstBody < page.lines.size(); ++firstBody) {
            const layout::LayoutLine& line = page.lines.at(firstBody);
            if (line.box.top() >= topBand || !mayBeRunning(line, zone.inTop(line.box)))
                break;
            note(firstBody, true);
        }
        for (int l = int(page.lines.size()) - 1; l >= firstBody; --l) {
            const layout::LayoutLine& line = page.lines.at(l);
            if (line.box.bottom() <= height - bottomBand || !mayBeRunning(line, zone.inBottom(line.box)))
                break;
            note(l, false);
        }
    }
    // A two-page document can only show a repeat twice; then only the outer margin counts.
    const int needed = std::max(2, std::min(kMinPages, pagesWithText));

    QList<QList<QPair<int, bool>>> doomed(document.pages.size()); // (line, header?) per page
    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        QList<Occurrence>& all = it.value();
        if (all.size() < needed)
            continue;
        const bool header = it.key().startsWith(QLatin1Char('T'));
        std::sort(all.begin(), all.end(),
                  [](const Occurrence& a, const Occurrence& b) { return a.distance < b.distance; });
        // Clusters of (nearly) equal distance from the edge, then runs of nearby pages in each.
        int start = 0;
        while (start < all.size()) {
            int end = start + 1;
            const qreal same = kSameDistanceShare * all.at(start).height;
            while (end < all.size() && all.at(end).distance - all.at(start).distance <= same)
                ++end;
            QList<Occurrence> cluster = all.mid(start, end - start);
            start = end;
            std::sort(cluster.begin(), cluster.end(), [](const Occurrence& a, const Occurrence& b) {
                return a.page != b.page ? a.page < b.page : a.line < b.line;
            });
            // One dense run confirms the line as furniture; its other appearances at the same
            // place (pages left out of an extract, an appendix resuming) go with it.
            if (hasDenseRun(cluster, needed)) {
                for (const Occurrence& o : cluster)
                    doomed[o.page].append({o.line, header});
            }
        }
    }
    for (int p = 0; p < document.pages.size(); ++p) {
        QList<QPair<int, bool>>& lines = doomed[p];
        if (lines.isEmpty())
            continue;
        layout::LayoutPage& page = document.pages[p];
        std::sort(lines.begin(), lines.end());
        lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
        for (const auto& [line, header] : lines) {
            page.furniture.removedLines.append(furniture::entry(
                header ? furniture::Kind::RunningHeader : furniture::Kind::RunningFooter, page.lines.at(line).text()));
        }
        for (qsizetype k = lines.size() - 1; k >= 0; --k)
            page.lines.removeAt(lines.at(k).first);
    }
}

} // namespace scrutineer::parse
