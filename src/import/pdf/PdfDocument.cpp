#include "PdfDocument.h"

#include <GlobalParams.h>
#include <Outline.h>
#include <PDFDoc.h>
#include <PDFDocEncoding.h>
#include <SplashOutputDev.h>
#include <TextOutputDev.h>
#include <XRef.h>
#include <goo/GooString.h>
#include <splash/SplashBitmap.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include "Log.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <vector>

namespace scrutineer {
namespace {

Error rejected(const QString& path, const QString& reason)
{
    return Error{Error::Code::InputRejected, QFileInfo(path).fileName(), reason};
}

// A word runs up or down the page when its characters advance along y rather than x. The
// character boxes say so directly; the word box alone cannot tell a short word in a tall font
// ("is", "of") from a rotated one, so it is only used when the character boxes are missing.
bool isVerticalWord(qsizetype length, const QRectF& whole, const QRectF& first, const QRectF& last)
{
    if (length < 2)
        return false;
    if (!first.isEmpty() && !last.isEmpty() && first != last) {
        const QPointF step = last.center() - first.center();
        return std::abs(step.y()) > std::abs(step.x()) * 2.0 && whole.height() > whole.width();
    }
    return length > 2 && whole.height() > whole.width() * 1.5;
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

bool spend(ReadBudget* budget)
{
    if (!budget->spent()) {
        budget->operationsSpent = ++budget->checks * 10 > budget->limits.maxOperations;
        budget->timeSpent = (budget->checks % 64 == 0 || budget->operationsSpent)
            && budget->timer.elapsed() > budget->limits.maxMilliseconds;
    }
    return budget->spent();
}

// A word as Poppler gives it, before it joins the layout model.
struct RawWord {
    QString text;
    QRectF box;
    bool spaceAfter = false;
    bool vertical = false;
};

// Poppler's complaints about a damaged file (it reads on) go to the log, not to stderr.
void logPopplerError(ErrorCategory, Goffset position, const char* message)
{
    log::debug(QStringLiteral("Poppler: %1 (at byte %2)").arg(QString::fromUtf8(message)).arg(position));
}

} // namespace

// Poppler's core document for this file, read page by page as pdftotext does. The initer keeps
// Poppler's global state alive while the document is (it is counted, and shared with
// poppler-qt6's documents in the viewer).
struct PdfDocument::Core {
    GlobalParamsIniter globals {logPopplerError};
    std::unique_ptr<PDFDoc> document; // declared after the initer: closed before it

