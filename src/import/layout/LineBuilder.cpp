#include "LineBuilder.h"

#include <algorithm>

namespace scrutineer::layout {

QList<LayoutLine> buildLines(const QList<LayoutWord>& words, int pageNumber)
{
    QList<LayoutWord> horizontal;
    horizontal.reserve(words.size());
    for (const LayoutWord& w : words) {
        if (!w.vertical && !w.text.trimmed().isEmpty())
            horizontal.append(w);
    }
    std::stable_sort(horizontal.begin(), horizontal.end(), [](const LayoutWord& a, const LayoutWord& b) {
        return a.box.center().y() < b.box.center().y();
    });

    QList<LayoutLine> lines;
    for (const LayoutWord& w : horizontal) {
        // Join the last line whose band holds this word's centre (superscripts and small
        // stamps glued to a line still land on it; a line below starts a new one).
        LayoutLine* target = nullptr;
        for (qsizetype i = lines.size() - 1; i >= 0 && i >= lines.size() - 3; --i) {
            LayoutLine& line = lines[i];
            const qreal centre = w.box.center().y();
            const qreal lineCentre = line.box.center().y();
            const qreal tolerance = std::max<qreal>(2.0, std::min(line.box.height(), w.box.height()) * 0.5);
            if (std::abs(centre - lineCentre) <= tolerance) {
                target = &line;
                break;
            }
        }
        if (!target) {
            lines.append(LayoutLine{});
            target = &lines.last();
            target->pageNumber = pageNumber;
            target->box = w.box;
        } else {
            target->box = target->box.united(w.box);
        }
        target->words.append(w);
    }
    for (LayoutLine& line : lines) {
        std::stable_sort(line.words.begin(), line.words.end(),
                         [](const LayoutWord& a, const LayoutWord& b) { return a.box.left() < b.box.left(); });
        line.words.squeeze(); // a section's lines are held until it is analysed
    }
    lines.squeeze();
    std::stable_sort(lines.begin(), lines.end(), [](const LayoutLine& a, const LayoutLine& b) {
        return a.box.top() < b.box.top();
    });
    return lines;
}

} // namespace scrutineer::layout
