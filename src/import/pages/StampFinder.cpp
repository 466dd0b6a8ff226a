#include "pages/StampFinder.h"

#include "lexicon/Lexicon.h"

#include "pages/FurnitureKinds.h"
#include "pages/MarginZone.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace scrutineer::parse {
namespace {

using layout::LayoutPage;
using layout::LayoutWord;

// Union-find over candidate word indices.
class Groups {
public:
    explicit Groups(int size) : m_parent(size) { std::iota(m_parent.begin(), m_parent.end(), 0); }
    int find(int i)
    {
        while (m_parent[i] != i) {
            m_parent[i] = m_parent[m_parent[i]];
            i = m_parent[i];
        }
        return i;
    }
    void unite(int a, int b) { m_parent[find(a)] = find(b); }

private:
    QList<int> m_parent;
};

// A run of margin words read as one piece of text, with each word's span in it.
struct Chain {
    QList<int> words; // page word indices, in reading order
    QString text;
    QList<QPair<int, int>> spans; // [start, end) of each word in text
    bool vertical = false;
};

// Stamp fonts are uniform: words of one stamp have (nearly) the same size. A share of the size
// alone (0.11: what 0.08 of it and 0.3 pt allowed at 9-11 pt), so that a page number 0.87 the
// size of the footer under it stays apart at any scale, not only above 7 pt.
bool sameSize(qreal a, qreal b)
{
    return std::abs(a - b) <= 0.11 * std::max(a, b);
}

bool linkedHorizontally(const QRectF& a, const QRectF& b)
{
    const qreal h = std::max(a.height(), b.height());
    if (!sameSize(a.height(), b.height()))
        return false;
    const qreal gapX = std::max(a.left(), b.left()) - std::min(a.right(), b.right());
    if (std::abs(a.top() - b.top()) <= 0.35 * h)
        return gapX <= 2.0 * h && gapX >= -0.3 * std::min(a.width(), b.width());
    const QRectF& upper = a.top() < b.top() ? a : b;
    const QRectF& lower = a.top() < b.top() ? b : a;
    const qreal gapY = lower.top() - upper.bottom();
    return gapY >= -0.2 * h && gapY <= 1.0 * h && gapX <= 1.0 * h;
}

bool linkedVertically(const QRectF& a, const QRectF& b)
{
    const qreal w = std::max(a.width(), b.width());
    if (!sameSize(a.width(), b.width()) || std::abs(a.left() - b.left()) > 0.15 * w)
        return false;
    const qreal gapY = std::max(a.top(), b.top()) - std::min(a.bottom(), b.bottom());
    return gapY >= -0.3 * w && gapY <= 2.0 * w;
}

Chain makeChain(const LayoutPage& page, QList<int> words, bool vertical, bool upwards)
{
    Chain chain;
    chain.vertical = vertical;
    if (vertical) {
        std::sort(words.begin(), words.end(), [&](int a, int b) {
            return upwards ? page.words.at(a).box.top() > page.words.at(b).box.top()
                           : page.words.at(a).box.top() < page.words.at(b).box.top();
        });
    } else {
        // Lines by top, then left to right.
        std::sort(words.begin(), words.end(),
                  [&](int a, int b) { return page.words.at(a).box.top() < page.words.at(b).box.top(); });
        QList<QList<int>> lines;
        for (int i : words) {
            const QRectF& box = page.words.at(i).box;
            if (lines.isEmpty() || box.top() - page.words.at(lines.last().first()).box.top() > 0.5 * box.height())
                lines.append(QList<int>());
            lines.last().append(i);
        }
        words.clear();
        for (QList<int>& line : lines) {
            std::sort(line.begin(), line.end(),
                      [&](int a, int b) { return page.words.at(a).box.left() < page.words.at(b).box.left(); });
            words += line;
        }
    }
    for (int i : words) {
        if (!chain.text.isEmpty())
            chain.text += QLatin1Char(' ');
        const int start = int(chain.text.size());
        chain.text += page.words.at(i).text;
        chain.words.append(i);
        chain.spans.append({start, int(chain.text.size())});
    }
    return chain;
}

// Words of the chain overlapping the text range [start, end).
QList<int> wordsIn(const Chain& chain, qsizetype start, qsizetype end)
{
    QList<int> result;
    for (int k = 0; k < chain.words.size(); ++k) {
        if (chain.spans.at(k).first < end && chain.spans.at(k).second > start)
            result.append(chain.words.at(k));
    }
    return result;
}

struct Match {
    int number = 0;
    QList<int> words;
    QString text;
    qreal rank = 0; // lower is preferred
};

QString matchedText(const LayoutPage& page, const QList<int>& words)
{
    QStringList parts;
    for (int i : words)
        parts.append(page.words.at(i).text);
    return parts.join(QLatin1Char(' '));
}

class PageScanner {
public:
    explicit PageScanner(const LayoutPage& page) : m_page(page), m_size(page.size), m_zone(page) { }

