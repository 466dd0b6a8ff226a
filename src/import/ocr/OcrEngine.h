#pragma once

#include "Error.h"
#include "layout/LayoutPage.h"
#include "ocr/GrayImage.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>

namespace scrutineer {

// Reads the words of one page image through Tesseract, with their boxes
// and confidences, into the layout model. One instance belongs to the thread that created it
// (a Tesseract engine is not shared between threads); create one per thread.
class OcrEngine final {
    Q_DECLARE_TR_FUNCTIONS(OcrEngine)

public:
    // What one page gave: words (boxes in points, confidence 0..1) in reading order.
    struct Result {
        QList<layout::LayoutWord> words;
        double meanConfidence = 0; // mean of the words' confidences; 0 when there are none
        bool cancelled = false;
    };

    // Loads the language model ("eng"); fails with a reason when Tesseract or its data is missing.
    static Expected<std::unique_ptr<OcrEngine>> create(const QString& language = QStringLiteral("eng"));
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    // Reads a page rendered at `dpi` pixels per inch; boxes come back in points (1/72 inch).
    // `cancel`, when set, stops recognition part-way through the page.
    Result read(const GrayImage& image, double dpi, const std::atomic_bool* cancel = nullptr);

    // "tesseract 5.3.0 eng": what produces results, so a cache can tell old results apart.
    static QString signature(const QString& language = QStringLiteral("eng"));

private:
    struct Impl;
    explicit OcrEngine(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace scrutineer
