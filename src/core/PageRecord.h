#pragma once

#include <QSizeF>
#include <QString>

#include <optional>

namespace scrutineer {

// One physical page of an imported document as the store keeps it: its geometry, the printed
// pack number when one was found, and the text parsers and search see (furniture removed).
struct PageRecord {
    int pdfPage = 0;                 // 1-based physical page
    std::optional<int> packPage;     // printed "Page N", or inferred from the page map
    QString packPageEvidence;        // "stamp", "interpolated", "offset" or empty when unknown
    QSizeF size;                     // points
    int rotation = 0;                // degrees clockwise, as the PDF sets it
    bool hasText = false;            // the PDF has a text layer on the page (false for scans)
    bool ocr = false;                // no text layer: `text` was read from the page image by OCR
    double ocrConfidence = 0;        // mean OCR word confidence, 0..1, when ocr
    bool blank = false;              // "This page is intentionally left blank"
    std::optional<int> agendaStamp;  // "Agenda Item N" stamped on the page
    QString text;                    // body text, furniture stripped
};

} // namespace scrutineer
