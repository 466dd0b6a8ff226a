#pragma once

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;

namespace Ui {
class PdfViewer;
}

namespace scrutineer::gui {

class FindBar;
class PageRenderer;
class PdfView;
class ThumbnailModel;

// The document pane: toolbar (page, zoom), thumbnails and the continuous page view for one
// imported document. Knows documents by id and path only; the caller looks them up in the
// store. Owns the render thread through its PageRenderer. GUI thread only.
class PdfViewer final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfViewer)

public:
    struct Document {
        qint64 id = 0;
        QString path;
        QString title; // shown in the toolbar ("Agenda pack: pack.pdf")
        QHash<int, int> packPages; // 1-based PDF page -> printed pack page
        QString key; // the file's SHA-256: its zoom is remembered under it
        QHash<int, double> ocrPages = {}; // 1-based PDF page -> mean OCR confidence, for scanned pages
    };

    explicit PdfViewer(QWidget* parent = nullptr);
    ~PdfViewer() override;

    // Opens a document (or stays on it when already open) at a 1-based page, highlighting text.
    void showDocument(const Document& document, int pdfPage = 1, const QString& highlight = {});
    // Closes the document and shows a message in its place.
    void showMessage(const QString& message);

    qint64 documentId() const { return m_document.id; }
    // The open document's SHA-256 (empty when none): notes and highlights are kept under it.
    QString documentKey() const { return m_document.key; }
    QString documentPath() const { return m_document.path; }
    int currentPage() const;
    std::optional<int> currentPackPage() const;
    QString pageIndicatorText() const;
    // "Scanned page · text read by OCR (91 %)" while the current page is one, else empty.
    QString ocrNoticeText() const;
    PdfView* view() const;

    // For the View menu; the toolbar shows the same actions.
    QList<QAction*> zoomActions() const;
    QList<QAction*> navigationActions() const;
    QAction* thumbnailsAction() const { return m_thumbnailsAction; }
    // Find in this document (Ctrl+F), next and previous match, for the Edit menu.
    QList<QAction*> findActions() const;
    FindBar* findBar() const { return m_findBar; }
    // File → Print… (Ctrl+P): the pack, a page range or the page being read.
    QAction* printAction() const { return m_printAction; }

    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

signals:
    void currentPageChanged(qint64 documentId, int pdfPage);
    void selectionChanged(qint64 documentId, int pdfPage, const QString& text);
    // Printing ended: what happened, for the status bar.
    void printFinished(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void updateDocumentLabel();
    void updatePageControls();
    void updateZoomControls();
    void applyZoomText();
    void printDocument();
    // The zoom last used on a document, kept in QSettings under viewer/zoom/<key>.
    void restoreZoom(const QString& key);
    void rememberZoom() const;

    std::unique_ptr<Ui::PdfViewer> m_ui;
    PageRenderer* m_renderer = nullptr;
    ThumbnailModel* m_thumbnails = nullptr;
    FindBar* m_findBar = nullptr;
    Document m_document;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_actualSizeAction = nullptr;
    QAction* m_fitWidthAction = nullptr;
    QAction* m_fitPageAction = nullptr;
    QAction* m_nextPageAction = nullptr;
    QAction* m_previousPageAction = nullptr;
    QAction* m_thumbnailsAction = nullptr;
    QAction* m_printAction = nullptr;
};

} // namespace scrutineer::gui
