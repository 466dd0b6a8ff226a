#include "PdfDocument.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace scrutineer {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("PdfDocument", text); }

Error rejected(const QString& path, const QString& reason)
{
    return Error{Error::Code::InputRejected, QFileInfo(path).fileName(), reason};
}

// A word runs up or down the page when its characters advance along y rather than x. The
// character boxes say so directly; the word box alone cannot tell a short word in a tall font
// ("is", "of") from a rotated one, so it is only used when the character boxes are missing.
bool isVerticalWord(const Poppler::TextBox& box)
{
    const QString text = box.text();
    const QRectF whole = box.boundingBox();
    if (text.size() < 2)
        return false;
    const QRectF first = box.charBoundingBox(0);
    const QRectF last = box.charBoundingBox(int(text.size()) - 1);
    if (!first.isEmpty() && !last.isEmpty() && first != last) {
        const QPointF step = last.center() - first.center();
        return std::abs(step.y()) > std::abs(step.x()) * 2.0 && whole.height() > whole.width();
    }
    return text.size() > 2 && whole.height() > whole.width() * 1.5;
}

} // namespace

PdfDocument::PdfDocument(QString path, std::unique_ptr<Poppler::Document> document)
    : m_path(std::move(path)), m_document(std::move(document))
{
}

PdfDocument::~PdfDocument() = default;

Expected<std::unique_ptr<PdfDocument>> PdfDocument::open(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return rejected(path, tr("the file does not exist"));
    if (!file.open(QIODevice::ReadOnly))
        return rejected(path, tr("the file cannot be read (%1)").arg(file.errorString()));
    const QByteArray head = file.read(1024);
    if (!head.contains("%PDF-"))
        return rejected(path, tr("not a PDF file (it does not start with a PDF header)"));
    file.seek(qMax<qint64>(0, file.size() - 2048));
    const QByteArray tail = file.readAll();
    file.close();

    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document) {
        return rejected(path, tail.contains("%%EOF") ? tr("the PDF is corrupt and cannot be opened")
                                                     : tr("the PDF is truncated or corrupt and cannot be opened"));
    }
    if (document->isLocked() || document->isEncrypted())
        return rejected(path, tr("the PDF is encrypted (password protected)"));
    if (document->numPages() <= 0)
        return rejected(path, tr("the PDF has no pages"));
    if (!tail.contains("%%EOF")) {
        // Poppler can reconstruct a damaged file, but a file cut short loses pages silently:
        // refuse rather than import part of a pack.
        return rejected(path, tr("the PDF is truncated (no end-of-file marker)"));
    }
    return std::unique_ptr<PdfDocument>(new PdfDocument(path, std::move(document)));
}

int PdfDocument::pageCount() const { return m_document->numPages(); }

QSizeF PdfDocument::pageSize(int pageIndex) const
{
    const std::unique_ptr<Poppler::Page> page = m_document->page(pageIndex);
    return page ? page->pageSizeF() : QSizeF();
}

QString PdfDocument::title() const { return m_document->info(QStringLiteral("Title")); }
QString PdfDocument::subject() const { return m_document->info(QStringLiteral("Subject")); }

QStringList PdfDocument::outlineTitles() const
{
    QStringList titles;
    for (const Poppler::OutlineItem& item : m_document->outline())
        titles.append(item.name());
    return titles;
}

layout::LayoutPage PdfDocument::readPage(int pageIndex) const
{
    layout::LayoutPage result;
    result.number = pageIndex + 1;
    const std::unique_ptr<Poppler::Page> page = m_document->page(pageIndex);
    if (!page)
        return result;
    result.size = page->pageSizeF();
    switch (page->orientation()) {
    case Poppler::Page::Landscape: result.rotation = 90; break;
    case Poppler::Page::UpsideDown: result.rotation = 180; break;
    case Poppler::Page::Seascape: result.rotation = 270; break;
    case Poppler::Page::Portrait: result.rotation = 0; break;
    }
    const QString label = page->label();
    if (!label.isEmpty() && label != QString::number(pageIndex + 1))
        result.label = label;

    const auto boxes = page->textList();
    result.words.reserve(qsizetype(boxes.size()));
    for (const auto& box : boxes) {
        layout::LayoutWord word;
        word.text = box->text();
        word.box = box->boundingBox();
        word.spaceAfter = box->hasSpaceAfter();
        word.vertical = isVerticalWord(*box);
        if (!word.text.trimmed().isEmpty())
            result.words.append(std::move(word));
    }
    return result;
}

QImage PdfDocument::render(int pageIndex, double dpi) const
{
    const std::unique_ptr<Poppler::Page> page = m_document->page(pageIndex);
    if (!page)
        return {};
    m_document->setRenderHint(Poppler::Document::Antialiasing, true);
    m_document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    return page->renderToImage(dpi, dpi);
}

QList<QRectF> PdfDocument::search(int pageIndex, const QString& text) const
{
    const std::unique_ptr<Poppler::Page> page = m_document->page(pageIndex);
    if (!page || text.isEmpty())
        return {};
    return page->search(text, Poppler::Page::IgnoreCase | Poppler::Page::IgnoreDiacritics);
}

} // namespace scrutineer
