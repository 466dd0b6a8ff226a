// Several connections on one database, as several programs (the app, the CLI, an import worker)
// use it: writers take turns, the same file imported twice at once lands once, migrations run
// once, exports are snapshots. On SQLite and PostgreSQL.
#include "BundleFixtures.h"
#include "ImportWriter.h"
#include "JsonExporter.h"
#include "Schema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace scrutineer;
using scrutineer::testing::samplePack;

namespace {

constexpr int kWaitMs = 20000;

// Holds the import lock on a database from another thread (its own connection), with a write
// pending, until released: as an import in progress in another program does.
class LockHolder {
public:
    explicit LockHolder(const QString& location)
    {
        m_thread = std::thread([this, location] {
            auto db = Database::open(location);
            if (db) {
                QSqlDatabase connection = db.value()->connection();
                Transaction transaction(connection, Transaction::Kind::Write);
                bool holding = transaction.isActive();
                for (const QString& statement : db.value()->dialect().lockForImport(kWaitMs))
                    holding = holding && !db.value()->exec(statement);
                holding = holding
                    && !db.value()->exec(QStringLiteral("INSERT INTO authority(name) VALUES ('Holder Council')"));
                m_holding = holding;
                while (!m_release.load())
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                transaction.commit();
            }
            m_done = true;
        });
    }
    ~LockHolder()
    {
        release();
        m_thread.join();
    }
    LockHolder(const LockHolder&) = delete;
    LockHolder& operator=(const LockHolder&) = delete;
    bool waitHolding() const
    {
        return QTest::qWaitFor([this] { return m_holding.load() || m_done.load(); }, kWaitMs) && m_holding.load();
    }
    void release() { m_release = true; }

private:
    std::thread m_thread;
    std::atomic_bool m_holding {false};
    std::atomic_bool m_release {false};
    std::atomic_bool m_done {false};
};

QSet<qint64> ids(const QJsonArray& rows, const QString& key)
{
    QSet<qint64> out;
    for (const QJsonValue& row : rows)
        out.insert(row.toObject().value(key).toInteger());
    return out;
}

} // namespace

class Concurrency : public scrutineer::testing::StoreFixture { };

TEST_P(Concurrency, AWriteTransactionIsRefusedForALockHeldElsewhereButAReadIsNot)
{
    if (isServer())
        GTEST_SKIP() << "PostgreSQL writers do not exclude each other at BEGIN; imports use lockForImport";
    LockHolder holder(location());
    ASSERT_TRUE(holder.waitHolding());
    m_db->setLockWait(50);
    Transaction transaction(m_db->connection(), Transaction::Kind::Write);
    m_db->resetLockWait();
    EXPECT_FALSE(transaction.isActive());
    EXPECT_TRUE(transaction.lockRefused()) << transaction.beginError().text().toStdString();
    // WAL readers do not wait for the writer, and do not see its uncommitted row.
    Transaction read(m_db->connection(), Transaction::Kind::Read);
    EXPECT_TRUE(read.isActive());
    EXPECT_EQ(count(QStringLiteral("authority")), 0);
}

TEST_P(Concurrency, AnImportWaitsForAnotherWriterAndThenLands)
{
    LockHolder holder(location());
    ASSERT_TRUE(holder.waitHolding());
    ImportWriter writer(*m_db);
    int waits = 0;
    // The holder lets go only once the writer has said it is waiting.
    writer.setWaiting([&](qint64 waitedMs) {
        EXPECT_GE(waitedMs, 0);
        ++waits;
        holder.release();
    });
    const auto outcome = writer.write(samplePack("waited"));
    ASSERT_TRUE(outcome.hasValue()) << outcome.error().describe().toStdString();
    EXPECT_EQ(outcome->status, ImportWriter::Outcome::Status::Imported);
    EXPECT_GE(waits, 1);
    EXPECT_EQ(count(QStringLiteral("document")), 1);
    EXPECT_EQ(count(QStringLiteral("authority WHERE name = 'Holder Council'")), 1);
}

