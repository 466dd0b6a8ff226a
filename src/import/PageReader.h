#pragma once

#include "Error.h"
#include "layout/LayoutPage.h"
#include "pdf/PdfDocument.h"

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace scrutineer {

// Reads stretches of a PDF's pages into layout pages on several threads, each with its own
// Poppler document, and takes each page through the per-page furniture pass (stamps, printed
// numbers, blank notices, lines) on the thread that read it. One PageReader belongs to the thread
// that made it; it starts and joins its own worker threads inside read().
class PageReader final {
public:
    struct Options {
        int threads = 2;
        const std::atomic_bool* cancel = nullptr;
        PdfDocument::ReadLimits limits;
        // Called from the worker threads after each page; must be thread-safe.
        std::function<void()> pageDone;
    };

    // `first` is an open document of the file; more are opened on the same path for the other
    // threads (reading goes on with fewer threads when one cannot be opened).
    PageReader(std::unique_ptr<PdfDocument> first, const Options& options);
    // The cross-reference tables of all the readers together stay under this (one reader is
    // always opened): with a section's layout it keeps an import under 300 MB.
    static constexpr qint64 kReaderTablesBudget = 100'000'000;
    ~PageReader();
    PageReader(const PageReader&) = delete;
    PageReader& operator=(const PageReader&) = delete;

    const PdfDocument& document() const { return *m_documents.front(); }
    int pageCount() const { return m_documents.front()->pageCount(); }
    // Threads that read (fewer than asked for when the file's tables would not fit twice).
    int threads() const { return int(m_documents.size()); }

    // Pages [from, from + count), numbered 1… within the stretch (page from + k is number k + 1),
    // with furniture stripped. Pages not read because of a cancel are left empty.
    QList<layout::LayoutPage> read(int from, int count);

private:
    Options m_options;
    std::vector<std::unique_ptr<PdfDocument>> m_documents;
};

} // namespace scrutineer
