#pragma once

#include "layout/LayoutPage.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace scrutineer {

// What the import asks of OCR; part of PackImporter::Options so the app, the CLI and an import
// worker process all pass the same choices.
struct OcrOptions {
    bool enabled = true; // false: pages without a text layer stay without text (--no-ocr)
    double dpi = 300; // render resolution: ~300 dpi gives Tesseract letters 25-40 px high
    QString cacheFolder; // empty = <CacheLocation>/ocr
    bool useCache = true;
    // Pages read so far / pages that need OCR; called from worker threads (thread-safe).
    std::function<void(int done, int total)> progress;
};

// What an OCR pass did, for the import's log, the CLI and the benchmark.
struct OcrReport {
    int pages = 0; // pages that needed OCR
    int fromCache = 0; // of which answered by the cache
    int withWords = 0; // of which gave at least one word
    qint64 ms = 0; // wall-clock time of the pass
    QString problem; // why OCR could not run at all (engine or language data missing)
};

// Reads the pages of a document that have no text layer: renders each (Poppler, one document
// per thread), looks the image up in the OcrCache, else reads it with Tesseract (one engine per
// thread) and puts the words into the page. Call from a worker thread.
class OcrPass final {
public:
    // pageIndexes index document.pages, whose first page is the PDF's page `firstPage` (0-based):
    // a long file is read in sections.
    static OcrReport run(const QString& pdfPath, layout::LayoutDocument& document, const QList<int>& pageIndexes,
                         int firstPage, const OcrOptions& options, int threads, const std::atomic_bool* cancel);
    // The resolution a page of this size is rendered at: options.dpi unless the image would be
    // larger than Tesseract reads well (long side capped at 5000 px, e.g. A3 posters, plans).
    static double dpiFor(const QSizeF& pagePoints, double wanted);
};

} // namespace scrutineer
