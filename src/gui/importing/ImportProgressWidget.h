#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ImportProgressWidget;
}

namespace scrutineer::gui {

// The status-bar strip of a running import: "Importing 2 of 5 · pack.pdf · page 40 of 256",
// a bar over the pages of the current file (then over its scanned pages while OCR reads them),
// and Cancel. GUI thread only.
class ImportProgressWidget : public QWidget {
    Q_OBJECT

public:
    explicit ImportProgressWidget(QWidget* parent = nullptr);
    ~ImportProgressWidget() override;

    void start(int fileCount);
    void setFile(int index, int count, const QString& fileName);
    void setPages(int done, int total);
    // Scanned pages of the current file read by OCR so far: the bar follows them until done.
    void setOcrPages(int done, int total);
    void setCancelling();
    // Another program is writing to the library: the current file waits its turn.
    void setWaiting(qint64 waitedMs);
    QString statusText() const;

signals:
    void cancelRequested();

private:
    void updateText();

    std::unique_ptr<Ui::ImportProgressWidget> m_ui;
    int m_index = 0;
    int m_count = 0;
    QString m_fileName;
    int m_done = 0;
    int m_total = 0;
    int m_ocrDone = 0;
    int m_ocrTotal = 0;
    bool m_cancelling = false;
    bool m_waiting = false;
    QString m_fullText;
};

} // namespace scrutineer::gui
