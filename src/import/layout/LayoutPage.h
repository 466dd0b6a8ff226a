#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

// The project's own page layout model. Poppler fills it (PdfDocument), OCR fills pages without a
// text layer (OcrEngine); tests build it by hand.
// Coordinates are PDF points, origin top-left of the page as displayed, y growing downwards.
// Plain values; any thread.
namespace scrutineer::layout {

struct LayoutWord {
    QString text;
    QRectF box;
    bool spaceAfter = true;
    bool vertical = false; // taller than wide with several letters: runs up or down the page
    double confidence = 1.0; // 0..1: below 1 only for words read by OCR
};

// A visual line: words sharing a y-band, left to right.
struct LayoutLine {
    QList<LayoutWord> words;
    QRectF box;
    int pageNumber = 0; // 1-based physical page the line is on

    QString text() const;                 // words joined with single spaces where spaceAfter
    qreal left() const { return box.left(); }
    qreal top() const { return box.top(); }
    qreal height() const { return box.height(); }
    // The line's words split where the horizontal gap exceeds minGap points: table cells.
    QList<LayoutLine> cells(qreal minGap) const;
};

// What the furniture pass found on a page; kept apart from the body text.
struct PageFurnitureInfo {
    std::optional<int> printedPage; // "Page 21" stamp or footer number
    std::optional<int> agendaStamp; // "Agenda Item 4"
    bool intentionallyBlank = false;
    QStringList removedLines; // running headers/footers, stamps (for debugging and tests)
};

struct LayoutPage {
    int number = 0; // 1-based physical page
    QSizeF size;    // points
    int rotation = 0;
    QList<LayoutWord> words; // every word, in the order the PDF content gives them
    QList<LayoutLine> lines; // body lines after furniture removal, top to bottom
    PageFurnitureInfo furniture;
    std::optional<QString> label; // the PDF's own page label, if set
    QString cutOff; // why reading the page stopped at a limit (user-facing); empty when read whole
    // Set when the page had no text layer and OCR read it: the mean confidence (0..1) of the
    // words it found, 0 when it found none. Unset for pages with a text layer or not read.
    std::optional<double> ocrConfidence;

    bool hasText() const { return !words.isEmpty(); }
    bool readByOcr() const { return ocrConfidence.has_value(); }
    bool isLandscape() const { return size.width() > size.height(); }
    QString text() const; // body lines joined with '\n'
};

// A whole document's layout plus document-level metadata the adapter could read.
struct LayoutDocument {
    QString fileName;
    QString title;   // PDF Info Title
    QString subject; // PDF Info Subject (Kent puts body, date and time here)
    QList<LayoutPage> pages;
    QStringList outline; // top-level bookmark titles, if any
};

} // namespace scrutineer::layout
