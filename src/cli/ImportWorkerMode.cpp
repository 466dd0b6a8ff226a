#include "ImportWorkerMode.h"

#include "CliSupport.h"
#include "ImportJob.h"
#include "WorkerProtocol.h"

#include <QElapsedTimer>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace scrutineer::cli {
namespace {

// Standard output is written from the page-reading threads too: one line at a time.
class LineWriter {
public:
    void write(const QByteArray& line)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
        std::fflush(stdout);
    }

private:
    std::mutex m_mutex;
};

// For tests only: SCRUTINEER_TEST_WORKER_FAULT=crash:NAME or hang:NAME makes the worker crash
// (abort) or hang when it starts the file called NAME, as a hostile PDF might make Poppler do.
void injectFault(const QString& fileName)
{
    const QString fault = qEnvironmentVariable("SCRUTINEER_TEST_WORKER_FAULT");
    if (fault.isEmpty())
        return;
    if (fault == QStringLiteral("crash:") + fileName)
        std::abort();
    if (fault == QStringLiteral("hang:") + fileName) {
        for (;;)
            std::this_thread::sleep_for(std::chrono::seconds(1));
    }
}

} // namespace

int ImportWorkerMode::run(const QStringList& files, const QString& databasePath, const OcrOptions& ocr)
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    // Blocks on standard input until "cancel" or end of input; left running when the import
    // ends (the process exits with it).
    std::thread([cancel] {
        std::string line;
        while (std::getline(std::cin, line)) {
            if (line == "cancel") {
                cancel->store(true);
                return;
            }
        }
    }).detach();

    LineWriter out;
    auto lastPages = std::make_shared<std::atomic<qint64>>(-1000);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    gui::ImportJob::Callbacks callbacks;
    callbacks.fileStarted = [&out](int index, int count, const QString& fileName) {
        out.write(gui::WorkerProtocol::fileStarted(index, count, fileName));
        injectFault(fileName);
    };
    callbacks.pageProgress = [&out, lastPages, clock](int done, int total) {
        // At most one line per 15 ms (and always the last page).
        const qint64 now = clock->elapsed();
        qint64 last = lastPages->load();
        if (done < total && (now - last < 15 || !lastPages->compare_exchange_strong(last, now)))
            return;
        out.write(gui::WorkerProtocol::pages(done, total));
    };
    callbacks.ocrProgress = [&out](int done, int total) { out.write(gui::WorkerProtocol::ocrPages(done, total)); };
    callbacks.waiting = [&out](qint64 waitedMs) { out.write(gui::WorkerProtocol::waiting(waitedMs)); };
    int index = 0;
    callbacks.fileFinished = [&out, &index](const gui::ImportFileResult& result) {
        out.write(gui::WorkerProtocol::result(index++, result));
    };
    const gui::ImportSummary summary = gui::ImportJob::run(files, databasePath, *cancel, callbacks, ocr);
    out.write(gui::WorkerProtocol::done(summary.cancelled));
    return ExitOk;
}

} // namespace scrutineer::cli
