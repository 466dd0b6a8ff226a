#pragma once

#include <QByteArray>

namespace scrutineer {

// One page rendered for OCR: 8-bit gray, rows stored one after another without padding. Made by
// PdfDocument::renderGray and read by OcrEngine and OcrCache, so that OCR needs no Qt Gui. Any
// thread; a value type.
struct GrayImage {
    int width = 0;
    int height = 0;
    QByteArray pixels; // width * height bytes, row after row

    bool isNull() const { return width <= 0 || height <= 0 || pixels.size() < qsizetype(width) * height; }
    const uchar* row(int y) const { return reinterpret_cast<const uchar*>(pixels.constData()) + qsizetype(y) * width; }
};

} // namespace scrutineer
