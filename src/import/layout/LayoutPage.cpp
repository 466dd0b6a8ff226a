#include "LayoutPage.h"

namespace scrutineer::layout {

QString LayoutLine::text() const
{
    QString out;
    for (int i = 0; i < words.size(); ++i) {
        const LayoutWord& w = words.at(i);
        out += w.text;
        if (i + 1 < words.size()) {
            const LayoutWord& next = words.at(i + 1);
            // Poppler's spaceAfter is unreliable across large gaps; a visible gap is a space too.
            if (w.spaceAfter || next.box.left() - w.box.right() > w.box.height() * 0.15)
                out += QLatin1Char(' ');
        }
    }
    return out;
}

QList<LayoutLine> LayoutLine::cells(qreal minGap) const
{
    QList<LayoutLine> result;
    LayoutLine current;
    current.pageNumber = pageNumber;
    for (const LayoutWord& w : words) {
        if (!current.words.isEmpty() && w.box.left() - current.words.last().box.right() > minGap) {
            result.append(current);
            current = LayoutLine{};
            current.pageNumber = pageNumber;
        }
        current.words.append(w);
        current.box = current.box.isNull() ? w.box : current.box.united(w.box);
    }
    if (!current.words.isEmpty())
        result.append(current);
    return result;
}

QString LayoutPage::text() const
{
    // Sized once: a long document keeps every page's text until it is written.
    qsizetype size = 0;
    for (const LayoutLine& line : lines) {
        for (const LayoutWord& w : line.words)
            size += w.text.size() + 1;
    }
    QString out;
    out.reserve(size);
    for (const LayoutLine& line : lines) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += line.text();
    }
    out.squeeze();
    return out;
}

} // namespace scrutineer::layout
