// Team database benchmark: the synthetic 600-pack archive written into PostgreSQL and into
// SQLite, searched with the same queries on both (median, p95), and the 256-page corpus pack
// imported into PostgreSQL over the local socket beside a SQLite file. Needs a server: the
// superuser addresses scripts/test-postgres exports (SCRUTINEER_TEST_POSTGRES, and
// SCRUTINEER_TEST_POSTGRES_SOCKET for the socket); skips with a line saying so otherwise.
// Last, how long a change takes to reach another program's ChangeListener.
// SCRUTINEER_BENCH_KEEP=1 keeps the archive (database scrutineer_bench_archive) for EXPLAIN.
#include "ActionStore.h"
#include "BenchSupport.h"
#include "ChangeListener.h"
#include "Database.h"
#include "ImportWriter.h"
#include "PackImporter.h"
#include "SearchIndex.h"
#include "ServerAddress.h"
#include "SyntheticArchive.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

using namespace scrutineer;
using namespace scrutineer::bench;

namespace {

// Runs one statement on the server's maintenance database as the superuser.
bool adminExec(const ServerAddress& server, const QString& sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setDatabaseName(QStringLiteral("postgres"));
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    return ok;
}

// A new, empty database on the server; its address through `through` (TCP or the socket).
QString freshDatabase(const ServerAddress& server, const ServerAddress& through, const QString& name)
{
    adminExec(server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    if (!adminExec(server, QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(name)))
        return {};
    ServerAddress address = through;
    address.database = name;
    return address.toString();
}

struct Latency {
    std::vector<double> wall;
};

Latency timeSearches(const QString& location)
{
    Latency result;
    auto db = Database::open(location);
    if (!db)
        return result;
    SearchIndex index(*db.value());
    (void)index.search(QStringLiteral("warm up"));
    for (int round = 0; round < 3; ++round) {
        for (const QString& query : archiveQueries()) {
            SearchIndex::Filter filter;
            filter.limit = 50;
            result.wall.push_back(timeMs([&] { (void)index.search(query, filter); }));
        }
    }
    return result;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString corpus = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("../shared/corpus");
    QTextStream out(stdout);
    const auto server = ServerAddress::parse(qEnvironmentVariable("SCRUTINEER_TEST_POSTGRES"));
    if (!server) {
        out << "Team database benchmark skipped: no PostgreSQL server (run it through scripts/test-postgres).\n\n";
        return 0;
    }
    const auto socket = ServerAddress::parse(qEnvironmentVariable("SCRUTINEER_TEST_POSTGRES_SOCKET"));
    const ServerAddress local = socket ? socket.value() : server.value();
    const QString how = socket ? QStringLiteral("the local Unix socket") : QStringLiteral("TCP on 127.0.0.1");
    const QStringList texts = corpusPageTexts(corpus);
    if (texts.isEmpty()) {
        out << "Team database benchmark skipped: no corpus at " << corpus << ".\n\n";
        return 0;
    }
    QTemporaryDir dir;

    // The archive, on both backends.
    const QString sqlite = dir.filePath(QStringLiteral("archive.sqlite"));
    const QString postgres = freshDatabase(server.value(), local, QStringLiteral("scrutineer_bench_archive"));
    if (postgres.isEmpty()) {
        out << "Team database benchmark skipped: could not create a database on the server.\n\n";
        return 0;
    }
    qint64 textBytes = 0;
    int pages = 0;
    const double sqliteBuildMs = timeMs([&] {
        auto db = Database::open(sqlite);
        pages = writeArchive(*db.value(), texts, textBytes);
        db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    });
    double postgresBuildMs = 0;
    double postgresMb = 0;
    {
        auto db = Database::open(postgres);
        if (!db) {
            out << "Team database benchmark failed: " << db.error().describe() << "\n\n";
            return 1;
        }
        qint64 ignored = 0;
        postgresBuildMs = timeMs([&] { (void)writeArchive(*db.value(), texts, ignored); });
        db.value()->exec(QStringLiteral("VACUUM ANALYZE"));
        QSqlQuery size(db.value()->connection());
        if (size.exec(QStringLiteral("SELECT pg_database_size(current_database())")) && size.next())
            postgresMb = double(size.value(0).toLongLong()) / (1024.0 * 1024.0);
    }
    const Latency onSqlite = timeSearches(sqlite);
    const Latency onPostgres = timeSearches(postgres);
    double loadAverage = 0;
    if (QFile loadavg(QStringLiteral("/proc/loadavg")); loadavg.open(QIODevice::ReadOnly))
        loadAverage = loadavg.readAll().split(' ').value(0).toDouble();

    out << "## Team database: PostgreSQL beside SQLite (issue: a team database on PostgreSQL)\n\n";
    out << "The same synthetic archive as above (" << pages << " pages in 600 packs, same random seed) written "
        << "through ImportWriter into a PostgreSQL 15 database over " << how << " and into a SQLite file, then "
        << "searched with the same " << archiveQueries().size() << " queries three times over (50 hits each; "
        << "PostgreSQL: `tsvector` with a GIN index, `ts_rank_cd`, `ts_headline`). Wall times of the client, at load "
        << "average " << QString::number(loadAverage, 'f', 1) << " on " << QThread::idealThreadCount()
        << " cores shared with other work; the test server runs with fsync off.\n\n";
    out << "| measure | SQLite | PostgreSQL | goal |\n|---|---|---|---|\n";
    out << "| search median | " << QString::number(median(onSqlite.wall), 'f', 1) << " ms | "
        << QString::number(median(onPostgres.wall), 'f', 1) << " ms | < 10 ms |\n";
    out << "| search p95 | " << QString::number(percentile(onSqlite.wall, 0.95), 'f', 1) << " ms | "
        << QString::number(percentile(onPostgres.wall, 0.95), 'f', 1) << " ms | < 50 ms |\n";
    out << "| slowest query | "
        << QString::number(*std::max_element(onSqlite.wall.begin(), onSqlite.wall.end()), 'f', 1) << " ms | "
        << QString::number(*std::max_element(onPostgres.wall.begin(), onPostgres.wall.end()), 'f', 1) << " ms | |\n";
    out << "| writing the archive | " << QString::number(sqliteBuildMs / 1000.0, 'f', 0) << " s | "
        << QString::number(postgresBuildMs / 1000.0, 'f', 0) << " s | |\n";
    out << "| database size | " << QString::number(double(QFileInfo(sqlite).size()) / (1024.0 * 1024.0), 'f', 0)
        << " MB | " << QString::number(postgresMb, 'f', 0) << " MB | |\n";
    if (!qEnvironmentVariableIsSet("SCRUTINEER_BENCH_KEEP"))
        adminExec(server.value(), QStringLiteral("DROP DATABASE IF EXISTS scrutineer_bench_archive WITH (FORCE)"));

    // One real pack: read once, written into a fresh database on each backend.
    const QString pack = corpus + QStringLiteral("/pdf/sefton-2018-09-25-pack.pdf");
    if (!QFileInfo::exists(pack)) {
        out << "\n";
        return 0;
    }
    std::vector<double> reads;
    reads.reserve(3);
    std::optional<ImportBundle> bundle;
    for (int r = 0; r < 3; ++r) {
        reads.push_back(timeMs([&] {
            auto read = PackImporter::run(pack);
            if (read)
                bundle = std::move(read.value());
        }));
    }
    if (!bundle) {
        out << "\n";
        return 0;
    }
    std::vector<double> sqliteWrites;
    std::vector<double> postgresWrites;
    for (int r = 0; r < 5; ++r) {
        auto file = Database::open(dir.filePath(QStringLiteral("import-%1.sqlite").arg(r)));
        if (file)
            sqliteWrites.push_back(timeMs([&] { (void)ImportWriter(*file.value()).write(*bundle); }));
        const QString name = QStringLiteral("scrutineer_bench_import_%1").arg(r);
        if (auto team = Database::open(freshDatabase(server.value(), local, name)))
            postgresWrites.push_back(timeMs([&] { (void)ImportWriter(*team.value()).write(*bundle); }));
        adminExec(server.value(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
    const double read = median(reads);
    out << "\nImport of `sefton-2018-09-25-pack.pdf` (" << bundle->pages.size() << " pages; " << bundle->actions.size()
        << " actions and " << bundle->indicators.size()
        << " indicators written) into a fresh, migrated database: reading the PDF (the same for both, median of "
        << reads.size() << ") and writing it in one transaction, with the search index (median of 5).\n\n";
    out << "| import | SQLite file | PostgreSQL over " << how << " |\n|---|---|---|\n";
    out << "| reading the PDF | " << QString::number(read, 'f', 0) << " ms | " << QString::number(read, 'f', 0)
        << " ms |\n";
    out << "| writing it | " << QString::number(median(sqliteWrites), 'f', 0) << " ms | "
        << QString::number(median(postgresWrites), 'f', 0) << " ms |\n";
    out << "| **whole import** | **" << QString::number(read + median(sqliteWrites), 'f', 0) << " ms** | **"
        << QString::number(read + median(postgresWrites), 'f', 0) << " ms** |\n\n";

    // Live updates: one program's status update to another's ChangeListener (what refreshes an
    // open tracker), with the listener's quarter-second lull included.
    const QString live = freshDatabase(server.value(), local, QStringLiteral("scrutineer_bench_live"));
    std::vector<double> delays;
    if (!live.isEmpty()) {
        ServerAddress other = ServerAddress::parse(live).value();
        other.options.insert(QStringLiteral("application_name"), QStringLiteral("another-program"));
        auto writer = Database::open(other.toString());
        ChangeListener listener;
        if (writer && listener.listenTo(live)) {
            QElapsedTimer timer;
            QObject::connect(&listener, &ChangeListener::changed, &app, [&] {
                delays.push_back(double(timer.nsecsElapsed()) / 1e6);
                app.quit();
            });
            QTimer giveUp; // a notification that never comes ends the wait
            giveUp.setSingleShot(true);
            QObject::connect(&giveUp, &QTimer::timeout, &app, &QCoreApplication::quit);
            for (int r = 0; r < 10; ++r) {
                timer.start();
                (void)ActionStore(*writer.value()).setStatus(QStringLiteral("bench"), ActionStatus::Complete, {});
                giveUp.start(10000);
                app.exec();
            }
        }
        listener.stop();
    }
    adminExec(server.value(), QStringLiteral("DROP DATABASE IF EXISTS scrutineer_bench_live WITH (FORCE)"));
    if (!delays.empty()) {
        out << "A status update committed by one program reaches another's `ChangeListener` (LISTEN/NOTIFY, which "
               "then waits 250 ms for the rest of a burst before the views reload) in "
            << QString::number(median(delays), 'f', 0) << " ms (median of " << delays.size() << "; slowest "
            << QString::number(*std::max_element(delays.begin(), delays.end()), 'f', 0) << " ms).\n\n";
    }
    return 0;
}
