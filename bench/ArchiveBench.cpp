// Archive benchmark: a synthetic ten-year archive (5 committees x 120 monthly meetings = 600
// packs of 100 pages, ~60,000 pages) built from recombined corpus page texts; measures search
// latency (median, p95), database size against text size, memory after opening, page render
// times, and — given the app binary — time from launch to an interactive main window.
#include "BenchSupport.h"
#include "SyntheticArchive.h"
#include "Database.h"
#include "ImportWriter.h"
#include "PackImporter.h"
#include "SearchIndex.h"
#include "pdf/PdfRenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace scrutineer;
using namespace scrutineer::bench;

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    const QString corpus = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("../shared/corpus");
    const QString appBinary = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    QTextStream out(stdout);
    const QStringList texts = corpusPageTexts(corpus);
    if (texts.isEmpty()) {
        out << "Archive benchmark skipped: no corpus at " << corpus << ".\n";
        return 0;
    }

    QTemporaryDir dir;
    // SCRUTINEER_BENCH_KEEP=FILE keeps the archive for inspection (e.g. with sqlite3).
    const QString keep = qEnvironmentVariable("SCRUTINEER_BENCH_KEEP");
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("archive.sqlite")) : keep;
    if (!keep.isEmpty())
        QFile::remove(keep);
    const QStringList bodies = archiveBodies();
    qint64 textBytes = 0;
    int pageCount = 0;
    const double buildMs = timeMs([&] {
        auto db = Database::open(path);
        pageCount = writeArchive(*db.value(), texts, textBytes);
        db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    });
    const double dbMb = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    const double textMb = double(textBytes) / (1024.0 * 1024.0);

    const double rssBefore = currentRssMb();
    auto db = Database::open(path);
    SearchIndex index(*db.value());
    const QStringList queries = archiveQueries();
    (void)index.search(QStringLiteral("warm up"));
    std::vector<double> latencies;
    std::vector<double> cpu;
    for (int round = 0; round < 3; ++round) {
        for (const QString& query : queries) {
            SearchIndex::Filter filter;
            filter.limit = 50;
            double wall = 0;
            cpu.push_back(cpuMs([&] { wall = timeMs([&] { (void)index.search(query, filter); }); }));
            latencies.push_back(wall);
        }
    }
    double loadAverage = 0;
    if (QFile loadavg(QStringLiteral("/proc/loadavg")); loadavg.open(QIODevice::ReadOnly))
        loadAverage = loadavg.readAll().split(' ').value(0).toDouble();
    const double rssAfter = currentRssMb();

    out << "## Archive: search, size, memory (issue: the reading room)\n\n";
    out << "A synthetic ten-year archive: " << bodies.size() << " committees × 120 monthly meetings = "
        << bodies.size() * 120 << " packs, " << pageCount << " pages of corpus page text recombined at random, "
        << "10 agenda items and 8 actions per pack; written through ImportWriter in "
        << QString::number(buildMs / 1000.0, 'f', 0) << " s.\n\n";
    out << "| measure | value | goal |\n|---|---|---|\n";
    out << "| search median (" << latencies.size() << " queries: words, phrases, prefixes; 50 hits) | "
        << QString::number(median(latencies), 'f', 1) << " ms | < 10 ms |\n";
    out << "| search p95 | " << QString::number(percentile(latencies, 0.95), 'f', 1) << " ms | < 50 ms |\n";
    out << "| slowest query | " << QString::number(*std::max_element(latencies.begin(), latencies.end()), 'f', 1)
        << " ms | |\n";
    out << "| search median / p95, CPU time of the searching thread | " << QString::number(median(cpu), 'f', 1) << " / "
        << QString::number(percentile(cpu, 0.95), 'f', 1) << " ms | (wall times above were taken at load average "
        << QString::number(loadAverage, 'f', 1) << " on " << QThread::idealThreadCount() << " cores) |\n";
    out << "| page text | " << QString::number(textMb, 'f', 0) << " MB | |\n";
    out << "| database file (with FTS5 index) | " << QString::number(dbMb, 'f', 0) << " MB ("
        << QString::number(dbMb / textMb, 'f', 2) << "× the text) | |\n";
    out << "| memory of this process after opening the archive and searching | "
        << QString::number(rssAfter, 'f', 0) << " MB (" << QString::number(rssAfter - rssBefore, 'f', 0)
        << " MB for the database and searches) | < 250 MB |\n";

    // Page rendering, as the PDF view does it (one page at a time, off the GUI thread).
    const QString pack = corpus + QStringLiteral("/pdf/sefton-2018-09-25-pack.pdf");
    auto pdf = PdfRenderer::open(pack);
    if (pdf) {
        for (double zoom : {1.0, 2.0}) {
            std::vector<double> times;
            for (int page = 0; page < 40; ++page)
                times.push_back(timeMs([&] { (void)pdf.value()->render(page * 6 % pdf.value()->pageCount(), 72.0 * zoom); }));
            out << "| page render at " << int(zoom * 100) << "% (median of 40 pages of the 256-page pack) | "
                << QString::number(median(times), 'f', 1) << " ms (p95 " << QString::number(percentile(times, 0.95), 'f', 1)
                << " ms) | < 60 ms |\n";
        }
    }
    if (!appBinary.isEmpty() && QFileInfo::exists(appBinary)) {
        // The app reports when its window became interactive; its peak memory is sampled from
        // /proc while it runs.
        std::vector<double> starts;
        std::vector<double> listed;
        double peakAppMb = 0;
        for (int r = 0; r < 3; ++r) {
            QProcess process;
            process.start(appBinary, {QStringLiteral("--db"), path, QStringLiteral("--startup-report")});
            process.waitForStarted();
            const QString status = QStringLiteral("/proc/%1/status").arg(process.processId());
            while (!process.waitForFinished(20)) {
                QFile f(status);
                if (f.open(QIODevice::ReadOnly)) {
                    for (const QByteArray& line : f.readAll().split('\n')) {
                        if (line.startsWith("VmRSS:"))
                            peakAppMb = std::max(peakAppMb, line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0);
                    }
                }
                if (process.state() == QProcess::NotRunning)
                    break;
            }
            const QString printed = QString::fromUtf8(process.readAllStandardOutput());
            const auto interactive = QRegularExpression(QStringLiteral("interactive_ms (\\d+)")).match(printed);
            const auto meetings = QRegularExpression(QStringLiteral("meetings_listed_ms (\\d+)")).match(printed);
            if (interactive.hasMatch())
                starts.push_back(interactive.captured(1).toDouble());
            if (meetings.hasMatch())
                listed.push_back(meetings.captured(1).toDouble());
        }
        if (!starts.empty()) {
            out << "| launch to interactive main window on this archive (median of " << starts.size() << ") | "
                << QString::number(median(starts), 'f', 0) << " ms | < 1 s |\n";
        }
        if (!listed.empty())
            out << "| launch to the meetings listed | " << QString::number(median(listed), 'f', 0) << " ms | |\n";
        if (peakAppMb > 0)
            out << "| app memory after opening the archive (peak RSS sampled) | " << QString::number(peakAppMb, 'f', 0)
                << " MB | < 250 MB |\n";
    }
    out << "\n";
    return 0;
}
