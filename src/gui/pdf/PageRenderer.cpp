#include "pdf/PageRenderer.h"

#include "pdf/RenderWorker.h"

#include <algorithm>

#include <QMetaObject>

namespace scrutineer::gui {
namespace {

constexpr int kPageCacheKb = 64 * 1024; // about 18 A4 pages at 100%, or 5 at 200%
constexpr int kThumbnailCacheKb = 24 * 1024; // every thumbnail of a 256-page pack

} // namespace

PageRenderer::PageRenderer(QObject* parent) : QObject(parent), m_pages(kPageCacheKb), m_thumbnails(kThumbnailCacheKb)
{
    m_thread.setObjectName(QStringLiteral("scrutineer-render"));
    m_worker = new RenderWorker(m_queue);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RenderWorker::opened, this, &PageRenderer::onOpened);
    connect(m_worker, &RenderWorker::rendered, this, &PageRenderer::onRendered);
    connect(m_worker, &RenderWorker::textFound, this,
            [this](quint64 generation, int page, const QString& text, const QList<QRectF>& boxes) {
                if (generation == m_generation)
                    emit textFound(page, text, boxes);
            });
    connect(m_worker, &RenderWorker::wordsRead, this, [this](quint64 generation, int page, const PageText& text) {
        if (generation == m_generation)
            emit wordsRead(page, text);
    });
    connect(m_worker, &RenderWorker::matchesFound, this,
            [this](quint64 generation, int page, const QString& text, const QList<QRectF>& boxes) {
                if (generation == m_generation)
                    emit matchesFound(page, text, boxes);
            });
    m_thread.start();
}

PageRenderer::~PageRenderer()
{
    {
        QMutexLocker lock(&m_queue.mutex);
        m_queue.view.clear();
        m_queue.thumbnails.clear();
        m_queue.text.clear();
        m_queue.search.clear();
    }
    m_thread.quit();
    m_thread.wait();
}

void PageRenderer::open(const QString& path)
{
    quint64 generation = 0;
    {
        QMutexLocker lock(&m_queue.mutex);
        generation = ++m_queue.generation;
        m_queue.view.clear();
        m_queue.thumbnails.clear();
        m_queue.text.clear();
        m_queue.search.clear();
    }
    m_generation = generation;
    m_path = path;
    m_pageSizes.clear();
    m_pages.clear();
    m_thumbnails.clear();
    QMetaObject::invokeMethod(m_worker, "open", Qt::QueuedConnection, Q_ARG(quint64, generation), Q_ARG(QString, path));
}

void PageRenderer::close()
{
    quint64 generation = 0;
    {
        QMutexLocker lock(&m_queue.mutex);
        generation = ++m_queue.generation;
        m_queue.view.clear();
        m_queue.thumbnails.clear();
        m_queue.text.clear();
        m_queue.search.clear();
    }
    m_generation = generation;
    m_path.clear();
    m_pageSizes.clear();
    m_pages.clear();
    m_thumbnails.clear();
    QMetaObject::invokeMethod(m_worker, "close", Qt::QueuedConnection, Q_ARG(quint64, generation));
}

void PageRenderer::post(const std::function<void(RenderQueue&)>& change)
{
    QMutexLocker lock(&m_queue.mutex);
    change(m_queue);
    if (!m_queue.drainPosted && !m_queue.isEmpty()) {
        m_queue.drainPosted = true;
        QMetaObject::invokeMethod(m_worker, "drain", Qt::QueuedConnection);
    }
}

void PageRenderer::request(Lane lane, const QList<Job>& jobs)
{
    PageCache& cache = lane == Lane::View ? m_pages : m_thumbnails;
    QList<Job> missing;
    for (Job job : jobs) {
        job.lane = lane;
        if (job.page >= 0 && job.page < m_pageSizes.size() && !cache.contains(job.page, job.dpi))
            missing.append(job);
    }
    post([&](RenderQueue& queue) { (lane == Lane::View ? queue.view : queue.thumbnails) = missing; });
}

void PageRenderer::findText(int page, const QString& text)
{
    post([&](RenderQueue& queue) { queue.text.append({RenderQueue::TextJob::Kind::Find, page, text, {}}); });
}

void PageRenderer::findAll(const QString& text, int startPage)
{
    QList<RenderQueue::TextJob> jobs;
    const int count = int(m_pageSizes.size());
    if (!text.trimmed().isEmpty()) {
        for (int i = 0; i < count; ++i)
            jobs.append({RenderQueue::TextJob::Kind::Find, (startPage + i) % count, text, {}});
    }
    post([&](RenderQueue& queue) { queue.search = jobs; });
}

void PageRenderer::readWords(int page)
{
    post([&](RenderQueue& queue) { queue.text.append({RenderQueue::TextJob::Kind::Words, page, {}, {}}); });
}

void PageRenderer::onOpened(quint64 generation, const QList<QSizeF>& sizes, const QString& error)
{
    if (generation != m_generation)
        return;
    if (!error.isEmpty() || sizes.isEmpty()) {
        emit openFailed(error);
        return;
    }
    m_pageSizes = sizes;
    emit opened(sizes);
}

void PageRenderer::onRendered(quint64 generation, int page, int dpi, bool thumbnail, const QImage& image)
{
    if (generation != m_generation)
        return;
    if (thumbnail) {
        m_thumbnails.insert(page, dpi, image);
        emit thumbnailRendered(page);
    } else {
        m_pages.insert(page, dpi, image);
        emit pageRendered(page);
    }
}

QList<PageRenderer::Job> PageRenderer::viewJobs(int first, int last, int current, int pageCount, int dpi)
{
    QList<Job> jobs;
    current = std::clamp(current, first, last);
    jobs.append({current, dpi});
    for (int distance = 1; current - distance >= first || current + distance <= last; ++distance) {
        if (current + distance <= last)
            jobs.append({current + distance, dpi});
        if (current - distance >= first)
            jobs.append({current - distance, dpi});
    }
    // One page of read-ahead each way keeps ordinary scrolling free of blank pages.
    if (last + 1 < pageCount)
        jobs.append({last + 1, dpi});
    if (first > 0)
        jobs.append({first - 1, dpi});
    return jobs;
}

} // namespace scrutineer::gui
