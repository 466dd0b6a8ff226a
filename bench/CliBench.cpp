// CLI import benchmark: `scrutineer-cli import` into a fresh database, and into a copy of a
// library that already holds a pack, against `pdftotext -bbox-layout` on the same file, run
// alternately in one run, as wall time, CPU time (user + system of the child) and peak memory; and
// ms/page as packs grow to 5,000 pages.
// Prints a Markdown section.
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <vector>

extern char** environ;

using namespace scrutineer::bench;

namespace {

struct Run {
    double wallMs = 0;
    double cpuMs = 0;
    double peakMb = 0;
    bool ok = false;
};

// Runs a program to the end with its output thrown away; wait4 gives the child's own CPU time
// and peak RSS, so other processes on the machine do not count.
Run measure(const QString& program, const QStringList& arguments)
{
    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString& a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    Run run;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0) {
        int status = 0;
        rusage usage {};
        if (wait4(pid, &status, 0, &usage) == pid) {
            run.wallMs = double(timer.nsecsElapsed()) / 1e6;
            run.cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
                + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
            run.peakMb = double(usage.ru_maxrss) / 1024.0;
            run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
        }
    }
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

struct Comparison {
    double wall = 0;
    double cpu = 0;
    double peakMb = 0;
    double existingWall = 0; // into a copy of a library that holds a pack already
    double refWall = 0;
    double refCpu = 0;
    bool ok = true;
};

// The library files of `from` (the database and its write-ahead log) copied to `to`.
bool copyLibrary(const QString& from, const QString& to)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(to + suffix);
        if (QFileInfo::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

void removeLibrary(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// `runs` alternating runs of each; medians. `library` (optional) is copied for each run into an
// existing library.
Comparison compare(const QString& cli, const QString& pdf, int runs, QTemporaryDir& dir, const QString& library)
{
    static int counter = 0;
    std::vector<double> wall, cpu, peak, existingWall, refWall, refCpu;
    Comparison c;
    for (int r = 0; r < runs; ++r) {
        const QString db = dir.filePath(QStringLiteral("cli-%1.sqlite").arg(++counter));
        const Run ours = measure(cli, {QStringLiteral("import"), QStringLiteral("--db"), db, pdf});
        removeLibrary(db);
        if (!library.isEmpty() && copyLibrary(library, db)) {
            const Run existing = measure(cli, {QStringLiteral("import"), QStringLiteral("--db"), db, pdf});
            removeLibrary(db);
            c.ok = c.ok && existing.ok;
            existingWall.push_back(existing.wallMs);
        }
        const Run ref = measure(QStringLiteral("pdftotext"),
                                {QStringLiteral("-bbox-layout"), pdf, dir.filePath(QStringLiteral("ref.html"))});
        c.ok = c.ok && ours.ok && ref.ok;
        wall.push_back(ours.wallMs);
        cpu.push_back(ours.cpuMs);
        peak.push_back(ours.peakMb);
        refWall.push_back(ref.wallMs);
        refCpu.push_back(ref.cpuMs);
    }
    c.wall = median(wall);
    c.cpu = median(cpu);
    c.peakMb = *std::max_element(peak.begin(), peak.end());
    c.existingWall = existingWall.empty() ? 0 : median(existingWall);
    c.refWall = median(refWall);
    c.refCpu = median(refCpu);
    return c;
}

QString ms(double v)
{
    return QString::number(v, 'f', 0) + QStringLiteral(" ms");
}
QString ratio(double a, double b)
{
    return b > 0 ? QString::number(a / b, 'f', 2) : QStringLiteral("?");
}

QString row(const QString& what, int pages, const Comparison& c)
{
    const QString existing = c.existingWall > 0
        ? QStringLiteral("%1 (**%2**)").arg(ms(c.existingWall), ratio(c.existingWall, c.refWall))
        : QStringLiteral("—");
    return QStringLiteral("| %1 | %2 | %3 (%4/page) | %5 | %6 | %7 | %8 | **%9** | **%10** | %11 MB |%12\n")
        .arg(what)
        .arg(pages)
        .arg(ms(c.wall), QString::number(c.wall / pages, 'f', 2))
        .arg(ms(c.cpu), existing, ms(c.refWall), ms(c.refCpu), ratio(c.wall, c.refWall), ratio(c.cpu, c.refCpu))
        .arg(QString::number(c.peakMb, 'f', 0), c.ok ? QString() : QStringLiteral(" (a run failed)"));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString corpus = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("../shared/corpus");
    const QString cli = QStringLiteral(SCRUTINEER_CLI_PATH);
    QTextStream out(stdout);
    const QString pack = corpus + QStringLiteral("/pdf/sefton-2018-09-25-pack.pdf");
    if (!QFileInfo::exists(pack) || QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        out << "CLI benchmark skipped: " << pack << " or pdftotext (poppler-utils) not found.\n\n";
        return 0;
    }
    QTemporaryDir dir;
    out << "## CLI import against pdftotext (issue 13)\n\n"
           "`scrutineer-cli import --db NEW FILE` (a new process: start-up, reading, analysis, SQLite writes, "
           "FTS5 index) against `pdftotext -bbox-layout FILE` on the same file, run alternately in one run; "
           "median of 5 runs (3 from 1,000 pages, 1 at 5,000). CPU is the child's user + system time and "
           "peak is its maximum RSS, from `wait4`, so other work on the machine does not count in them. "
           "The goal is a ratio at or below 1.0. \"Existing library\" is the same import into a copy of a "
           "library that holds another council's 114-page pack already (no library to create), with its wall "
           "ratio; up to 1,000 pages.\n\n"
           "| file | pages | CLI wall | CLI CPU | existing library: wall (ratio) | pdftotext wall | pdftotext CPU "
           "| wall ratio | CPU ratio | CLI peak |\n"
           "|---|---|---|---|---|---|---|---|---|---|\n";
    out.flush();
    // A library holding one pack, for the imports into an existing library.
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    const QString seed = corpus + QStringLiteral("/pdf/herefordshire-2021-10-12-agenda.pdf"); // not timed below
    if (!measure(cli, {QStringLiteral("import"), QStringLiteral("--db"), library, seed}).ok)
        removeLibrary(library);
    const QString existingLibrary = QFileInfo::exists(library) ? library : QString();
    struct Named {
        const char* name;
        int pages;
    };
    for (const Named& f :
         {Named {"worcestershire-2019-09-11-minutes.pdf", 9}, Named {"kent-council-2025-03-13-minutes.pdf", 19},
          Named {"sefton-2018-09-25-pack.pdf", 256}}) {
        const QString path = corpus + QStringLiteral("/pdf/") + QLatin1String(f.name);
        if (QFileInfo::exists(path))
            out << row(QStringLiteral("`%1`").arg(QLatin1String(f.name)), f.pages,
                       compare(cli, path, 5, dir, existingLibrary));
        out.flush();
    }

    const QString pagesDir = dir.filePath(QStringLiteral("pages"));
    QDir().mkpath(pagesDir);
    if (!runTool(QStringLiteral("pdfseparate"), {pack, pagesDir + QStringLiteral("/p-%d.pdf")})) {
        out << "\nScaling skipped: pdfseparate/pdfunite (poppler-utils) not available.\n\n";
        return 0;
    }
    for (int n : {100, 1000, 5000}) {
        QStringList inputs;
        for (int i = 0; i < n; ++i)
            inputs.append(QStringLiteral("%1/p-%2.pdf").arg(pagesDir).arg(i % 256 + 1));
        const QString synthetic = dir.filePath(QStringLiteral("synthetic-%1.pdf").arg(n));
        inputs.append(synthetic);
        if (!runTool(QStringLiteral("pdfunite"), inputs))
            continue;
        out << row(QStringLiteral("corpus pages joined (`pdfunite`)"), n,
                   compare(cli, synthetic,
                           n >= 5000       ? 1
                               : n >= 1000 ? 3
                                           : 5,
                           dir, n <= 1000 ? existingLibrary : QString()));
        out.flush();
        QFile::remove(synthetic);
    }
    out << "\n";
    return 0;
}
