#include "OverlappedImport.h"

#include <QFileInfo>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace scrutineer::cli {

Expected<ImportBundle> OverlappedImport::run(const QString& path, PackImporter::Options options, ImportWriter& writer)
{
    std::mutex mutex;
    std::condition_variable changed;
    QList<QList<PageRecord>> ready; // each section's pages, not yet written; guarded by mutex
    std::optional<Expected<ImportBundle>> result; // guarded by mutex
    options.pagesReady = [&](const QList<PageRecord>& pages) {
        const std::lock_guard lock(mutex);
        ready.append(pages);
        changed.notify_one();
    };
    std::thread analysing([&] {
        auto bundle = PackImporter::run(path, options);
        const std::lock_guard lock(mutex);
        result.emplace(std::move(bundle));
        changed.notify_one();
    });
    const QString fileName = QFileInfo(path).fileName();
    bool writing = true; // until the writer declines: then write() does it all
    std::unique_lock lock(mutex);
    for (;;) {
        changed.wait(lock, [&] { return !ready.isEmpty() || result.has_value(); });
        if (ready.isEmpty())
            break; // the bundle is ready and every page handed over
        const QList<PageRecord> pages = ready.takeFirst();
        lock.unlock();
        writing = writing && writer.writePagesEarly(fileName, options.sha256, pages);
        lock.lock();
    }
    lock.unlock();
    analysing.join();
    if (!*result)
        writer.discardEarlyPages(); // refused or cancelled: nothing of it stays
    return std::move(*result);
}

} // namespace scrutineer::cli
