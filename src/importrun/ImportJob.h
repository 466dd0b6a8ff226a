#pragma once

#include "ImportSummary.h"
#include "ocr/OcrPass.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace scrutineer::gui {

// The body of a background import: for each file, skip it if its bytes are already stored,
// else read and analyse it (PackImporter) and write it in one transaction (ImportWriter) on a
// Database this thread opens itself. A cancel stops before the next write: what was written
// is whole, the file in progress leaves nothing. Worker thread only; callbacks run there too.
class ImportJob final {
    Q_DECLARE_TR_FUNCTIONS(ImportJob)

public:
    struct Callbacks {
        std::function<void(int index, int count, const QString& fileName)> fileStarted;
        std::function<void(int done, int total)> pageProgress; // called from reader threads
        std::function<void(int done, int total)> ocrProgress;  // scanned pages read, from OCR threads
        std::function<void(const ImportFileResult& result)> fileFinished;
        // Another program holds the database's write lock; the file waits its turn (waitedMs so far).
        std::function<void(qint64 waitedMs)> waiting;
    };

    // `ocr` says whether and how pages without a text layer are read (its progress is replaced
    // by callbacks.ocrProgress).
    static ImportSummary run(const QStringList& files, const QString& databasePath, const std::atomic_bool& cancel,
                             const Callbacks& callbacks, const OcrOptions& ocr = {});
};

} // namespace scrutineer::gui
