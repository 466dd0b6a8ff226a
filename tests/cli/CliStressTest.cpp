// Several programs on one database at once, and imports killed part-way, as a user's machine
// sees them: scrutineer-cli imports, searches and exports running together with a status edit
// in this process, for a fixed number of rounds; then imports killed with SIGKILL at random
// moments. Every import lands, every reader succeeds, the file stays whole.
#include "ActionStore.h"
#include "Database.h"
#include "PdfFixtures.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <signal.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <memory>
#include <thread>
#include <vector>

using namespace scrutineer;
using namespace scrutineer::testing;

namespace {

constexpr int kProcessWaitMs = 120000;

// A program started and left running; finish() waits for it.
class Running {
public:
    explicit Running(const QStringList& arguments) { m_process.start(QStringLiteral(SCRUTINEER_CLI_PATH), arguments); }
    bool finish()
    {
        const bool finished = m_process.waitForFinished(kProcessWaitMs);
        m_out = QString::fromUtf8(m_process.readAllStandardOutput());
        m_err = QString::fromUtf8(m_process.readAllStandardError());
        return finished && m_process.exitStatus() == QProcess::NormalExit;
    }
    int exitCode() const { return m_process.exitCode(); }
    const QString& out() const { return m_out; }
    const QString& err() const { return m_err; }
    QProcess& process() { return m_process; }

private:
    QProcess m_process;
    QString m_out;
    QString m_err;
};

QString scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("(failed: %1)").arg(sql);
    return q.value(0).toString();
}

int rows(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return -1;
    int n = 0;
    while (q.next())
        ++n;
    return n;
}

