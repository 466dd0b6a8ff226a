#pragma once

#include "pdf/PageText.h"
#include "pdf/RenderQueue.h"

#include <QImage>
#include <QObject>
#include <QSizeF>

#include <memory>

namespace scrutineer {
class PdfRenderer;
}

namespace scrutineer::gui {

// Lives on the render thread and owns that thread's PdfRenderer (Poppler documents stay on the
// thread that opened them). Takes one job at a time from the shared RenderQueue, so an open or
// a newer request never waits behind a long backlog. Render thread only, except construction.
class RenderWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenderWorker)

public:
    explicit RenderWorker(RenderQueue& queue);
    ~RenderWorker() override;

public slots:
    void open(quint64 generation, const QString& path);
    void close(quint64 generation);
    // Does one queued job, then posts itself again while work remains.
    void drain();

signals:
    void opened(quint64 generation, const QList<QSizeF>& pageSizes, const QString& error);
    void rendered(quint64 generation, int page, int dpi, bool thumbnail, const QImage& image);
    void textFound(quint64 generation, int page, const QString& text, const QList<QRectF>& boxes);
    void wordsRead(quint64 generation, int page, const scrutineer::gui::PageText& text);
    void matchesFound(quint64 generation, int page, const QString& text, const QList<QRectF>& boxes);

private:
    void postDrainIfNeeded();
    void find(quint64 generation, const RenderQueue::TextJob& job);

    RenderQueue& m_queue;
    std::unique_ptr<PdfRenderer> m_document;
    quint64 m_generation = 0;
};

} // namespace scrutineer::gui
