#include "PageReader.h"

#include "pages/Furniture.h"

#include <algorithm>
#include <thread>

namespace scrutineer {

PageReader::PageReader(std::unique_ptr<PdfDocument> first, const Options& options) : m_options(options)
{
    const int pages = first->pageCount();
    m_documents.push_back(std::move(first));
    // A thread for every eight pages at most: opening a document costs more than a few pages.
    const int threads = std::clamp(options.threads, 1, std::max(1, pages / 8 + 1));
    for (int t = 1; t < threads; ++t) {
        auto another = PdfDocument::openReader(*m_documents.front());
        if (!another)
            break;
        m_documents.push_back(std::move(another.value()));
    }
}

PageReader::~PageReader()
{
    // The other readers close before the document they were opened from.
    while (!m_documents.empty())
        m_documents.pop_back();
}

QList<layout::LayoutPage> PageReader::read(int from, int count)
{
    QList<layout::LayoutPage> pages(count);
    layout::LayoutPage* slot = pages.data(); // each thread fills its own slots
    const int threads = int(m_documents.size());
    auto cancelled = [this] { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); };
    // Interleaved, so that every thread gets a share of the heavy pages.
    auto readStride = [&](const PdfDocument* pdf, int start) {
        for (int k = start; k < count; k += threads) {
            if (cancelled())
                return;
            layout::LayoutPage page = pdf->readPage(from + k, m_options.limits);
            page.number = k + 1;
            parse::Furniture::stripPage(page);
            slot[k] = std::move(page);
            if (m_options.pageDone)
                m_options.pageDone();
        }
    };
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(readStride, m_documents[std::size_t(t)].get(), t);
    readStride(m_documents.front().get(), 0);
    for (std::thread& worker : workers)
        worker.join();
    return pages;
}

} // namespace scrutineer
