// Import benchmark: the 256-page corpus pack against pdftotext -bbox-layout on the same file,
// peak memory, one thread against two, and ms/page for 10, 100 and 1,000-page packs built by
// concatenating corpus pages. Prints a Markdown section.
#include "BenchSupport.h"
#include "Database.h"
#include "ImportWriter.h"
#include "PackImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace scrutineer;
using namespace scrutineer::bench;

namespace {

// Full import into a fresh database: text, layout, parse, store, FTS index.
double importOnce(const QString& pdf, int threads, QTemporaryDir& dir, int run)
{
    const QString dbPath = dir.filePath(QStringLiteral("bench-%1-%2.sqlite").arg(threads).arg(run));
    return timeMs([&] {
        auto db = Database::open(dbPath);
        PackImporter::Options options;
        options.threads = threads;
        auto bundle = PackImporter::run(pdf, options);
        if (db && bundle)
            (void)ImportWriter(*db.value()).write(bundle.value());
    });
}

QString buildPack(const QString& pagesDir, int pageCount, int available, QTemporaryDir& dir)
{
    QStringList inputs;
    for (int i = 0; i < pageCount; ++i)
        inputs.append(QStringLiteral("%1/p-%2.pdf").arg(pagesDir).arg(i % available + 1));
    const QString out = dir.filePath(QStringLiteral("synthetic-%1.pdf").arg(pageCount));
    inputs.append(out);
    return runTool(QStringLiteral("pdfunite"), inputs) ? out : QString();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString corpus = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("../shared/corpus");
    const QString pack = corpus + QStringLiteral("/pdf/sefton-2018-09-25-pack.pdf");
    QTextStream out(stdout);
    if (!QFileInfo::exists(pack)) {
        out << "Import benchmark skipped: " << pack << " not found.\n";
        return 0;
    }
    QTemporaryDir dir;
    const int runs = 5;

    // Peak RSS of one import, measured before anything else grows the process.
    const double first = importOnce(pack, 2, dir, 0);
    const double peak = peakRssMb();

    std::vector<double> ours2;
    std::vector<double> ours1;
    std::vector<double> pdftotext;
    const bool havePdftotext = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
    for (int r = 1; r <= runs; ++r) {
        ours2.push_back(importOnce(pack, 2, dir, r));
        ours1.push_back(importOnce(pack, 1, dir, r));
        if (havePdftotext) {
            pdftotext.push_back(timeMs([&] {
                runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox-layout"), pack, dir.filePath(QStringLiteral("bbox.html"))});
            }));
        }
    }
    const double pages = 256;
    out << "## Import (issue: import agenda packs)\n\n";
    out << "Full import of `sefton-2018-09-25-pack.pdf` (256 pages) into a fresh database: text and word boxes, "
           "layout, furniture, all parsers, SQLite writes and the FTS5 index. Median of " << runs << " runs "
        << "(first, cold run: " << QString::number(first, 'f', 0) << " ms).\n\n";
    out << "| measure | value |\n|---|---|\n";
    out << "| import, 2 threads | " << QString::number(median(ours2), 'f', 0) << " ms ("
        << QString::number(median(ours2) / pages, 'f', 2) << " ms/page) |\n";
    out << "| import, 1 thread | " << QString::number(median(ours1), 'f', 0) << " ms ("
        << QString::number(median(ours1) / pages, 'f', 2) << " ms/page) |\n";
    if (havePdftotext) {
        out << "| `pdftotext -bbox-layout`, same file | " << QString::number(median(pdftotext), 'f', 0) << " ms ("
            << QString::number(median(pdftotext) / pages, 'f', 2) << " ms/page) |\n";
        out << "| **ratio import / pdftotext** (goal ≤ 2.0) | **" << QString::number(median(ours2) / median(pdftotext), 'f', 2)
            << "** |\n";
    } else {
        out << "| `pdftotext` | not installed (apt-get install poppler-utils) |\n";
    }
    out << "| peak RSS during the import (goal < 300 MB) | " << QString::number(peak, 'f', 0) << " MB |\n\n";

    // Scaling: packs of 10, 100 and 1,000 pages made of corpus pages.
    const QString pagesDir = dir.filePath(QStringLiteral("pages"));
    QDir().mkpath(pagesDir);
    if (!runTool(QStringLiteral("pdfseparate"), {pack, pagesDir + QStringLiteral("/p-%d.pdf")})) {
        out << "Scaling skipped: pdfseparate/pdfunite (poppler-utils) not available.\n\n";
        return 0;
    }
    out << "Cost per page as packs grow (synthetic packs concatenated from the corpus pack's pages with "
           "`pdfunite`, which copies each page's fonts, so these files are heavier per page than the original; "
           "`pdftotext -bbox-layout` on the same file for scale; median of 3 runs, 2 threads):\n\n"
           "| pages | import | ms/page | pdftotext ms/page | ratio |\n|---|---|---|---|---|\n";
    for (int n : {10, 100, 1000}) {
        const QString synthetic = buildPack(pagesDir, n, 256, dir);
        if (synthetic.isEmpty())
            continue;
        std::vector<double> times;
        std::vector<double> reference;
        for (int r = 0; r < 3; ++r) {
            times.push_back(importOnce(synthetic, 2, dir, 100 + n * 10 + r));
            reference.push_back(timeMs([&] {
                runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox-layout"), synthetic, dir.filePath(QStringLiteral("s.html"))});
            }));
        }
        out << "| " << n << " | " << QString::number(median(times), 'f', 0) << " ms | "
            << QString::number(median(times) / n, 'f', 2) << " | " << QString::number(median(reference) / n, 'f', 2) << " | "
            << QString::number(median(times) / median(reference), 'f', 2) << " |\n";
    }
    out << "\n";
    return 0;
}