    StampScan run()
    {
        StampScan scan;
        scan.furniture = QList<bool>(m_page.words.size(), false);
        if (m_size.isEmpty() || m_page.words.isEmpty())
            return scan;
        buildChains();

        static const QRegularExpression agendaPattern(
            Lexicon::instance().alternation(QStringLiteral("agenda-item-stamp-words")),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression pagePattern(
            QStringLiteral("\\bpage\\s*(\\d{1,4})\\b(?:\\s*of\\s*\\d{1,4}\\b)?"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression barePattern(
            QStringLiteral("^[-\u2013\u2014]?\\s*(\\d{1,4})\\s*[-\u2013\u2014]?$"));

        if (const auto agenda
            = best(agendaPattern, [this](const Match& m, bool vertical) { return agendaPlace(m, vertical); })) {
            take(scan, *agenda, furniture::Kind::AgendaStamp);
            scan.agendaStamp = agenda->number;
        }
        if (const auto stamp
            = best(pagePattern, [this](const Match& m, bool vertical) { return pagePlace(m, vertical); })) {
            take(scan, *stamp, furniture::Kind::PageStamp);
            scan.printedPage = stamp->number;
        }
        // Bare numbers alone at the foot: page furniture either way, a page number only without a stamp.
        for (const Chain& chain : m_horizontal) {
            const QRegularExpressionMatch m = barePattern.match(chain.text);
            const bool free
                = std::none_of(chain.words.begin(), chain.words.end(), [&scan](int i) { return scan.furniture.at(i); });
            if (!m.hasMatch() || !free || !inBottom(chain.words) || !aloneOnLine(chain.words, scan.furniture))
                continue;
            const int number = m.captured(1).toInt();
            if (number <= 0)
                continue;
            take(scan, Match {number, chain.words, chain.text, 0}, furniture::Kind::BareNumber);
            if (!scan.printedPage) {
                scan.printedPage = number;
                scan.printedPageIsBare = true;
            }
        }
        return scan;
    }

private:
    bool inTop(const QRectF& box) const { return m_zone.inTop(box); }
    bool inBottom(const QRectF& box) const { return m_zone.inBottom(box); }
    bool inLeft(const QRectF& box) const { return m_zone.inLeft(box); }
    bool inRight(const QRectF& box) const { return m_zone.inRight(box); }
    bool inBottom(const QList<int>& words) const
    {
        return std::all_of(words.begin(), words.end(), [this](int i) { return inBottom(m_page.words.at(i).box); });
    }

    void buildChains()
    {
        QList<int> flat;
        QList<int> side;
        for (int i = 0; i < m_page.words.size(); ++i) {
            const LayoutWord& w = m_page.words.at(i);
            if (!w.vertical && (inTop(w.box) || inBottom(w.box)))
                flat.append(i);
            // A rotated single character ("Page" / "4") is not flagged vertical, but its box is
            // wider than tall, like the rest of the rotated stamp.
            const bool rotatedChar = w.text.size() == 1 && w.box.width() > w.box.height();
            if ((inLeft(w.box) || inRight(w.box)) && (w.vertical || rotatedChar))
                side.append(i);
        }
        m_horizontal = chainsOf(flat, false);
        m_vertical = chainsOf(side, true);
    }

    QList<Chain> chainsOf(const QList<int>& candidates, bool vertical) const
    {
        Groups groups(int(candidates.size()));
        for (int a = 0; a < candidates.size(); ++a) {
            const QRectF& boxA = m_page.words.at(candidates.at(a)).box;
            for (int b = a + 1; b < candidates.size(); ++b) {
                const QRectF& boxB = m_page.words.at(candidates.at(b)).box;
                if (vertical ? linkedVertically(boxA, boxB) : linkedHorizontally(boxA, boxB))
                    groups.unite(a, b);
            }
        }
        QHash<int, QList<int>> members;
        QList<int> order;
        for (int a = 0; a < candidates.size(); ++a) {
            const int root = groups.find(a);
            if (!members.contains(root))
                order.append(root);
            members[root].append(candidates.at(a));
        }
        QList<Chain> chains;
        for (int root : order) {
            const QList<int>& words = members.value(root);
            if (vertical) {
                const bool anyVertical
                    = std::any_of(words.begin(), words.end(), [this](int i) { return m_page.words.at(i).vertical; });
                if (!anyVertical)
                    continue;
                chains.append(makeChain(m_page, words, true, false));
                chains.append(makeChain(m_page, words, true, true)); // text running up the page
            } else {
                chains.append(makeChain(m_page, words, false, false));
            }
        }
        return chains;
    }

    // Rank of an "Agenda Item" match by where it sits, or nullopt if it is not a stamp position.
    std::optional<qreal> agendaPlace(const Match& m, bool vertical) const
    {
        const QRectF box = boundsOf(m.words);
        if (vertical)
            return inRight(box) ? std::optional<qreal>(1) : std::nullopt;
        if (inTop(box))
            return 0;
        if (inRight(box) && box.top() - m_zone.topSetIn() < m_size.height() * 0.2)
            return 2;
        return std::nullopt;
    }

    std::optional<qreal> pagePlace(const Match& m, bool vertical) const
    {
        const QRectF box = boundsOf(m.words);
        if (vertical)
            return (inLeft(box) || inRight(box)) ? std::optional<qreal>(1) : std::nullopt;
        const qreal offCentre = std::abs(box.center().x() - m_size.width() / 2) / std::max<qreal>(1, m_size.width());
        if (inBottom(m.words))
            return offCentre; // 0 .. 0.5: centred footers first
        if (std::all_of(m.words.begin(), m.words.end(), [this](int i) { return inTop(m_page.words.at(i).box); }))
            return 2 + offCentre;
        return std::nullopt;
    }

    template <typename Place> std::optional<Match> best(const QRegularExpression& pattern, Place place) const
    {
        std::optional<Match> chosen;
        const auto consider = [&](const QList<Chain>& chains) {
            for (const Chain& chain : chains) {
                auto it = pattern.globalMatch(chain.text);
                while (it.hasNext()) {
                    const QRegularExpressionMatch m = it.next();
                    Match match {m.captured(1).toInt(), wordsIn(chain, m.capturedStart(0), m.capturedEnd(0)), {}, 0};
                    if (match.number <= 0 || match.words.isEmpty())
                        continue;
                    const std::optional<qreal> rank = place(match, chain.vertical);
                    if (!rank)
                        continue;
                    match.rank = *rank;
                    match.text = m.captured(0);
                    if (!chosen || match.rank < chosen->rank)
                        chosen = match;
                }
            }
        };
        consider(m_horizontal);
        consider(m_vertical);
        return chosen;
    }

    QRectF boundsOf(const QList<int>& words) const
    {
        QRectF box;
        for (int i : words)
            box = box.isNull() ? m_page.words.at(i).box : box.united(m_page.words.at(i).box);
        return box;
    }

    bool aloneOnLine(const QList<int>& words, const QList<bool>& taken) const
    {
        const QRectF box = boundsOf(words);
        for (int i = 0; i < m_page.words.size(); ++i) {
            const LayoutWord& w = m_page.words.at(i);
            if (w.vertical || taken.at(i) || words.contains(i))
                continue;
            const qreal centre = w.box.center().y();
            if (centre >= box.top() && centre <= box.bottom())
                return false;
        }
        return true;
    }

    void take(StampScan& scan, const Match& match, furniture::Kind kind) const
    {
        for (int i : match.words)
            scan.furniture[i] = true;
        scan.removedLines.append(
            furniture::entry(kind, match.text.isEmpty() ? matchedText(m_page, match.words) : match.text));
    }

    const LayoutPage& m_page;
    QSizeF m_size;
    MarginZone m_zone; // how near each edge a margin word is
    QList<Chain> m_horizontal;
    QList<Chain> m_vertical;
};

} // namespace

StampScan StampFinder::scan(const layout::LayoutPage& page)
{
    return PageScanner(page).run();
}

} // namespace scrutineer::parse