TEST_P(Concurrency, AnImportGivesUpAfterItsBoundAndWritesNothing)
{
    LockHolder holder(location());
    ASSERT_TRUE(holder.waitHolding());
    ImportWriter writer(*m_db);
    writer.setLockWaitLimit(300);
    int waits = 0;
    writer.setWaiting([&](qint64) { ++waits; });
    const auto outcome = writer.write(samplePack("never"));
    ASSERT_FALSE(outcome.hasValue());
    EXPECT_EQ(outcome.error().code, Error::Code::Database);
    EXPECT_EQ(outcome.error().file, QStringLiteral("pack.pdf"));
    EXPECT_TRUE(outcome.error().message.contains(QStringLiteral("locked"))) << outcome.error().message.toStdString();
    EXPECT_GE(waits, 1);
    holder.release();
    EXPECT_EQ(count(QStringLiteral("document")), 0);
}

// However short the bound (or slow the machine), a refused import says it waits and tries again
// once before it gives up.
TEST_P(Concurrency, AnImportTriesOnceMoreAndSaysSoBeforeGivingUp)
{
    LockHolder holder(location());
    ASSERT_TRUE(holder.waitHolding());
    ImportWriter writer(*m_db);
    writer.setLockWaitLimit(0);
    int waits = 0;
    writer.setWaiting([&](qint64) { ++waits; });
    const auto outcome = writer.write(samplePack("never"));
    ASSERT_FALSE(outcome.hasValue());
    EXPECT_EQ(outcome.error().code, Error::Code::Database);
    EXPECT_EQ(waits, 1) << "told once, tried a second time, then refused";
    holder.release();
    EXPECT_EQ(count(QStringLiteral("document")), 0);
}

TEST_P(Concurrency, ACancelStopsTheWaitAndWritesNothing)
{
    LockHolder holder(location());
    ASSERT_TRUE(holder.waitHolding());
    ImportWriter writer(*m_db);
    std::atomic_bool cancel {false};
    writer.setCancel(&cancel);
    writer.setWaiting([&](qint64) { cancel = true; });
    const auto outcome = writer.write(samplePack("cancelled"));
    ASSERT_FALSE(outcome.hasValue());
    EXPECT_EQ(outcome.error().code, Error::Code::Cancelled);
    holder.release();
    EXPECT_EQ(count(QStringLiteral("document")), 0);
}

