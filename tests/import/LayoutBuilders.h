#pragma once

// Builds layout pages by hand for parser tests: text placed at x/y with a nominal font size,
// split into words whose boxes approximate a proportional font. No PDF needed.
#include "layout/LayoutPage.h"
#include "layout/LineBuilder.h"
#include "tables/PlanParser.h"

#include <QStringList>

#include <ostream>

namespace scrutineer::testing {

// The page and type a sheet is set in. The defaults are an A4 portrait page in 11 pt.
struct SheetGeometry {
    qreal font = 11;
    qreal margin = 72;
    qreal leading = 14; // baseline to baseline
    QSizeF page = QSizeF(595, 842);
    int rotation = 0; // as the PDF adapter reports a rotated page: size and words as displayed
    qreal top = 80; // first line of each page
    const char* name = "A4";

    static SheetGeometry landscape() { return {10, 40, 12.5, QSizeF(842, 595), 90, 50, "Landscape"}; }
    // Landscape in 8 pt, as wide trackers of many columns are printed.
    static SheetGeometry landscapeSmall() { return {8, 30, 10, QSizeF(842, 595), 90, 50, "LandscapeSmallType"}; }
    static SheetGeometry small() { return {8.5, 36, 10.5, QSizeF(595, 842), 0, 60, "Small"}; }
    static SheetGeometry large() { return {13, 96, 17, QSizeF(612, 792), 0, 100, "Large"}; }
    // The layouts parameterised tests run over.
    static QList<SheetGeometry> varied() { return {SheetGeometry(), small(), large(), landscape()}; }

    // The left edges of a table's columns that take these shares of the text width, in order.
    QList<qreal> columnStarts(const QList<qreal>& shares) const
    {
        const qreal width = page.width() - 2 * margin;
        QList<qreal> starts;
        qreal cursor = margin;
        for (const qreal share : shares) {
            starts.append(cursor);
            cursor += share * width;
        }
        return starts;
    }
};

// What a failing parameterised test prints for its geometry.
inline void PrintTo(const SheetGeometry& geometry, std::ostream* out)
{
    *out << geometry.name;
}

class PageBuilder {
public:
    explicit PageBuilder(int number, QSizeF size = QSizeF(595, 842))
    {
        m_page.number = number;
        m_page.size = size;
    }

    // Words of `text` starting at x on the baseline band at y (top of the line box).
    PageBuilder& text(qreal x, qreal y, const QString& text, qreal fontSize = 11)
    {
        qreal cursor = x;
        const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& part : parts) {
            const qreal width = part.size() * fontSize * 0.5;
            m_page.words.append(layout::LayoutWord {part, QRectF(cursor, y, width, fontSize), true, false});
            cursor += width + fontSize * 0.3;
        }
        return *this;
    }
    // Several cells on one line: {x, text} pairs.
    PageBuilder& row(qreal y, const QList<QPair<qreal, QString>>& cells, qreal fontSize = 11)
    {
        for (const auto& [x, cell] : cells)
            text(x, y, cell, fontSize);
        return *this;
    }
    // A vertical word (stamps on landscape pages run up the margin).
    PageBuilder& vertical(qreal x, qreal y, const QString& word, qreal fontSize = 11)
    {
        m_page.words.append(
            layout::LayoutWord {word, QRectF(x, y, fontSize, word.size() * fontSize * 0.5), true, true});
        return *this;
    }
    // Lines built as the furniture pass would when there is no furniture.
    layout::LayoutPage build() const
    {
        layout::LayoutPage page = m_page;
        page.lines = layout::buildLines(page.words, page.number);
        return page;
    }
    // Raw words only (for tests of the furniture pass itself).
    layout::LayoutPage raw() const { return m_page; }

private:
    layout::LayoutPage m_page;
};

inline layout::LayoutDocument documentOf(const QList<layout::LayoutPage>& pages)
{
    layout::LayoutDocument document;
    document.fileName = QStringLiteral("fixture.pdf");
    document.pages = pages;
    return document;
}

// What the table parsers made of a hand-built scorecard: the first indicator whose name starts
// with `start`, the readings of one indicator, and their periods, in order.
inline const Indicator* indicatorStartingWith(const parse::PlanResult& result, const QString& start)
{
    for (const Indicator& indicator : result.indicators) {
        if (indicator.name.startsWith(start))
            return &indicator;
    }
    return nullptr;
}

inline QList<Reading> readingsOf(const parse::PlanResult& result, const Indicator* indicator)
{
    QList<Reading> out;
    for (const Reading& reading : result.readings) {
        if (&result.indicators.at(reading.indicatorIndex) == indicator)
            out.append(reading);
    }
    return out;
}

inline QStringList periodsOf(const QList<Reading>& readings)
{
    QStringList out;
    for (const Reading& reading : readings)
        out.append(reading.period);
    return out;
}

} // namespace scrutineer::testing
