#include "LayoutPage.h"

namespace scrutineer::layout {

QString LayoutLine::text() const
{
    qsizetype length = words.size();
    for (const LayoutWord& w : words)
        length += w.text.size();
    QString out;
    out.reserve(length);
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
    // Each cell takes its run of words in one piece; a line of one cell shares this one's words.
    QList<LayoutLine> result;
    const qsizetype count = words.size();
    qsizetype start = 0;
    for (qsizetype i = 1; i <= count; ++i) {
        if (i < count && words.at(i).box.left() - words.at(i - 1).box.right() <= minGap)
            continue;
        LayoutLine cell;
        cell.pageNumber = pageNumber;
        cell.words = words.mid(start, i - start);
        for (const LayoutWord& w : std::as_const(cell.words))
            cell.box = cell.box.isNull() ? w.box : cell.box.united(w.box);
        result.append(std::move(cell));
        start = i;
    }
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
