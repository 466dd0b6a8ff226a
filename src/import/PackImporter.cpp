#include "PackImporter.h"

#include "DocumentAnalyser.h"
#include "Log.h"
#include "PageReader.h"
#include "SectionMerger.h"
#include "layout/LayoutPage.h"
#include "pages/Furniture.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <QLibrary>

#include <cstddef>
#include <future>
#include <memory>

namespace scrutineer {
namespace {

bool cancelled(const PackImporter::Options& options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

// Reads the section's pages that have no text layer (and were not cut off at a read limit) with
// OCR, takes them through the furniture pass the text pages had, and adds to the file's report.
void readWithOcr(const QString& path, layout::LayoutDocument& document, int from, const PackImporter::Options& options,
                 OcrReport& total)
{
    QList<int> withoutLayer;
    for (int i = 0; i < document.pages.size(); ++i) {
        const layout::LayoutPage& page = document.pages.at(i);
        if (!page.hasText() && page.cutOff.isEmpty())
            withoutLayer.append(i);
    }
    if (withoutLayer.isEmpty())
        return;
    const OcrReport report
        = OcrPass::run(path, document, withoutLayer, from, options.ocr, options.threads, options.cancel);
    for (int i : std::as_const(withoutLayer)) {
        if (document.pages.at(i).hasText())
            parse::Furniture::stripPage(document.pages[i]);
    }
    total.pages += report.pages;
    total.fromCache += report.fromCache;
    total.withWords += report.withWords;
    total.ms += report.ms;
    if (total.problem.isEmpty())
        total.problem = report.problem;
}

// OpenSSL's SHA-256 (libcrypto.so.3, on any Debian system), which uses the processor's SHA
// instructions: a 32 MB file in about 20 ms here, against about 190 ms through Qt's own. Loaded
// the first time a large file is hashed, not linked: loading it costs the CLI's start-up about
// 2 ms, more than Qt takes for a file under a megabyte. Without it, Qt's hash.
struct LibCrypto {
    using NewContext = void* (*)();
    using FreeContext = void (*)(void*);
    using Sha256 = const void* (*)();
    using Init = int (*)(void*, const void*, void*);
    using Update = int (*)(void*, const void*, std::size_t);
    using Final = int (*)(void*, unsigned char*, unsigned int*);
    static constexpr qint64 kFromBytes = 1 << 20;

    NewContext newContext = nullptr;
    FreeContext freeContext = nullptr;
    Sha256 sha256 = nullptr;
    Init init = nullptr;
    Update update = nullptr;
    Final final = nullptr;

    bool usable() const { return newContext && freeContext && sha256 && init && update && final; }

    // The library for a file of `bytes` (none for a small file); loaded once, for every thread.
    static const LibCrypto& forSize(qint64 bytes)
    {
        static const LibCrypto none;
        if (bytes < kFromBytes)
            return none;
        static const LibCrypto loaded = [] {
            LibCrypto crypto;
            QLibrary library(QStringLiteral("crypto"), 3);
            library.setLoadHints(QLibrary::PreventUnloadHint);
            if (!library.load())
                return crypto;
            crypto.newContext = reinterpret_cast<NewContext>(library.resolve("EVP_MD_CTX_new"));
            crypto.freeContext = reinterpret_cast<FreeContext>(library.resolve("EVP_MD_CTX_free"));
            crypto.sha256 = reinterpret_cast<Sha256>(library.resolve("EVP_sha256"));
            crypto.init = reinterpret_cast<Init>(library.resolve("EVP_DigestInit_ex"));
            crypto.update = reinterpret_cast<Update>(library.resolve("EVP_DigestUpdate"));
            crypto.final = reinterpret_cast<Final>(library.resolve("EVP_DigestFinal_ex"));
            return crypto;
        }();
        return loaded;
    }
};

} // namespace

QByteArray PackImporter::sha256(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return {}; // opening a named pipe would wait for a writer for ever
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    const LibCrypto& crypto = LibCrypto::forSize(file.size());
    if (crypto.usable()) {
        const std::unique_ptr<void, LibCrypto::FreeContext> context(crypto.newContext(), crypto.freeContext);
        if (context && crypto.init(context.get(), crypto.sha256(), nullptr) == 1) {
            QByteArray buffer(1 << 20, Qt::Uninitialized);
            for (;;) {
                const qint64 read = file.read(buffer.data(), buffer.size());
                if (read < 0)
                    return {};
                if (read == 0)
                    break;
                if (crypto.update(context.get(), buffer.constData(), std::size_t(read)) != 1)
                    return {};
            }
            unsigned char digest[64]; // EVP_MAX_MD_SIZE
            unsigned int length = 0;
            if (crypto.final(context.get(), digest, &length) != 1 || length != 32)
                return {};
            return QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex();
        }
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

Expected<ImportBundle> PackImporter::run(const QString& path, const Options& options)
{
    QElapsedTimer timer;
    timer.start();
    const QString fileName = QFileInfo(path).fileName();
    auto opened = PdfDocument::open(path);
    if (!opened)
        return opened.error();
    const int pageCount = opened.value()->pageCount();
    std::atomic_int done {0};
    PageReader::Options readOptions;
    readOptions.threads = options.threads;
    readOptions.cancel = options.cancel;
    readOptions.limits = options.limits;
    readOptions.pageDone = [&done, &options, pageCount] {
        const int n = done.fetch_add(1) + 1;
        if (options.progress)
            options.progress(n, pageCount);
    };
    PageReader reader(std::move(opened.value()), readOptions);

    // A long document is read and analysed a section at a time, so that only one section's
    // layout is held at once: memory stays flat however many pages the file has. When the file
    // is read on fewer threads than there are (its tables would not fit in memory twice), a
    // section is analysed while the next is read, on the core the reading leaves idle; the
    // sections are then half as long, so that the two held at once take what one took.
    const bool pipelined = options.threads > reader.threads() && pageCount > std::max(1, options.sectionPages);
    const int sectionPages = std::max(1, pipelined ? options.sectionPages / 2 : options.sectionPages);
    const bool sectioned = pageCount > sectionPages;
    DocumentAnalyser::Options analysis;
    analysis.pagesStripped = true;
    analysis.parallel = options.threads > 1 && !pipelined; // pipelined: the analysis has the idle core
    analysis.pageWarnings = !sectioned;
    analysis.templates = options.templates;
    ImportBundle bundle;
    bundle.fileName = fileName;
    bool anyText = false;
    OcrReport ocr;
    QList<int> noText;
    QList<QPair<int, QString>> cutOff;
    qint64 readMs = 0;
    // The section being analysed while the next is read (pipelined only), and its first page.
    std::future<ImportBundle> analysing;
    int analysingFrom = 0;
    const auto mergeAnalysed = [&] {
        if (analysing.valid())
            SectionMerger::append(bundle, analysing.get(), analysingFrom);
    };
    for (int from = 0; from < pageCount; from += sectionPages) {
        QElapsedTimer sectionTimer;
        sectionTimer.start();
        layout::LayoutDocument document;
        document.fileName = fileName;
        document.title = reader.document().title();
        document.subject = reader.document().subject();
        document.outline = reader.document().outlineTitles();
        document.pages = reader.read(from, std::min(sectionPages, pageCount - from));
        if (cancelled(options))
            return Error {Error::Code::Cancelled, fileName, tr("the import was cancelled")};
        if (options.ocr.enabled) {
            readWithOcr(path, document, from, options, ocr);
            if (cancelled(options))
                return Error {Error::Code::Cancelled, fileName, tr("the import was cancelled")};
        }
        for (const layout::LayoutPage& page : std::as_const(document.pages)) {
            anyText = anyText || page.hasText();
            if (!page.cutOff.isEmpty())
                cutOff.append({from + page.number, page.cutOff});
            else if (!page.hasText())
                noText.append(from + page.number);
        }
        readMs += sectionTimer.elapsed();
        if (from + sectionPages >= pageCount && !anyText) {
            if (!cutOff.isEmpty()) {
                return Error {Error::Code::InputRejected, fileName,
                              tr("no text could be read: page %1 was not read whole (%2)")
                                  .arg(cutOff.first().first)
                                  .arg(cutOff.first().second)};
            }
            if (!options.ocr.enabled) {
                return Error {Error::Code::InputRejected, fileName,
                              tr("the PDF has no text layer on any page (a scan, or text drawn as shapes) and OCR "
                                 "is turned off, so there is nothing to import")};
            }
            if (!ocr.problem.isEmpty()) {
                return Error {Error::Code::InputRejected, fileName,
                              tr("the PDF has no text layer on any page and OCR could not run (%1), so there is "
                                 "nothing to import")
                                  .arg(ocr.problem)};
            }
            return Error {Error::Code::InputRejected, fileName,
                          tr("the PDF has no text layer on any page and OCR found no readable words on it, so "
                             "there is nothing to import")};
        }
        if (options.pagesReady) {
            analysis.pagesReady = [&options, from](const QList<PageRecord>& pages) {
                if (from == 0)
                    return options.pagesReady(pages);
                QList<PageRecord> numbered = pages; // as SectionMerger numbers them
                for (PageRecord& page : numbered) {
                    if (page.pdfPage > 0)
                        page.pdfPage += from;
                }
                options.pagesReady(numbered);
            };
        }
        // Sections are merged, and their pages handed on, in order: one is analysed at a time.
        mergeAnalysed();
        if (!pipelined) {
            SectionMerger::append(bundle, DocumentAnalyser::analyse(document, analysis), from);
            continue;
        }
        analysingFrom = from;
        analysing = std::async(std::launch::async, [section = std::move(document), analysis]() mutable {
            return DocumentAnalyser::analyse(section, analysis);
        });
    }
    mergeAnalysed();
    if (sectioned) {
        const QLocale locale;
        bundle.warnings = QStringList {tr("The PDF has %1 pages, so it was read in %n section(s) of up to %2 pages, "
                                          "one after another: minutes or tables that run across a section's last "
                                          "page are read in two parts.",
                                          nullptr, (pageCount + sectionPages - 1) / sectionPages)
                                           .arg(locale.toString(pageCount), locale.toString(sectionPages))}
            + DocumentAnalyser::pageWarnings(noText, cutOff) + bundle.warnings;
    }
    if (!ocr.problem.isEmpty())
        log::warning(QStringLiteral("%1: OCR could not run: %2").arg(fileName, ocr.problem));
    if (ocr.pages > 0) {
        log::debug(QStringLiteral("%1: OCR read %2 pages (%3 from the cache, %4 with words) in %5 ms")
                       .arg(fileName)
                       .arg(ocr.pages)
                       .arg(ocr.fromCache)
                       .arg(ocr.withWords)
                       .arg(ocr.ms));
    }
    if (options.ocrReport)
        *options.ocrReport = ocr;
    bundle.filePath = QFileInfo(path).absoluteFilePath();
    bundle.fileName = fileName;
    bundle.sha256 = options.sha256.isEmpty() ? sha256(path) : options.sha256;
    bundle.pageCount = pageCount;
    log::debug(QStringLiteral("%1: %2 pages read in %3 ms, analysed in %4 ms")
                   .arg(fileName)
                   .arg(pageCount)
                   .arg(readMs)
                   .arg(timer.elapsed() - readMs));
    return bundle;
}

} // namespace scrutineer
