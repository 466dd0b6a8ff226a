#pragma once

#include "ImportSummary.h"
#include "ocr/OcrPass.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <memory>

class QMimeData;
class QWidget;
template <typename T> class QFutureWatcher;

namespace scrutineer::gui {

class ImportProgressWidget;
class ImportSummaryDialog;

// Imports a list of PDFs and folders in the background: PackImporter and ImportWriter run in a
// worker process (WorkerImport, so a file that crashes or hangs the reader fails alone), or,
// without one, on a worker thread that opens its own Database. Progress is reported per file
// and per page; cancel leaves nothing partial (a file's transaction never starts or is rolled
// back). At the end a summary dialog says what was found, what was refused and why. Lives on
// the GUI thread.
class ImportController : public QObject {
    Q_OBJECT

public:
    // `window` parents the progress widget and the dialogs.
    explicit ImportController(QWidget* window);
    ~ImportController() override; // cancels a running import and waits for it

    void setDatabasePath(const QString& path);
    QString databasePath() const;
    bool isRunning() const;

    // A compact "Importing file 2 of 5 · page 40 of 256 [bar] Cancel" strip for the status bar;
    // hidden while idle. Owned by the controller's window.
    QWidget* progressWidget() const;
    // Whether finished() is followed by the summary dialog (on by default).
    void setSummaryDialogEnabled(bool enabled);
    // How the next imports read pages without a text layer (OCR on or off, cache folder).
    void setOcrOptions(const OcrOptions& options) { m_ocr = options; }
    const OcrOptions& ocrOptions() const { return m_ocr; }
    // Read PDFs in a worker process when one is found (the default), or inside the app.
    void setWorkerEnabled(bool enabled) { m_workerEnabled = enabled; }
    bool workerEnabled() const { return m_workerEnabled; }
    ImportSummaryDialog* summaryDialog() const;
    const ImportSummary& lastSummary() const;

    // Folders expanded to the PDFs they hold (recursively), files kept as given, sorted, unique.
    static QStringList expandPaths(const QStringList& paths);
    // Local files/folders in a drag, for dragEnterEvent/dropEvent; empty when nothing importable.
    static QStringList droppedPaths(const QMimeData* mime);

public slots:
    // Starts importing; ignored (returns false) while another import runs.
    bool importPaths(const QStringList& paths);
    // Writes the fictional sample pack to the app data folder and imports it.
    bool importSample();
    // File → Import: a file dialog for PDFs (window-modal, no nested event loop).
    void chooseFiles();
    // File → Import folder.
    void chooseFolder();
    void cancel();

signals:
    void started(int fileCount);
    // index is 0-based.
    void fileStarted(int index, int count, const QString& fileName);
    // Pages read of the current file.
    void pageProgress(int done, int total);
    void fileFinished(const scrutineer::gui::ImportFileResult& result);
    void finished(const scrutineer::gui::ImportSummary& summary);
    // Something was written: views over the database should reload.
    void databaseChanged();
    // The user asked (from the summary) to open a document.
    void openRequested(qint64 documentId, int pdfPage, const QString& highlight);

private:
    void onFileFinished(const ImportFileResult& result);
    void onRunFinished();

    QPointer<QWidget> m_window;
    QString m_databasePath;
    ImportProgressWidget* m_progress = nullptr;
    QPointer<ImportSummaryDialog> m_dialog;
    QFutureWatcher<ImportSummary>* m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    ImportSummary m_lastSummary;
    bool m_summaryEnabled = true;
    OcrOptions m_ocr;
    bool m_workerEnabled = true;
    bool m_wroteSomething = false;
};

} // namespace scrutineer::gui
