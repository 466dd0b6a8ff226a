#pragma once

#include "ImportJob.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>

namespace scrutineer::gui {

// Runs an import in a worker process (`scrutineer-cli import --worker`), so that Poppler never
// runs inside the app: a file that crashes the worker, or keeps it past the per-file limit, is
// reported as refused with the reason, and a new worker goes on with the files after it. Reads
// the worker's JSON lines (WorkerProtocol) into the same callbacks and summary as ImportJob;
// a cancel is passed on to the worker, which stops as ImportJob does. Call from a background
// thread (it blocks until the run ends); callbacks run on that thread.
class WorkerImport final {
    Q_DECLARE_TR_FUNCTIONS(WorkerImport)

public:
    struct Options {
        QString workerPath; // the scrutineer-cli executable
        int perFileLimitMs = 10 * 60 * 1000;
        OcrOptions ocr; // passed on as --no-ocr / --ocr-cache (its progress comes back as events)
    };

    static ImportSummary run(const QStringList& files, const QString& databasePath, const std::atomic_bool& cancel,
                             const ImportJob::Callbacks& callbacks, const Options& options);

    // The scrutineer-cli beside the running program (installed, or in the build tree), or the
    // one SCRUTINEER_IMPORT_WORKER names; empty when there is none ("in-process" in that
    // variable also gives empty: import inside the app).
    static QString findWorker();
};

} // namespace scrutineer::gui
