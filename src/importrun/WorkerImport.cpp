#include "WorkerImport.h"

#include "Log.h"
#include "WorkerProtocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

namespace scrutineer::gui {
namespace {

constexpr int kPollMs = 50;
constexpr int kStartMs = 30000;

ImportFileResult failed(const QString& path, const QString& reason, qint64 elapsedMs)
{
    ImportFileResult result;
    result.path = path;
    result.fileName = QFileInfo(path).fileName();
    result.status = ImportFileResult::Status::Refused;
    result.reason = reason;
    result.elapsedMs = elapsedMs;
    return result;
}

// One worker process over files[first..]: what it reported, and how it ended.
struct WorkerRun {
    int nextFile = 0; // the first file without a result
    int currentFile = -1; // the file it was reading when it ended, -1 when between files
    bool finishedNormally = false;
    bool hung = false;
    bool notStarted = false;
    QString failure; // why it ended without finishing
    qint64 currentElapsedMs = 0;
};

WorkerRun runWorker(const QStringList& files, int first, const QString& databasePath, const std::atomic_bool& cancel,
                    const ImportJob::Callbacks& callbacks, const WorkerImport::Options& options, ImportSummary& summary)
{
    WorkerRun run;
    run.nextFile = first;
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments {QStringLiteral("import"), QStringLiteral("--worker"), QStringLiteral("--db"), databasePath};
    if (!options.ocr.enabled)
        arguments << QStringLiteral("--no-ocr");
    if (!options.ocr.cacheFolder.isEmpty())
        arguments << QStringLiteral("--ocr-cache") << options.ocr.cacheFolder;
    process.start(options.workerPath, arguments + files.mid(first));
    if (!process.waitForStarted(kStartMs)) {
        run.notStarted = true;
        run.failure = WorkerImport::tr("the import worker could not be started (%1)").arg(process.errorString());
        return run;
    }
    QElapsedTimer fileTimer;
    bool cancelSent = false;
    auto handle = [&](const QByteArray& line) {
        const WorkerProtocol::Message message = WorkerProtocol::parse(line);
        switch (message.kind) {
        case WorkerProtocol::Message::Kind::FileStarted:
            run.currentFile = first + message.index;
            fileTimer.start();
            if (callbacks.fileStarted)
                callbacks.fileStarted(run.currentFile, int(files.size()), message.fileName);
            break;
        case WorkerProtocol::Message::Kind::Pages:
            if (callbacks.pageProgress)
                callbacks.pageProgress(message.done, message.total);
            break;
        case WorkerProtocol::Message::Kind::OcrPages:
            // A long scan is slow but alive: the limit counts from the last page OCR read.
            fileTimer.start();
            if (callbacks.ocrProgress)
                callbacks.ocrProgress(message.done, message.total);
            break;
        case WorkerProtocol::Message::Kind::Waiting:
            fileTimer.start(); // waiting for another program's lock is not this file's fault
            if (callbacks.waiting)
                callbacks.waiting(message.waitedMs);
            break;
        case WorkerProtocol::Message::Kind::Result: {
            ImportFileResult result = message.result;
            const int index = first + message.index;
            result.path = files.value(index);
            if (result.status == ImportFileResult::Status::Cancelled)
                summary.cancelled = true;
            summary.files.append(result);
            if (callbacks.fileFinished)
                callbacks.fileFinished(result);
            run.nextFile = index + 1;
            run.currentFile = -1;
            break;
        }
        case WorkerProtocol::Message::Kind::Done:
            run.finishedNormally = true;
            summary.cancelled = summary.cancelled || message.cancelled;
            break;
        case WorkerProtocol::Message::Kind::Unknown:
            log::warning(QStringLiteral("import worker: unexpected line %1").arg(QString::fromUtf8(line.trimmed())));
            break;
        }
    };
    for (;;) {
        process.waitForReadyRead(kPollMs);
        while (process.canReadLine())
            handle(process.readLine());
        if (process.state() == QProcess::NotRunning)
            break;
        if (cancel.load() && !cancelSent) {
            process.write(WorkerProtocol::cancelCommand());
            cancelSent = true;
        }
        if (run.currentFile >= 0 && fileTimer.isValid() && fileTimer.elapsed() > options.perFileLimitMs) {
            run.hung = true;
            run.currentElapsedMs = fileTimer.elapsed();
            process.kill();
            process.waitForFinished(kStartMs);
            break;
        }
    }
    while (process.canReadLine())
        handle(process.readLine());
    if (run.finishedNormally || run.hung)
        return run;
    run.currentElapsedMs = fileTimer.isValid() ? fileTimer.elapsed() : 0;
    run.failure = process.exitStatus() == QProcess::CrashExit
        ? WorkerImport::tr("the importer crashed while reading this file")
        : WorkerImport::tr("the importer stopped while reading this file (exit code %1)").arg(process.exitCode());
    return run;
}

} // namespace

ImportSummary WorkerImport::run(const QStringList& files, const QString& databasePath, const std::atomic_bool& cancel,
                                const ImportJob::Callbacks& callbacks, const Options& options)
{
    QElapsedTimer total;
    total.start();
    ImportSummary summary;
    int next = 0;
    while (next < files.size()) {
        const WorkerRun run = runWorker(files, next, databasePath, cancel, callbacks, options, summary);
        if (run.finishedNormally && run.nextFile >= files.size())
            break;
        if (run.notStarted) {
            // The worker cannot run at all: say so for every file rather than start it again.
            log::warning(QStringLiteral("import worker %1: %2").arg(options.workerPath, run.failure));
            for (int i = run.nextFile; i < files.size(); ++i) {
                const ImportFileResult result = failed(files.at(i), run.failure, 0);
                summary.files.append(result);
                if (callbacks.fileFinished)
                    callbacks.fileFinished(result);
            }
            break;
        }
        // The worker ended without a result for the file it was reading (or, if it was between
        // files, for the next one): that file failed; a new worker goes on after it.
        const int culprit = run.currentFile >= 0 ? run.currentFile : run.nextFile;
        QString reason = run.failure;
        if (run.hung)
            reason = tr("reading this file took longer than %1 s, so it was stopped")
                         .arg(options.perFileLimitMs / 1000.0, 0, 'g', 3);
        else if (run.finishedNormally)
            reason = tr("the importer gave no result for this file");
        reason += tr("; nothing of this file was kept");
        log::warning(QStringLiteral("import worker: %1: %2").arg(files.at(culprit), reason));
        const ImportFileResult result = failed(files.at(culprit), reason, run.currentElapsedMs);
        summary.files.append(result);
        if (callbacks.fileFinished)
            callbacks.fileFinished(result);
        next = culprit + 1;
    }
    summary.elapsedMs = total.elapsed();
    return summary;
}

QString WorkerImport::findWorker()
{
    QString chosen = qEnvironmentVariable("SCRUTINEER_IMPORT_WORKER");
    if (chosen == QLatin1String("in-process"))
        return {};
    if (!chosen.isEmpty())
        return chosen;
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates {dir + QStringLiteral("/scrutineer-cli"),
                                  dir + QStringLiteral("/../cli/scrutineer-cli")};
    for (const QString& candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

} // namespace scrutineer::gui
