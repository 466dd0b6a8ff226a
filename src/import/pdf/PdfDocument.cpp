#include "PdfDocument.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cctype>
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

// Whether the file ends with a %%EOF marker, looking past padding written after it (NULs, white
// space), which some publishing systems add and every reader ignores.
bool hasEndMarker(QFile& file)
{
    constexpr qint64 kChunk = 64 * 1024;
    constexpr qint64 kMarkerWindow = 2048;
    qint64 end = file.size();
    while (end > 0) {
        const qint64 start = std::max<qint64>(0, end - kChunk);
        if (!file.seek(start))
            return false;
        const QByteArray chunk = file.read(end - start);
        if (chunk.size() != end - start)
            return false;
        qsizetype last = chunk.size() - 1;
        while (last >= 0 && (chunk.at(last) == '\0' || std::isspace(static_cast<unsigned char>(chunk.at(last)))))
            --last;
        if (last >= 0) {
            end = start + last + 1; // the last byte that is not padding
            break;
        }
        end = start;
    }
    const qint64 from = std::max<qint64>(0, end - kMarkerWindow);
    if (end <= 0 || !file.seek(from))
        return false;
    return file.read(end - from).contains("%%EOF");
}

// Poppler asks this whether to stop, about every ten drawing operations of the page (and once
// more when it is done); once it says stop it keeps saying so.
struct ReadBudget {
    PdfDocument::ReadLimits limits;
    QElapsedTimer timer;
    qint64 checks = 0;
    bool operationsSpent = false;
    bool timeSpent = false;

    bool spent() const { return operationsSpent || timeSpent; }
};

bool shouldStopReading(const QVariant& closure)
{
    auto* budget = static_cast<ReadBudget*>(closure.value<void*>());
    if (!budget->spent()) {
        budget->operationsSpent = ++budget->checks * 10 > budget->limits.maxOperations;
        budget->timeSpent = (budget->checks % 64 == 0 || budget->operationsSpent)
            && budget->timer.elapsed() > budget->limits.maxMilliseconds;
    }
    return budget->spent();
}

} // namespace

PdfDocument::PdfDocument(QString path, std::unique_ptr<Poppler::Document> document)
    : m_path(std::move(path)), m_document(std::move(document))
{
}

PdfDocument::~PdfDocument() = default;

Expected<std::unique_ptr<PdfDocument>> PdfDocument::open(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return rejected(path, tr("the file does not exist"));
    if (!info.isFile()) {
        // A named pipe or a device would block the import for ever, or never end.
        return rejected(path,
                        info.isDir() ? tr("it is a folder, not a file")
                                     : tr("it is not a regular file (a named pipe, socket or device)"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rejected(path, tr("the file cannot be read (%1)").arg(file.errorString()));
    const QByteArray head = file.read(1024);
    if (!head.contains("%PDF-"))
        return rejected(path, tr("not a PDF file (it does not start with a PDF header)"));
    const bool endMarker = hasEndMarker(file);
    file.close();

    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document) {
        return rejected(path,
                        endMarker ? tr("the PDF is corrupt and cannot be opened")
                                  : tr("the PDF is truncated or corrupt and cannot be opened"));
    }
    // Only a password needed to open the file stops it; an owner password (permission flags)
    // does not keep any reader out, and Poppler reads the text regardless.
    if (document->isLocked())
        return rejected(path, tr("the PDF needs a password to open"));
    if (document->numPages() <= 0)
        return rejected(path, tr("the PDF has no pages"));
    if (!endMarker) {
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

layout::LayoutPage PdfDocument::readPage(int pageIndex, const ReadLimits& limits) const
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

    ReadBudget budget{limits, {}, 0, false, false};
    budget.timer.start();
    const auto boxes = page->textList(Poppler::Page::Rotate0, shouldStopReading, QVariant::fromValue<void*>(&budget));
    const QLocale locale;
    if (budget.operationsSpent) {
        result.cutOff = tr("its content has more than %1 drawing operations, so its text was not read")
                            .arg(locale.toString(limits.maxOperations));
        return result;
    }
    if (budget.timeSpent) {
        result.cutOff = tr("reading its text took more than %1 seconds, so it was stopped")
                            .arg(locale.toString(limits.maxMilliseconds / 1000.0, 'g', 3));
        return result;
    }
    result.words.reserve(qsizetype(std::min<std::size_t>(boxes.size(), std::size_t(std::max(0, limits.maxWords)))));
    for (const auto& box : boxes) {
        if (result.words.size() >= limits.maxWords) {
            result.cutOff = tr("it has %1 words; only the first %2 were read")
                                .arg(locale.toString(qint64(boxes.size())), locale.toString(limits.maxWords));
            break;
        }
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
