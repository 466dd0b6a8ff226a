#pragma once

#include "ocr/OcrPass.h"

#include <QString>
#include <QStringList>

namespace scrutineer::cli {

// `scrutineer-cli import --worker`: the app's import worker. Imports the files as the app
// would (ImportJob), writing progress and each file's result as JSON lines on standard output
// (WorkerProtocol) and stopping when "cancel" arrives on standard input. Main thread.
class ImportWorkerMode final {
public:
    static int run(const QStringList& files, const QString& databasePath, const OcrOptions& ocr);
};

} // namespace scrutineer::cli