class CliStressTest : public ::testing::Test {
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // Packs that differ in their words (so in their SHA-256), each with a few pages.
    QStringList writePacks(const QString& prefix, int count, int pages = 3)
    {
        QStringList files;
        for (int i = 0; i < count; ++i) {
            QList<QStringList> content;
            for (int p = 0; p < pages; ++p) {
                content.append({QStringLiteral("%1 Committee agenda %2 page %3").arg(prefix).arg(i).arg(p + 1),
                                QStringLiteral("Report on school transport and the bus contract %1").arg(i)});
            }
            const QString file = path(QStringLiteral("%1-%2.pdf").arg(prefix).arg(i));
            EXPECT_TRUE(writeTextPdf(file, content));
            files.append(file);
        }
        return files;
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliStressTest, ImportsSearchesExportsAndAStatusEditAtOnceAllSucceed)
{
    constexpr int kRounds = 10;
    constexpr int kImporters = 3;
    constexpr int kFilesEach = 2;
    for (int round = 0; round < kRounds; ++round) {
        SCOPED_TRACE(::testing::Message() << "round " << round);
        // A new file each round: the programs also race to create and migrate it.
        const QString db = path(QStringLiteral("stress-%1.sqlite").arg(round));
        std::vector<QStringList> files;
        for (int i = 0; i < kImporters; ++i)
            files.push_back(writePacks(QStringLiteral("r%1i%2").arg(round).arg(i), kFilesEach));
        const QString shared = writePacks(QStringLiteral("r%1shared").arg(round), 1).first();

        std::vector<std::unique_ptr<Running>> importers;
        for (int i = 0; i < kImporters; ++i) {
            // Every importer also brings the same shared file: it lands once, the others skip it.
            importers.push_back(
                std::make_unique<Running>(QStringList {QStringLiteral("import"), QStringLiteral("--db"), db}
                                          + files[std::size_t(i)] + QStringList {shared}));
        }
        // The readers start once a writer has made the file: an export refuses a library that
        // does not exist ("no such database"), as it should.
        QElapsedTimer made;
        made.start();
        while (!QFileInfo::exists(db) && made.elapsed() < kProcessWaitMs)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        ASSERT_TRUE(QFileInfo::exists(db)) << "no importer created the library";
        Running search({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("transport")});
        Running exporter(
            {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json")});
        Running csv(
            {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("csv")});

        // A councillor edits an action's status meanwhile, from this process.
        std::atomic_int edits {0};
        QString editError;
        std::thread editor([&] {
            auto opened = Database::open(db);
            if (!opened) {
                editError = opened.error().describe();
                return;
            }
            ActionStore store(*opened.value());
            Action manual;
            manual.text = QStringLiteral("Report back on the bus contract");
            manual.origin = ActionOrigin::Manual;
            const auto added = store.addManual(manual, 0);
            if (!added) {
                editError = added.error().describe();
                return;
            }
            const auto record = store.find(added.value());
            for (int i = 0; i < 5 && record; ++i) {
                const auto changed
                    = store.setStatus(record->actionKey, i % 2 ? ActionStatus::Open : ActionStatus::OnTrack,
                                      QStringLiteral("edit %1").arg(i));
                if (!changed) {
                    editError = changed.error().describe();
                    return;
                }
                ++edits;
            }
        });

        for (auto& importer : importers) {
            ASSERT_TRUE(importer->finish()) << importer->err().toStdString();
            EXPECT_EQ(importer->exitCode(), 0) << importer->err().toStdString() << importer->out().toStdString();
        }
        ASSERT_TRUE(search.finish());
        EXPECT_EQ(search.exitCode(), 0) << search.err().toStdString();
        ASSERT_TRUE(exporter.finish());
        EXPECT_EQ(exporter.exitCode(), 0) << exporter.err().toStdString();
        QJsonParseError parsed {};
        const QJsonObject root = QJsonDocument::fromJson(exporter.out().toUtf8(), &parsed).object();
        EXPECT_EQ(parsed.error, QJsonParseError::NoError);
        EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("scrutineer-export"));
        ASSERT_TRUE(csv.finish());
        EXPECT_EQ(csv.exitCode(), 0) << csv.err().toStdString();
        editor.join();
        EXPECT_TRUE(editError.isEmpty()) << editError.toStdString();
        EXPECT_EQ(edits.load(), 5);

        int skipped = 0;
        for (auto& importer : importers)
            skipped += int(importer->out().count(QStringLiteral("Skipped")));
        EXPECT_EQ(skipped, kImporters - 1) << "the shared file lands once and is skipped by the others";

        auto check = Database::open(db);
        ASSERT_TRUE(check.hasValue()) << check.error().describe().toStdString();
        EXPECT_EQ(scalar(*check.value(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        EXPECT_EQ(scalar(*check.value(), QStringLiteral("SELECT COUNT(*) FROM document")).toInt(),
                  kImporters * kFilesEach + 1)
            << "every import lands";
    }
}

TEST_F(CliStressTest, AnImportKilledAtAnyMomentLeavesAWholeDatabaseAndCanBeRunAgain)
{
    constexpr int kRounds = 20;
    const QStringList files = writePacks(QStringLiteral("killed"), 6, 6);
    // How long an import of them all takes here, to kill within it.
    const QString timing = path(QStringLiteral("timing.sqlite"));
    QElapsedTimer whole;
    whole.start();
    Running first(QStringList {QStringLiteral("import"), QStringLiteral("--db"), timing} + files);
    ASSERT_TRUE(first.finish());
    ASSERT_EQ(first.exitCode(), 0) << first.err().toStdString();
    const int spanMs = int(std::max<qint64>(50, whole.elapsed()));

    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    int killedPartWay = 0;
    for (int round = 0; round < kRounds; ++round) {
        SCOPED_TRACE(::testing::Message() << "round " << round << ", seed " << seed);
        const QString db = path(QStringLiteral("killed-%1.sqlite").arg(round));
        Running import(QStringList {QStringLiteral("import"), QStringLiteral("--db"), db} + files);
        ASSERT_TRUE(import.process().waitForStarted(kProcessWaitMs));
        // Wait a random part of a whole import, then kill it if it is still running.
        const int killAfterMs = int(random.bounded(spanMs));
        if (!import.process().waitForFinished(killAfterMs)) {
            ::kill(pid_t(import.process().processId()), SIGKILL);
            ++killedPartWay;
        }
        import.finish();

        {
            auto check = Database::open(db);
            ASSERT_TRUE(check.hasValue()) << check.error().describe().toStdString();
            EXPECT_EQ(scalar(*check.value(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
            EXPECT_EQ(rows(*check.value(), QStringLiteral("PRAGMA foreign_key_check")), 0)
                << "a foreign key points nowhere";
            // No partial document: each stored document has all its pages.
            EXPECT_EQ(scalar(*check.value(),
                             QStringLiteral("SELECT COUNT(*) FROM document d WHERE d.page_count <> "
                                            "(SELECT COUNT(*) FROM page p WHERE p.document_id = d.id)")),
                      QStringLiteral("0"));
        }
        // Running it again brings in what the killed run did not, and skips what it did.
        Running again(QStringList {QStringLiteral("import"), QStringLiteral("--db"), db} + files);
        ASSERT_TRUE(again.finish());
        EXPECT_EQ(again.exitCode(), 0) << again.err().toStdString();
        auto check = Database::open(db);
        ASSERT_TRUE(check.hasValue());
        EXPECT_EQ(scalar(*check.value(), QStringLiteral("SELECT COUNT(*) FROM document")).toInt(), int(files.size()));
        EXPECT_EQ(scalar(*check.value(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }
    std::cout << "[ kill rounds ] " << kRounds << " rounds, " << killedPartWay << " killed part-way, span " << spanMs
              << " ms, seed " << seed << std::endl;
}
