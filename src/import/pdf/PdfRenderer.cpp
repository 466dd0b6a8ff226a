#include "PdfRenderer.h"

#include "Log.h"

#include <poppler-qt6.h>

#include <QFileInfo>

#include <mutex>

namespace scrutineer {

PdfRenderer::PdfRenderer(std::unique_ptr<PdfDocument> text, std::unique_ptr<Poppler::Document> document)
    : m_text(std::move(text)), m_document(std::move(document))
{
}

PdfRenderer::~PdfRenderer() = default;

Expected<std::unique_ptr<PdfRenderer>> PdfRenderer::open(const QString& path)
{
    auto text = PdfDocument::open(path);
    if (!text)
        return text.error();
    // Poppler's complaints about a damaged file (it reads on) go to the log, not to stderr.
    static std::once_flag routed;
    std::call_once(routed, [] {
        Poppler::setDebugErrorFunction(
            [](const QString& message, const QVariant&) { log::debug(QStringLiteral("Poppler: ") + message); }, QVariant());
    });
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked() || document->numPages() != text.value()->pageCount()) {
        return Error {Error::Code::InputRejected, QFileInfo(path).fileName(),
                      tr("the PDF cannot be drawn (Poppler does not open it as it did for its text)")};
    }
    document->setRenderHint(Poppler::Document::Antialiasing, true);
    document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    return std::unique_ptr<PdfRenderer>(new PdfRenderer(std::move(text.value()), std::move(document)));
}

QImage PdfRenderer::render(int pageIndex, double dpi) const
{
    const std::unique_ptr<Poppler::Page> page = m_document->page(pageIndex);
    return page ? page->renderToImage(dpi, dpi) : QImage();
}

QList<QRectF> PdfRenderer::search(int pageIndex, const QString& text) const
{
    const std::unique_ptr<Poppler::Page> page = m_document->page(pageIndex);
    if (!page || text.isEmpty())
        return {};
    return page->search(text, Poppler::Page::IgnoreCase | Poppler::Page::IgnoreDiacritics);
}

} // namespace scrutineer
