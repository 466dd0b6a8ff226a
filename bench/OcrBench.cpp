// OCR benchmark: ms/page and word accuracy on generated scans of known text (the pages the OCR
// tests use), on one and two threads with the cache off, then a cached re-read; and ms/page on
// the corpus's mixed file, whose PDF pages 7-15 are real scans. Prints a Markdown section.
#include "BenchSupport.h"
#include "PackImporter.h"
#include "PdfFixtures.h"
#include "WordAccuracy.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace scrutineer;
using namespace scrutineer::bench;

namespace {

struct Run {
    double ms = 0;
    int pages = 0;
    int fromCache = 0;
    double accuracy = 0;
};

Run readOnce(const QString& pdf, int threads, const QString& cacheFolder, bool useCache, const QStringList& expected)
{
    Run run;
    OcrReport report;
    PackImporter::Options options;
    options.threads = threads;
    options.ocr.cacheFolder = cacheFolder;
    options.ocr.useCache = useCache;
    options.ocrReport = &report;
    auto bundle = PackImporter::run(pdf, options);
    run.ms = double(report.ms);
    run.pages = report.pages;
    run.fromCache = report.fromCache;
    if (bundle && !expected.isEmpty()) {
        QStringList read;
        for (const PageRecord& page : bundle->pages)
            read += testing::wordsOf(page.text);
        run.accuracy = testing::wordAccuracy(expected, read);
    }
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    const QString corpus = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("../shared/corpus");
    QTextStream out(stdout);
    QTemporaryDir dir;
    constexpr int kPages = 6;
    // Six different pages (the minutes' lines rotated): identical pages would be answered by the
    // cache, and their lines would be stripped as running headers.
    QList<QStringList> pages;
    const QStringList minutes = testing::scannedMinutesPage();
    for (int i = 0; i < kPages; ++i) {
        const qsizetype at = (i * 3) % minutes.size();
        pages.append(minutes.mid(at) + minutes.mid(0, at));
    }
    QStringList expected;
    for (const QStringList& page : pages)
        expected += testing::wordsOf(page.join(QLatin1Char(' ')));
    const QString scan = dir.filePath(QStringLiteral("scan.pdf"));
    if (!testing::writeScannedTextPdf(scan, pages, 200)) {
        out << "OCR benchmark skipped: could not write the generated scan.\n";
        return 0;
    }
    const QString cache = dir.filePath(QStringLiteral("ocr-cache"));
    const Run one = readOnce(scan, 1, cache, false, expected);
    const Run two = readOnce(scan, 2, cache, true, expected);
    const Run cached = readOnce(scan, 2, cache, true, expected);

    out << "## OCR of pages without a text layer (issue: OCR with Tesseract)\n\n";
    out << "`scrutineer-bench-ocr`: " << kPages
        << " generated A4 scans of a page of minutes (200 dpi, 12 pt serif, " << expected.size() / kPages
        << " words a page), read at 300 dpi "
           "through the whole import; word accuracy is the longest common subsequence of the words over the "
           "words written.\n\n";
    out << "| measure | value | goal |\n|---|---|---|\n";
    auto row = [&](const QString& what, const Run& r) {
        out << "| " << what << " | " << QString::number(r.ms / std::max(1, r.pages), 'f', 0) << " ms/page ("
            << r.pages << " pages, " << r.fromCache << " from the cache) | |\n";
    };
    row(QStringLiteral("OCR, 1 thread, cache off"), one);
    row(QStringLiteral("OCR, 2 threads, empty cache"), two);
    row(QStringLiteral("the same file again, answered by the cache"), cached);
    out << "| word accuracy (2 threads) | " << QString::number(100 * two.accuracy, 'f', 1) << " % | ≥ 95 % |\n";

    const QString mixed = corpus + QStringLiteral("/pdf/norwalk-2022-11-15-agenda-mixed-scan.pdf");
    if (QFileInfo::exists(mixed)) {
        const Run real = readOnce(mixed, 2, dir.filePath(QStringLiteral("ocr-cache-corpus")), true, {});
        row(QStringLiteral("corpus mixed file's scanned pages (150 dpi check summaries), 2 threads"), real);
    }
    out << "\n";
    return 0;
}
