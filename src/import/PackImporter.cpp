#include "PackImporter.h"

#include "DocumentAnalyser.h"
#include "Log.h"
#include "layout/LayoutPage.h"
#include "pdf/PdfDocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <thread>
#include <vector>

namespace scrutineer {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("PackImporter", text); }

bool cancelled(const PackImporter::Options& options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

} // namespace

QByteArray PackImporter::sha256(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return {}; // opening a named pipe would wait for a writer for ever
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
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
    std::unique_ptr<PdfDocument> first = std::move(opened.value());
    const int pageCount = first->pageCount();

    layout::LayoutDocument document;
    document.fileName = fileName;
    document.title = first->title();
    document.subject = first->subject();
    document.outline = first->outlineTitles();
    document.pages.resize(pageCount);

    // Pages are independent until parsing: read them on several threads, each with its own
    // Poppler document, interleaved so every thread gets a share of the heavy pages.
    const int threads = std::clamp(options.threads, 1, std::max(1, pageCount / 8 + 1));
    std::atomic_int done{0};
    std::atomic_bool failed{false};
    auto readStride = [&](PdfDocument* pdf, int start) {
        for (int i = start; i < pageCount; i += threads) {
            if (cancelled(options) || failed.load())
                return;
            document.pages[i] = pdf->readPage(i, options.limits);
            const int n = done.fetch_add(1) + 1;
            if (options.progress)
                options.progress(n, pageCount);
        }
    };
    std::vector<std::thread> workers;
    std::vector<std::unique_ptr<PdfDocument>> extra;
    for (int t = 1; t < threads; ++t) {
        auto another = PdfDocument::open(path);
        if (!another)
            break;
        extra.push_back(std::move(another.value()));
    }
    for (int t = 1; t <= int(extra.size()); ++t)
        workers.emplace_back(readStride, extra[std::size_t(t - 1)].get(), t);
    readStride(first.get(), 0);
    for (std::thread& worker : workers)
        worker.join();
    if (int(extra.size()) + 1 < threads) {
        // A second document could not be opened: read what the missing threads skipped.
        for (int t = int(extra.size()) + 1; t < threads; ++t) {
            for (int i = t; i < pageCount; i += threads) {
                if (cancelled(options))
                    break;
                document.pages[i] = first->readPage(i, options.limits);
            }
        }
    }
    if (cancelled(options))
        return Error{Error::Code::Cancelled, fileName, tr("the import was cancelled")};

    bool anyText = false;
    const layout::LayoutPage* cutOff = nullptr;
    for (const layout::LayoutPage& page : document.pages) {
        anyText = anyText || page.hasText();
        if (!cutOff && !page.cutOff.isEmpty())
            cutOff = &page;
    }
    if (!anyText && cutOff) {
        return Error{Error::Code::InputRejected, fileName,
                     tr("no text could be read: page %1 was not read whole (%2)").arg(cutOff->number).arg(cutOff->cutOff)};
    }
    if (!anyText) {
        return Error{Error::Code::InputRejected, fileName,
                     tr("the PDF has no text layer on any page (a scan without OCR, or text drawn as "
                        "shapes), so there is nothing to import")};
    }
    const qint64 readMs = timer.elapsed();

    ImportBundle bundle = DocumentAnalyser::analyse(document, options.templates);
    bundle.filePath = QFileInfo(path).absoluteFilePath();
    bundle.fileName = fileName;
    bundle.sha256 = sha256(path);
    bundle.pageCount = pageCount;
    log::debug(QStringLiteral("%1: %2 pages read in %3 ms, analysed in %4 ms")
                   .arg(fileName)
                   .arg(pageCount)
                   .arg(readMs)
                   .arg(timer.elapsed() - readMs));
    return bundle;
}

} // namespace scrutineer
