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
    // The other threads' documents are opened by those threads, while the first reads: opening
    // parses the whole cross-reference table (about 2 s for 5,000 pages joined with pdfunite).
    int threads = std::clamp(options.threads, 1, std::max(1, pages / 8 + 1));
    // Every reader holds the file's cross-reference table again: for a file of millions of
    // objects (5,000 pages joined with pdfunite have 2 million, 84 MB a reader) the pages are
    // read on fewer threads rather than memory growing past the import's budget.
    const qint64 table = m_documents.front()->crossReferenceBytes();
    if (table > 0)
        threads = int(std::clamp<qint64>(kReaderTablesBudget / table, 1, threads));
    m_documents.resize(std::size_t(threads));
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
    // Each thread takes the next page not yet taken, so that heavy pages are shared out, and the
    // first reads on alone while another opens its document.
    std::atomic_int next {0};
    auto readPages = [&](const PdfDocument* pdf) {
        for (int k = next.fetch_add(1); k < count; k = next.fetch_add(1)) {
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
    // Each thread touches only its own entry of m_documents and of `unopened`.
    std::vector<char> unopened(std::size_t(threads), 0);
    auto openAndRead = [&](int t) {
        std::unique_ptr<PdfDocument>& pdf = m_documents[std::size_t(t)];
        if (!pdf) {
            auto another = PdfDocument::openReader(*m_documents.front());
            if (!another) {
                unopened[std::size_t(t)] = 1; // its share is read by the others
                return;
            }
            pdf = std::move(another.value());
        }
        readPages(pdf.get());
    };
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(openAndRead, t);
    readPages(m_documents.front().get());
    for (std::thread& worker : workers)
        worker.join();
    for (int t = threads - 1; t >= 1; --t) {
        if (unopened[std::size_t(t)])
            m_documents.erase(m_documents.begin() + t); // not tried again for the next stretches
    }
    return pages;
}

} // namespace scrutineer
