#pragma once

#include "layout/LayoutPage.h"

#include "ocr/GrayImage.h"

#include <atomic>

// The interface of the Tesseract module (libscrutineer_tesseract.so), which OcrEngine loads the
// first time a page needs OCR: Tesseract brings Leptonica, libcurl, libarchive and their
// dependencies, 33 libraries a process would otherwise load at start-up to import text PDFs.
namespace scrutineer::ocr {

// What one page image gave: words (boxes in points, confidence 0..1) in reading order.
struct TesseractPage {
    QList<layout::LayoutWord> words;
    double meanConfidence = 0;
    bool cancelled = false;
};

// One Tesseract engine with its language model loaded; one thread uses it.
class TesseractReader {
public:
    virtual ~TesseractReader() = default;
    virtual TesseractPage read(const GrayImage& image, double dpi, const std::atomic_bool* cancel) = 0;
};

// The module's two entry points, looked up by these names.
using CreateReader = TesseractReader* (*)(const char* language); // null when the model is missing
using ReaderVersion = const char* (*)(); // Tesseract's version
inline constexpr const char* kCreateReader = "scrutineer_tesseract_create";
inline constexpr const char* kReaderVersion = "scrutineer_tesseract_version";

} // namespace scrutineer::ocr