    std::vector<RawWord> words(int pageIndex, ReadBudget& budget) const
    {
        TextOutputDev output(nullptr, false, 0, false, false);
        document->displayPageSlice(
            &output, pageIndex + 1, 72, 72, 0, false, false, false, -1, -1, -1, -1,
            [](void* data) { return spend(static_cast<ReadBudget*>(data)); }, &budget, nullptr, nullptr, false);
        const std::unique_ptr<TextWordList> list = output.makeWordList();
        std::vector<RawWord> words;
        if (spend(&budget) || !list)
            return words;
        words.reserve(std::size_t(std::max(0, list->getLength())));
        for (int i = 0; i < list->getLength(); ++i) {
            const TextWord* word = list->get(i);
            const std::unique_ptr<GooString> text(word->getText());
            double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
            word->getBBox(&x0, &y0, &x1, &y1);
            const QRectF whole(x0, y0, x1 - x0, y1 - y0);
            // As poppler-qt6 gives them: the boxes are Poppler's characters, the text UTF-16 units.
            const int length = word->getLength();
            auto charBox = [word, length](qsizetype at) {
                if (at < 0 || at >= length)
                    return QRectF();
                double cx0 = 0, cy0 = 0, cx1 = 0, cy1 = 0;
                word->getCharBBox(int(at), &cx0, &cy0, &cx1, &cy1);
                return QRectF(cx0, cy0, cx1 - cx0, cy1 - cy0);
            };
            RawWord raw {QString::fromUtf8(text->c_str()), whole, word->hasSpaceAfter(), false};
            const qsizetype size = raw.text.size();
            raw.vertical = isVerticalWord(size, whole, size >= 2 ? charBox(0) : QRectF(),
                                          size >= 2 ? charBox(size - 1) : QRectF());
            words.push_back(std::move(raw));
        }
        return words;
    }
};

namespace {

// Poppler's core document for the file again, or none when it is not what was opened first.
std::unique_ptr<PDFDoc> openCore(const QString& path, int pages)
{
    auto document = std::make_unique<PDFDoc>(std::make_unique<GooString>(QFile::encodeName(path).constData()));
    if (!document->isOk() || document->getNumPages() != pages)
        return nullptr;
    return document;
}

// A PDF text string as poppler-qt6 decodes one (Info entries, page labels): UTF-16 after a byte
// order mark, else PDFDocEncoding.
QString pdfString(const GooString& text)
{
    if (text.getLength() == 0)
        return {};
    if (text.hasUnicodeMarker() || text.hasUnicodeMarkerLE())
        return QString::fromUtf16(reinterpret_cast<const char16_t*>(text.c_str()), text.getLength() / 2);
    int length = 0;
    const std::unique_ptr<char[]> utf16(pdfDocEncodingToUTF16(text.toStr(), &length));
    return QString::fromUtf16(reinterpret_cast<const char16_t*>(utf16.get()), length / 2);
}

QString infoString(PDFDoc& document, const char* key)
{
    const std::unique_ptr<GooString> value = document.getDocInfoStringEntry(key);
    return value ? pdfString(*value) : QString();
}

// Top-level bookmark titles, as poppler-qt6's outline gives them.
QStringList bookmarkTitles(PDFDoc& document)
{
    QStringList titles;
    const Outline* outline = document.getOutline();
    const std::vector<OutlineItem*>* items = outline ? outline->getItems() : nullptr;
    if (!items)
        return titles;
    for (const OutlineItem* item : *items) {
        int length = item->getTitleLength();
        const Unicode* title = item->getTitle();
        if (length > 0 && title[length - 1] == 0)
            --length;
        titles.append(QString::fromUcs4(reinterpret_cast<const char32_t*>(title), length));
    }
    return titles;
}

// Size, rotation and label of a page, as poppler-qt6 gives them, for a reader without its document.
bool readPageInfo(PDFDoc& document, int pageIndex, layout::LayoutPage& result)
{
    ::Page* page = document.getPage(pageIndex + 1);
    if (!page)
        return false;
    const int rotate = page->getRotate();
    result.rotation = rotate == 90 || rotate == 180 || rotate == 270 ? rotate : 0;
    result.size = result.rotation == 90 || result.rotation == 270 ? QSizeF(page->getCropHeight(), page->getCropWidth())
                                                                  : QSizeF(page->getCropWidth(), page->getCropHeight());
    GooString label;
    if (document.getCatalog()->indexToLabel(pageIndex, &label)) {
        const QString text = pdfString(label);
        if (!text.isEmpty() && text != QString::number(pageIndex + 1))
            result.label = text;
    }
    return true;
}

} // namespace

PdfDocument::PdfDocument(QString path) : m_path(std::move(path)) {}

PdfDocument::~PdfDocument() = default;

namespace {

// What is wrong with the file before Poppler sees it; else whether it ends with an end-of-file
// marker (Poppler reads a file cut short, so that is checked once it has opened).
Expected<bool> checkFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return rejected(path, PdfDocument::tr("the file does not exist"));
    if (!info.isFile()) {
        // A named pipe or a device would block the import for ever, or never end.
        return rejected(path, info.isDir()
                                  ? PdfDocument::tr("it is a folder, not a file")
                                  : PdfDocument::tr("it is not a regular file (a named pipe, socket or device)"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rejected(path, PdfDocument::tr("the file cannot be read (%1)").arg(file.errorString()));
    const QByteArray head = file.read(1024);
    if (!head.contains("%PDF-"))
        return rejected(path, PdfDocument::tr("not a PDF file (it does not start with a PDF header)"));
    return hasEndMarker(file);
}

} // namespace

Expected<std::unique_ptr<PdfDocument>> PdfDocument::open(const QString& path)
{
    const auto checked = checkFile(path);
    if (!checked)
        return checked.error();
    const bool endMarker = checked.value();
    std::unique_ptr<PdfDocument> opened(new PdfDocument(path));
    opened->m_core = std::make_unique<Core>();
    PDFDoc* document = new PDFDoc(std::make_unique<GooString>(QFile::encodeName(path).constData()));
    opened->m_core->document.reset(document);
    if (!document->isOk() && document->getErrorCode() != errEncrypted) {
        return rejected(path,
                        endMarker ? tr("the PDF is corrupt and cannot be opened")
                                  : tr("the PDF is truncated or corrupt and cannot be opened"));
    }
    // Only a password needed to open the file stops it; an owner password (permission flags)
    // does not keep any reader out, and Poppler reads the text regardless.
    if (!document->isOk())
        return rejected(path, tr("the PDF needs a password to open"));
    opened->m_pageCount = document->getNumPages();
    if (opened->m_pageCount <= 0)
        return rejected(path, tr("the PDF has no pages"));
    if (!endMarker) {
        // Poppler can reconstruct a damaged file, but a file cut short loses pages silently:
        // refuse rather than import part of a pack.
        return rejected(path, tr("the PDF is truncated (no end-of-file marker)"));
    }
    return opened;
}

Expected<std::unique_ptr<PdfDocument>> PdfDocument::openReader(const PdfDocument& opened)
{
    std::unique_ptr<PdfDocument> reader(new PdfDocument(opened.m_path));
    reader->m_pageCount = opened.pageCount();
    reader->m_core = std::make_unique<Core>();
    reader->m_core->document = openCore(opened.m_path, opened.pageCount());
    if (!reader->m_core->document)
        return rejected(opened.m_path, tr("the PDF cannot be opened again"));
    return reader;
}

int PdfDocument::pageCount() const { return m_pageCount; }

qint64 PdfDocument::crossReferenceBytes() const
{
    XRef* table = m_core->document->getXRef();
    return table ? qint64(table->getNumObjects()) * qint64(sizeof(XRefEntry)) : 0;
}

QSizeF PdfDocument::pageSize(int pageIndex) const
{
    layout::LayoutPage info;
    return readPageInfo(*m_core->document, pageIndex, info) ? info.size : QSizeF();
}

QString PdfDocument::title() const { return infoString(*m_core->document, "Title"); }

QString PdfDocument::subject() const { return infoString(*m_core->document, "Subject"); }

QStringList PdfDocument::outlineTitles() const { return bookmarkTitles(*m_core->document); }

layout::LayoutPage PdfDocument::readPage(int pageIndex, const ReadLimits& limits) const
{
    layout::LayoutPage result;
    result.number = pageIndex + 1;
    ReadBudget budget{limits, {}, 0, false, false};
    if (!readPageInfo(*m_core->document, pageIndex, result))
        return result;
    budget.timer.start();
    const std::vector<RawWord> words = m_core->words(pageIndex, budget);
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
    result.words.reserve(qsizetype(std::min<std::size_t>(words.size(), std::size_t(std::max(0, limits.maxWords)))));
    for (const RawWord& raw : words) {
        if (result.words.size() >= limits.maxWords) {
            result.cutOff = tr("it has %1 words; only the first %2 were read")
                                .arg(locale.toString(qint64(words.size())), locale.toString(limits.maxWords));
            break;
        }
        if (raw.text.trimmed().isEmpty())
            continue;
        layout::LayoutWord word;
        word.text = raw.text;
        word.box = raw.box;
        word.spaceAfter = raw.spaceAfter;
        word.vertical = raw.vertical;
        result.words.append(std::move(word));
    }
    return result;
}

GrayImage PdfDocument::renderGray(int pageIndex, double dpi) const
{
    GrayImage image;
    if (pageIndex < 0 || pageIndex >= m_pageCount || dpi <= 0)
        return image;
    SplashColor paper;
    paper[0] = 0xff;
    SplashOutputDev output(splashModeMono8, 1, false, paper);
    output.setFontAntialias(true);
    output.setVectorAntialias(true);
    output.startDoc(m_core->document.get());
    m_core->document->displayPageSlice(&output, pageIndex + 1, dpi, dpi, 0, false, true, false, -1, -1, -1, -1);
    const SplashBitmap* bitmap = output.getBitmap();
    if (!bitmap || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0)
        return image;
    image.width = bitmap->getWidth();
    image.height = bitmap->getHeight();
    image.pixels.resize(qsizetype(image.width) * image.height);
    for (int y = 0; y < image.height; ++y) {
        const auto* row = bitmap->getDataPtr() + qsizetype(y) * bitmap->getRowSize();
        std::copy(row, row + image.width, reinterpret_cast<uchar*>(image.pixels.data()) + qsizetype(y) * image.width);
    }
    return image;
}

} // namespace scrutineer
