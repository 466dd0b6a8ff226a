#include "OcrPass.h"

#include "Log.h"
#include "ocr/OcrCache.h"
#include "ocr/OcrEngine.h"
#include "pdf/PdfDocument.h"

#include <QElapsedTimer>

#include <mutex>
#include <thread>
#include <vector>

namespace scrutineer {
namespace {

constexpr double kMaxPixels = 5000;

bool stopped(const std::atomic_bool* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

double OcrPass::dpiFor(const QSizeF& pagePoints, double wanted)
{
    const double longSide = std::max(pagePoints.width(), pagePoints.height());
    if (longSide <= 0)
        return wanted;
    return std::min(wanted, kMaxPixels * 72.0 / longSide);
}

OcrReport OcrPass::run(const QString& pdfPath, layout::LayoutDocument& document, const QList<int>& pageIndexes,
                       int firstPage, const OcrOptions& options, int threads, const std::atomic_bool* cancel)
{
    OcrReport report;
    report.pages = int(pageIndexes.size());
    if (pageIndexes.isEmpty())
        return report;
    QElapsedTimer timer;
    timer.start();
    const OcrCache cache(options.cacheFolder);
    std::atomic_int next {0};
    std::atomic_int done {0};
    std::atomic_int fromCache {0};
    std::mutex problemMutex;

    // Each thread takes the next page still to read: scanned pages vary a lot in cost.
    auto worker = [&]() {
        auto pdf = PdfDocument::open(pdfPath);
        if (!pdf)
            return;
        std::unique_ptr<OcrEngine> engine; // loaded on the first page the cache cannot answer
        const QString signature = OcrEngine::signature();
        for (int n = next.fetch_add(1); n < report.pages && !stopped(cancel); n = next.fetch_add(1)) {
            const int index = pageIndexes.at(n);
            layout::LayoutPage& page = document.pages[index];
            const double dpi = dpiFor(page.size, options.dpi);
            const GrayImage image = pdf.value()->renderGray(firstPage + index, dpi);
            const QByteArray key = options.useCache ? OcrCache::key(image, dpi, signature) : QByteArray();
            std::optional<OcrEngine::Result> result = options.useCache ? cache.find(key) : std::nullopt;
            if (result) {
                fromCache.fetch_add(1);
            } else {
                if (!engine) {
                    auto created = OcrEngine::create();
                    if (!created) {
                        const std::lock_guard lock(problemMutex);
                        report.problem = created.error().message;
                        return;
                    }
                    engine = std::move(created.value());
                }
                result = engine->read(image, dpi, cancel);
                if (result->cancelled)
                    return;
                if (options.useCache && !cache.store(key, *result))
                    log::warning(QStringLiteral("OCR cache: cannot write under %1").arg(cache.folder()));
            }
            page.words = result->words;
            page.ocrConfidence = result->meanConfidence;
            const int count = done.fetch_add(1) + 1;
            if (options.progress)
                options.progress(count, report.pages);
        }
    };

    const int count = std::clamp(threads, 1, report.pages);
    std::vector<std::thread> pool;
    for (int t = 1; t < count; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread& thread : pool)
        thread.join();

    report.fromCache = fromCache.load();
    for (int index : pageIndexes)
        report.withWords += document.pages.at(index).hasText() ? 1 : 0;
    report.ms = timer.elapsed();
    return report;
}

} // namespace scrutineer
