#include "pdf/RenderWorker.h"

#include "pdf/PdfRenderer.h"

#include <QMetaObject>
#include <QRegularExpression>

#include <optional>

namespace scrutineer::gui {

RenderWorker::RenderWorker(RenderQueue& queue) : m_queue(queue)
{
}

RenderWorker::~RenderWorker() = default;

void RenderWorker::open(quint64 generation, const QString& path)
{
    {
        QMutexLocker lock(&m_queue.mutex);
        if (generation != m_queue.generation)
            return; // another document was asked for since
    }
    m_document.reset();
    m_generation = generation;
    auto document = PdfRenderer::open(path);
    if (!document) {
        emit opened(generation, {}, document.error().message);
        return;
    }
    m_document = std::move(document.value());
    QList<QSizeF> sizes;
    const int count = m_document->pageCount();
    sizes.reserve(count);
    for (int i = 0; i < count; ++i)
        sizes.append(m_document->pageSize(i));
    emit opened(generation, sizes, {});
    postDrainIfNeeded();
}

void RenderWorker::close(quint64 generation)
{
    if (generation >= m_generation) {
        m_document.reset();
        m_generation = generation;
    }
}

void RenderWorker::drain()
{
    std::optional<RenderQueue::RenderJob> render;
    std::optional<RenderQueue::TextJob> text;
    std::optional<RenderQueue::TextJob> search;
    quint64 generation = 0;
    {
        QMutexLocker lock(&m_queue.mutex);
        generation = m_queue.generation;
        // Jobs for a document this thread has not opened yet stay queued: open() drains them.
        if (!m_document || generation != m_generation) {
            m_queue.drainPosted = false;
            return;
        }
        if (!m_queue.text.isEmpty())
            text = m_queue.text.takeFirst();
        else if (!m_queue.view.isEmpty())
            render = m_queue.view.takeFirst();
        else if (!m_queue.search.isEmpty())
            search = m_queue.search.takeFirst();
        else if (!m_queue.thumbnails.isEmpty())
            render = m_queue.thumbnails.takeFirst();
    }
    if (render) {
        const QImage image = m_document->render(render->page, render->dpi);
        emit rendered(generation, render->page, render->dpi, render->lane == RenderQueue::Lane::Thumbnails, image);
    } else if (search) {
        emit matchesFound(generation, search->page, search->text, m_document->search(search->page, search->text));
    } else if (text) {
        if (text->kind == RenderQueue::TextJob::Kind::Find)
            find(generation, *text);
        else
            emit wordsRead(generation, text->page, PageText(m_document->readPage(text->page).words, text->page + 1));
    }
    postDrainIfNeeded();
}

void RenderWorker::postDrainIfNeeded()
{
    QMutexLocker lock(&m_queue.mutex);
    if (m_queue.isEmpty() || !m_document || m_queue.generation != m_generation) {
        m_queue.drainPosted = false;
        return;
    }
    m_queue.drainPosted = true;
    QMetaObject::invokeMethod(this, &RenderWorker::drain, Qt::QueuedConnection);
}

void RenderWorker::find(quint64 generation, const RenderQueue::TextJob& job)
{
    QList<QRectF> boxes = m_document->search(job.page, job.text.simplified());
    static const QRegularExpression wordPattern(QStringLiteral("[\\w'’-]+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (auto it = wordPattern.globalMatch(job.text); it.hasNext();)
        words.append(it.next().captured());
    // A long phrase may wrap onto the next line, where a page search cannot follow it: try its
    // opening words. Short texts are search terms: show each word where it occurs.
    for (int n : {6, 4, 3}) {
        if (!boxes.isEmpty() || words.size() <= n)
            continue;
        boxes = m_document->search(job.page, words.mid(0, n).join(QLatin1Char(' ')));
    }
    if (boxes.isEmpty() && words.size() <= 4) {
        for (const QString& word : words) {
            if (word.size() >= 3 && word != QStringLiteral("OR") && word != QStringLiteral("AND")
                && word != QStringLiteral("NOT"))
                boxes += m_document->search(job.page, word);
        }
    }
    emit textFound(generation, job.page, job.text, boxes);
}

} // namespace scrutineer::gui
