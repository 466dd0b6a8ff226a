#include "pdf/PageText.h"

#include "TextUtil.h"
#include "layout/LineBuilder.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace scrutineer::gui {
namespace {

QString matchKey(const QString& text)
{
    QString key = text::normaliseForMatch(text);
    key.remove(QLatin1Char(' '));
    return key;
}

double distance(const QRectF& box, const QPointF& point)
{
    const double dx = std::max({box.left() - point.x(), 0.0, point.x() - box.right()});
    const double dy = std::max({box.top() - point.y(), 0.0, point.y() - box.bottom()});
    return std::hypot(dx, dy);
}

} // namespace

PageText::PageText(const QList<layout::LayoutWord>& words, int pdfPage)
{
    int lineNumber = 0;
    for (const layout::LayoutLine& line : layout::buildLines(words, pdfPage)) {
        for (const layout::LayoutWord& word : line.words)
            m_words.append({word.text, word.box, lineNumber, word.spaceAfter});
        ++lineNumber;
    }
}

bool PageText::isOnWord(const QPointF& point) const
{
    return std::any_of(m_words.begin(), m_words.end(), [&](const Word& w) { return w.box.contains(point); });
}

int PageText::wordAt(const QPointF& point) const
{
    if (m_words.isEmpty())
        return -1;
    // The line nearest the point vertically, then its word nearest the point.
    int bestLine = -1;
    double bestLineDistance = std::numeric_limits<double>::max();
    for (const Word& w : m_words) {
        const double dy = std::max({w.box.top() - point.y(), 0.0, point.y() - w.box.bottom()});
        if (dy < bestLineDistance) {
            bestLineDistance = dy;
            bestLine = w.line;
        }
    }
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (int i = 0; i < m_words.size(); ++i) {
        if (m_words.at(i).line != bestLine)
            continue;
        const double d = distance(m_words.at(i).box, point);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

QString PageText::text(int first, int last) const
{
    if (first > last)
        std::swap(first, last);
    first = std::max(first, 0);
    last = std::min(last, size() - 1);
    QString out;
    for (int i = first; i <= last; ++i) {
        const Word& w = m_words.at(i);
        out += w.text;
        if (i < last) {
            const Word& next = m_words.at(i + 1);
            // A new line, a space Poppler saw, or a visible gap all read as a space.
            if (next.line != w.line || w.spaceAfter || next.box.left() - w.box.right() > w.box.height() * 0.15)
                out += QLatin1Char(' ');
        }
    }
    return out;
}

QList<QRectF> PageText::boxes(int first, int last) const
{
    if (first > last)
        std::swap(first, last);
    first = std::max(first, 0);
    last = std::min(last, size() - 1);
    QList<QRectF> result;
    int line = -1;
    for (int i = first; i <= last; ++i) {
        const Word& w = m_words.at(i);
        if (w.line != line || result.isEmpty()) {
            result.append(w.box);
            line = w.line;
        } else {
            result.last() = result.last().united(w.box);
        }
    }
    return result;
}

std::pair<int, int> PageText::find(const QString& quote) const
{
    const QString needle = matchKey(quote);
    if (needle.isEmpty())
        return {-1, -1};
    QString haystack;
    QList<int> owner; // the word each character of the haystack came from
    for (int i = 0; i < m_words.size(); ++i) {
        const QString key = matchKey(m_words.at(i).text);
        haystack += key;
        owner.insert(owner.size(), key.size(), i);
    }
    const qsizetype at = haystack.indexOf(needle);
    if (at < 0)
        return {-1, -1};
    return {owner.at(at), owner.at(at + needle.size() - 1)};
}

} // namespace scrutineer::gui
