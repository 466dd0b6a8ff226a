#include "ImportController.h"

#include "ImportJob.h"
#include "ImportProgressWidget.h"
#include "ImportSummaryDialog.h"
#include "Log.h"
#include "SamplePack.h"
#include "WorkerImport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace scrutineer::gui {
namespace {

bool isPdfName(const QString& path)
{
    return path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
}

} // namespace

ImportController::ImportController(QWidget* window) : QObject(window), m_window(window)
{
    qRegisterMetaType<ImportFileResult>();
    qRegisterMetaType<ImportSummary>();
    m_progress = new ImportProgressWidget(window);
    m_progress->hide();
    connect(m_progress, &ImportProgressWidget::cancelRequested, this, &ImportController::cancel);
    m_watcher = new QFutureWatcher<ImportSummary>(this);
    connect(m_watcher, &QFutureWatcher<ImportSummary>::finished, this, &ImportController::onRunFinished);
}

ImportController::~ImportController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher->waitForFinished();
}

void ImportController::setDatabasePath(const QString& path)
{
    m_databasePath = path;
}

QString ImportController::databasePath() const
{
    return m_databasePath;
}

bool ImportController::isRunning() const
{
    return m_watcher->isRunning();
}

QWidget* ImportController::progressWidget() const
{
    return m_progress;
}

void ImportController::setSummaryDialogEnabled(bool enabled)
{
    m_summaryEnabled = enabled;
}

ImportSummaryDialog* ImportController::summaryDialog() const
{
    return m_dialog;
}

const ImportSummary& ImportController::lastSummary() const
{
    return m_lastSummary;
}

QStringList ImportController::expandPaths(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(info.absoluteFilePath(), {QStringLiteral("*.pdf"), QStringLiteral("*.PDF")},
                            QDir::Files | QDir::Readable, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            QStringList inFolder;
            while (it.hasNext())
                inFolder << QFileInfo(it.next()).absoluteFilePath();
            inFolder.sort(Qt::CaseInsensitive);
            files << inFolder;
        } else {
            // Files are kept even when they are not PDFs: the summary says why they were refused.
            files << info.absoluteFilePath();
        }
    }
    files.removeDuplicates();
    return files;
}

QStringList ImportController::droppedPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isDir() || (info.isFile() && isPdfName(info.fileName())))
            paths << info.absoluteFilePath();
    }
    return paths;
}

bool ImportController::importPaths(const QStringList& paths)
{
    if (isRunning())
        return false;
    const QStringList files = expandPaths(paths);
    if (files.isEmpty()) {
        ImportSummary empty;
        m_lastSummary = empty;
        if (m_summaryEnabled && m_window) {
            auto* box = new QMessageBox(QMessageBox::Information, tr("Import"),
                                        tr("There are no PDF files in what you chose."), QMessageBox::Ok, m_window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit finished(empty);
        return false;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_wroteSomething = false;
    m_progress->start(int(files.size()));
    m_progress->show();
    emit started(int(files.size()));

    // The job posts its progress back to this object's thread; nothing it touches is shared.
    QPointer<ImportController> self(this);
    ImportJob::Callbacks callbacks;
    callbacks.fileStarted = [self](int index, int count, const QString& name) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, index, count, name] {
                if (!self)
                    return;
                self->m_progress->setFile(index, count, name);
                emit self->fileStarted(index, count, name);
            },
            Qt::QueuedConnection);
    };
    auto lastPost = std::make_shared<std::atomic<qint64>>(0);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    callbacks.pageProgress = [self, lastPost, clock](int done, int total) {
        // At most one update per 15 ms (and always the last page): enough for a smooth bar.
        const qint64 now = clock->elapsed();
        qint64 last = lastPost->load();
        if (done < total && (now - last < 15 || !lastPost->compare_exchange_strong(last, now)))
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (!self)
                    return;
                self->m_progress->setPages(done, total);
                emit self->pageProgress(done, total);
            },
            Qt::QueuedConnection);
    };
    callbacks.ocrProgress = [self](int done, int total) {
        // One call per scanned page, seconds apart: post every one.
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (self)
                    self->m_progress->setOcrPages(done, total);
            },
            Qt::QueuedConnection);
    };
    callbacks.fileFinished = [self](const ImportFileResult& result) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, result] {
                if (self)
                    self->onFileFinished(result);
            },
            Qt::QueuedConnection);
    };
    callbacks.waiting = [self](qint64 waitedMs) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, waitedMs] {
                if (self)
                    self->m_progress->setWaiting(waitedMs);
            },
            Qt::QueuedConnection);
    };
    const QString database = m_databasePath;
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    // PDFs are read in a worker process when there is one, so that a file that crashes or
    // hangs Poppler costs that file, not the app.
    WorkerImport::Options worker;
    worker.workerPath = m_workerEnabled ? WorkerImport::findWorker() : QString();
    worker.ocr = m_ocr;
    if (worker.workerPath.isEmpty() && m_workerEnabled)
        log::warning(QStringLiteral("no import worker (scrutineer-cli) found: importing inside the app"));
    m_watcher->setFuture(QtConcurrent::run([files, database, cancel, callbacks, worker] {
        return worker.workerPath.isEmpty() ? ImportJob::run(files, database, *cancel, callbacks, worker.ocr)
                                           : WorkerImport::run(files, database, *cancel, callbacks, worker);
    }));
    return true;
}

bool ImportController::importSample()
{
    if (isRunning())
        return false;
    const QString path = SamplePack::defaultPath();
    if (!QFileInfo::exists(path)) {
        if (auto failed = SamplePack::write(path)) {
            if (m_window) {
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Sample pack"),
                                            tr("The sample pack could not be created: %1").arg(failed->describe()),
                                            QMessageBox::Ok, m_window);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            return false;
        }
    }
    return importPaths({path});
}

void ImportController::chooseFiles()
{
    if (isRunning() || !m_window)
        return;
    auto* dialog = new QFileDialog(m_window, tr("Import agenda packs"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("PDF documents (*.pdf)"), tr("All files (*)")});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList& files) { importPaths(files); });
    dialog->open();
}

void ImportController::chooseFolder()
{
    if (isRunning() || !m_window)
        return;
    auto* dialog = new QFileDialog(m_window, tr("Import every PDF in a folder"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& folder) { importPaths({folder}); });
    dialog->open();
}

void ImportController::cancel()
{
    if (!isRunning() || !m_cancel)
        return;
    m_cancel->store(true);
    m_progress->setCancelling();
}

void ImportController::onFileFinished(const ImportFileResult& result)
{
    if (result.status == ImportFileResult::Status::Imported || result.status == ImportFileResult::Status::Replaced) {
        m_wroteSomething = true;
        emit databaseChanged(); // views can show each pack as it lands
    }
    emit fileFinished(result);
}

void ImportController::onRunFinished()
{
    m_lastSummary = m_watcher->result();
    m_progress->hide();
    m_cancel.reset();
    if (m_summaryEnabled && m_window) {
        if (!m_dialog) {
            m_dialog = new ImportSummaryDialog(m_window);
            connect(m_dialog, &ImportSummaryDialog::openRequested, this, &ImportController::openRequested);
        }
        m_dialog->setSummary(m_lastSummary);
        m_dialog->open();
    }
    emit finished(m_lastSummary);
}

} // namespace scrutineer::gui
