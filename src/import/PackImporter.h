#pragma once

#include "Error.h"
#include "ImportBundle.h"
#include "TableTemplate.h"
#include "ocr/OcrPass.h"
#include "pdf/PdfDocument.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace scrutineer {

// Turns one PDF into a staged ImportBundle: hashes the file, validates it, reads every page's
// words on several threads (one Poppler document per thread), reads the pages without a text
// layer with OCR (OcrPass), then runs the parsers. A document longer than a section is read and
// analysed a section at a time, so memory does not grow with its length. Call from a worker
// thread; it never touches the database or the GUI.
class PackImporter final {
    Q_DECLARE_TR_FUNCTIONS(PackImporter)

public:
    // done/total counts pages read; called from worker threads, so it must be thread-safe.
    using Progress = std::function<void(int done, int total)>;

    struct Options {
        int threads = 2;
        const std::atomic_bool* cancel = nullptr;
        Progress progress; // text layers read
        QList<TableTemplate> templates; // what the user taught; applied to documents of their body
        PdfDocument::ReadLimits limits; // per page; a page cut off at one is named in the warnings
        // Pages analysed together. Longer documents are analysed in sections of this many pages
        // (the longest packs in the corpus have a few hundred).
        int sectionPages = kSectionPages;
        OcrOptions ocr;
        OcrReport* ocrReport = nullptr; // filled when set
        QByteArray sha256; // the file's, when the caller has hashed it already: not hashed again
        // The page records of each section in turn, numbered as in the file (the records the
        // bundle ends with), as soon as the section's page map is known, while the rest of it is
        // still analysed; from the analysing thread.
        std::function<void(const QList<PageRecord>& pages)> pagesReady;
    };
    static constexpr int kSectionPages = 1000;

    static Expected<ImportBundle> run(const QString& path, const Options& options);
    static Expected<ImportBundle> run(const QString& path) { return run(path, Options {}); }

    // SHA-256 of a file as lower-case hex; empty when unreadable or not a regular file.
    static QByteArray sha256(const QString& path);
};

} // namespace scrutineer
