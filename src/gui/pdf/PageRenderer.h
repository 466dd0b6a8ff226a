#pragma once

#include "pdf/PageCache.h"
#include "pdf/PageText.h"
#include "pdf/RenderQueue.h"

#include <QList>
#include <QObject>
#include <QSizeF>
#include <QThread>

namespace scrutineer::gui {

class RenderWorker;

// Renders pages of one PDF off the GUI thread: opens the document on its own render thread,
// keeps a small cache of page images and thumbnails, and finds or selects text for highlights
// and notes. Requests replace earlier ones of the same lane, so scrolling through a long pack
// never builds a backlog. GUI thread only.
class PageRenderer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageRenderer)

public:
    using Lane = RenderQueue::Lane;
    using Job = RenderQueue::RenderJob;

    explicit PageRenderer(QObject* parent = nullptr);
    ~PageRenderer() override;

    // Opens a PDF in the background; opened() or openFailed() follows.
    void open(const QString& path);
    void close();
    QString path() const { return m_path; }
    bool isOpen() const { return !m_pageSizes.isEmpty(); }
    const QList<QSizeF>& pageSizes() const { return m_pageSizes; }

    // Replaces what the lane waits for, most urgent first. Pages already cached are skipped.
    void request(Lane lane, const QList<Job>& jobs);
    // The view's pages first..last (0-based, in sight) at a resolution, in the order they are
    // wanted: the current page (held within them), then outwards from it, then one page of
    // read-ahead each way.
    static QList<Job> viewJobs(int first, int last, int current, int pageCount, int dpi);
    // Boxes (points) of the text on a page: textFound() follows.
    void findText(int page, const QString& text);
    // Every page searched for `text` (exact words, any case), from `startPage` (0-based) round
    // to the page before it: matchesFound() follows once per page. Replaces an earlier search;
    // an empty text stops it.
    void findAll(const QString& text, int startPage);
    // The words of a page (0-based) in reading order: wordsRead() follows.
    void readWords(int page);

    PageCache& pages() { return m_pages; }
    PageCache& thumbnails() { return m_thumbnails; }

signals:
    void opened(const QList<QSizeF>& pageSizes);
    void openFailed(const QString& reason);
    void pageRendered(int page);
    void thumbnailRendered(int page);
    void textFound(int page, const QString& text, const QList<QRectF>& boxes);
    void wordsRead(int page, const scrutineer::gui::PageText& text);
    void matchesFound(int page, const QString& text, const QList<QRectF>& boxes);

private:
    void post(const std::function<void(RenderQueue&)>& change);
    void onOpened(quint64 generation, const QList<QSizeF>& sizes, const QString& error);
    void onRendered(quint64 generation, int page, int dpi, bool thumbnail, const QImage& image);

    RenderQueue m_queue;
    QThread m_thread;
    RenderWorker* m_worker = nullptr;
    quint64 m_generation = 0;
    QString m_path;
    QList<QSizeF> m_pageSizes;
    PageCache m_pages;
    PageCache m_thumbnails;
};

} // namespace scrutineer::gui