TEST_P(Concurrency, TheSameFileImportedTwiceAtOnceLandsOnceAndTheOtherIsSkipped)
{
    constexpr int kRounds = 8;
    for (int round = 0; round < kRounds; ++round) {
        const QByteArray sha = "same-" + QByteArray::number(round);
        std::atomic_int ready {0};
        std::vector<QString> results(2);
        std::vector<std::thread> threads;
        for (int t = 0; t < 2; ++t) {
            threads.emplace_back([&, t] {
                auto db = Database::open(location());
                ++ready;
                while (ready.load() < 2)
                    std::this_thread::yield();
                if (!db) {
                    results[std::size_t(t)] = db.error().describe();
                    return;
                }
                const auto outcome = ImportWriter(*db.value()).write(samplePack(sha, QDate(2031, 1, 1 + round)));
                if (!outcome)
                    results[std::size_t(t)] = outcome.error().describe();
                else
                    results[std::size_t(t)] = outcome->status == ImportWriter::Outcome::Status::Imported
                        ? QStringLiteral("imported")
                        : QStringLiteral("skipped");
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QStringList sorted {results[0], results[1]};
        sorted.sort();
        EXPECT_EQ(sorted, (QStringList {QStringLiteral("imported"), QStringLiteral("skipped")})) << "round " << round;
    }
    EXPECT_EQ(count(QStringLiteral("document")), kRounds);
}

TEST_P(Concurrency, WritersOnSeveralThreadsAllLand)
{
    constexpr int kWriters = 4;
    constexpr int kEach = 5;
    std::vector<std::thread> threads;
    std::atomic_int imported {0};
    std::vector<QString> errors(kWriters);
    for (int t = 0; t < kWriters; ++t) {
        threads.emplace_back([&, t] {
            auto db = Database::open(location());
            if (!db) {
                errors[std::size_t(t)] = db.error().describe();
                return;
            }
            for (int i = 0; i < kEach; ++i) {
                const QByteArray sha = "thread" + QByteArray::number(t) + '-' + QByteArray::number(i);
                const auto outcome = ImportWriter(*db.value()).write(samplePack(sha, QDate(2031, 1 + t, 1 + i)));
                if (outcome && outcome->status == ImportWriter::Outcome::Status::Imported)
                    ++imported;
                else if (!outcome)
                    errors[std::size_t(t)] = outcome.error().describe();
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    for (const QString& error : errors)
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(imported.load(), kWriters * kEach);
    EXPECT_EQ(count(QStringLiteral("document")), kWriters * kEach);
}

TEST_P(Concurrency, AnExportIsOneSnapshotWhileAnImportCommits)
{
    ASSERT_TRUE(ImportWriter(*m_db).write(samplePack("before")).hasValue());
    auto other = Database::open(location());
    ASSERT_TRUE(other.hasValue());
    JsonExporter exporter(*m_db);
    bool wroteMeanwhile = false;
    // Between the documents section and the others, another connection commits a whole pack.
    exporter.setProgress([&](int done, int) {
        if (done == 1 && !wroteMeanwhile) {
            const auto outcome = ImportWriter(*other.value()).write(samplePack("during", QDate(2032, 5, 6)));
            wroteMeanwhile = outcome.hasValue() && outcome->status == ImportWriter::Outcome::Status::Imported;
        }
    });
    const QJsonObject root = exporter.build();
    ASSERT_TRUE(wroteMeanwhile) << "the import during the export did not land";
    const QSet<qint64> documents = ids(root.value(QStringLiteral("documents")).toArray(), QStringLiteral("id"));
    EXPECT_EQ(documents.size(), 1);
    int checked = 0;
    for (const char* section : {"actions", "indicators", "readings"}) {
        for (const QJsonValue& row : root.value(QLatin1String(section)).toArray()) {
            const QJsonValue document = row.toObject().value(QStringLiteral("document_id"));
            if (document.isNull() || document.isUndefined())
                continue;
            ++checked;
            EXPECT_TRUE(documents.contains(document.toInteger())) << section << " row of a document not in the export";
        }
    }
    EXPECT_GT(checked, 0);
    EXPECT_EQ(root.value(QStringLiteral("indicators")).toArray().size(), 1);
    // The next export sees both.
    EXPECT_EQ(JsonExporter(*m_db).build().value(QStringLiteral("documents")).toArray().size(), 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, Concurrency, scrutineer::testing::backends(), scrutineer::testing::backendName);

TEST(ConcurrentOpen, ProgramsOpeningOneNewFileAtOnceAllSucceedAndMigrateOnce)
{
    constexpr int kRounds = 5;
    constexpr int kOpeners = 4;
    for (int round = 0; round < kRounds; ++round) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        std::atomic_int ready {0};
        std::vector<QString> errors(kOpeners);
        std::vector<std::thread> threads;
        for (int t = 0; t < kOpeners; ++t) {
            threads.emplace_back([&, t] {
                ++ready;
                while (ready.load() < kOpeners)
                    std::this_thread::yield();
                auto db = Database::open(path);
                if (!db)
                    errors[std::size_t(t)] = db.error().describe();
                else if (db.value()->schemaVersion() != schema::currentVersion())
                    errors[std::size_t(t)] = QStringLiteral("schema %1").arg(db.value()->schemaVersion());
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        for (const QString& error : errors)
            EXPECT_TRUE(error.isEmpty()) << "round " << round << ": " << error.toStdString();
    }
}
