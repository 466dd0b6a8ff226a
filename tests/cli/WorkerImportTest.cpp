// The app's import through a worker process (scrutineer-cli import --worker): results and
// progress come back as they do in-process, and a file that crashes or hangs the worker fails
// alone while the other files go on. The crash and the hang are made with the worker's
// test-only switch SCRUTINEER_TEST_WORKER_FAULT.
#include "WorkerImport.h"
#include "Database.h"
#include "PdfFixtures.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>

using namespace scrutineer;
using namespace scrutineer::gui;
using namespace scrutineer::testing;

namespace {

class WorkerImportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        for (const char* name : {"a.pdf", "b.pdf", "c.pdf"}) {
            const QString file = m_dir.filePath(QString::fromLatin1(name));
            ASSERT_TRUE(writeTextPdf(file,
                                     {{QStringLiteral("Test Committee agenda %1").arg(QString::fromLatin1(name))},
                                      {QStringLiteral("Report on school transport")}}));
            m_files.append(file);
        }
        m_options.workerPath = QStringLiteral(SCRUTINEER_CLI_PATH);
    }
    void TearDown() override { qunsetenv("SCRUTINEER_TEST_WORKER_FAULT"); }

    QString db() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }
    int documents() const
    {
        auto opened = Database::open(db());
        if (!opened)
            return -1;
        QSqlQuery q(opened.value()->connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM document")) && q.next() ? q.value(0).toInt() : -1;
    }
    ImportSummary run(const std::atomic_bool& cancel = std::atomic_bool(false))
    {
        ImportJob::Callbacks callbacks;
        callbacks.fileStarted = [this](int index, int count, const QString& name) {
            m_started.append(QStringLiteral("%1/%2 %3").arg(index).arg(count).arg(name));
        };
        callbacks.pageProgress = [this](int done, int total) { m_pages = std::max(m_pages, total > 0 ? done : 0); };
        callbacks.fileFinished = [this](const ImportFileResult&) { ++m_finished; };
        return WorkerImport::run(m_files, db(), cancel, callbacks, m_options);
    }

    QTemporaryDir m_dir;
    QStringList m_files;
    WorkerImport::Options m_options;
    QStringList m_started;
    int m_pages = 0;
    int m_finished = 0;
};

} // namespace

TEST_F(WorkerImportTest, TheWorkerImportsEveryFileAndReportsProgress)
{
    const ImportSummary summary = run();
    ASSERT_EQ(summary.files.size(), 3);
    for (const ImportFileResult& result : summary.files) {
        EXPECT_EQ(result.status, ImportFileResult::Status::Imported) << result.reason.toStdString();
        EXPECT_EQ(result.pageCount, 2);
    }
    EXPECT_EQ(summary.files.at(1).path, m_files.at(1));
    EXPECT_EQ(summary.files.at(1).fileName, QStringLiteral("b.pdf"));
    EXPECT_EQ(m_started,
              (QStringList {QStringLiteral("0/3 a.pdf"), QStringLiteral("1/3 b.pdf"), QStringLiteral("2/3 c.pdf")}));
    EXPECT_EQ(m_pages, 2);
    EXPECT_EQ(m_finished, 3);
    EXPECT_FALSE(summary.cancelled);
    EXPECT_EQ(documents(), 3);

    // Again: each is skipped by its hash.
    const ImportSummary again = run();
    ASSERT_EQ(again.files.size(), 3);
    EXPECT_EQ(again.count(ImportFileResult::Status::AlreadyImported), 3);
}

TEST_F(WorkerImportTest, AFileThatCrashesTheWorkerFailsAndTheOthersGoOn)
{
    qputenv("SCRUTINEER_TEST_WORKER_FAULT", "crash:b.pdf");
    const ImportSummary summary = run();
    ASSERT_EQ(summary.files.size(), 3);
    EXPECT_EQ(summary.files.at(0).status, ImportFileResult::Status::Imported);
    EXPECT_EQ(summary.files.at(1).status, ImportFileResult::Status::Refused);
    EXPECT_EQ(summary.files.at(1).fileName, QStringLiteral("b.pdf"));
    EXPECT_TRUE(summary.files.at(1).reason.contains(QStringLiteral("crashed")))
        << summary.files.at(1).reason.toStdString();
    EXPECT_TRUE(summary.files.at(1).reason.contains(QStringLiteral("nothing of this file was kept")));
    EXPECT_EQ(summary.files.at(2).status, ImportFileResult::Status::Imported)
        << summary.files.at(2).reason.toStdString();
    EXPECT_EQ(m_finished, 3);
    EXPECT_EQ(documents(), 2);
}

TEST_F(WorkerImportTest, AFileThatHangsTheWorkerIsStoppedAtTheLimitAndTheOthersGoOn)
{
    qputenv("SCRUTINEER_TEST_WORKER_FAULT", "hang:a.pdf");
    m_options.perFileLimitMs = 1500;
    const ImportSummary summary = run();
    ASSERT_EQ(summary.files.size(), 3);
    EXPECT_EQ(summary.files.at(0).status, ImportFileResult::Status::Refused);
    EXPECT_TRUE(summary.files.at(0).reason.contains(QStringLiteral("took longer than 1.5 s")))
        << summary.files.at(0).reason.toStdString();
    EXPECT_GE(summary.files.at(0).elapsedMs, 1500);
    EXPECT_EQ(summary.files.at(1).status, ImportFileResult::Status::Imported);
    EXPECT_EQ(summary.files.at(2).status, ImportFileResult::Status::Imported);
    EXPECT_EQ(documents(), 2);
}

TEST_F(WorkerImportTest, AWorkerThatCannotStartFailsEveryFileWithTheReason)
{
    m_options.workerPath = m_dir.filePath(QStringLiteral("no-such-worker"));
    const ImportSummary summary = run();
    ASSERT_EQ(summary.files.size(), 3);
    for (const ImportFileResult& result : summary.files) {
        EXPECT_EQ(result.status, ImportFileResult::Status::Refused);
        EXPECT_TRUE(result.reason.contains(QStringLiteral("could not be started"))) << result.reason.toStdString();
    }
}

TEST_F(WorkerImportTest, ACancelReachesTheWorkerAndWhatItKeptIsWhole)
{
    const std::atomic_bool cancel {true};
    const ImportSummary summary = run(cancel);
    ASSERT_EQ(summary.files.size(), 3);
    EXPECT_TRUE(summary.cancelled);
    int imported = 0;
    for (const ImportFileResult& result : summary.files) {
        EXPECT_TRUE(result.status == ImportFileResult::Status::Imported
                    || result.status == ImportFileResult::Status::Cancelled);
        imported += result.status == ImportFileResult::Status::Imported ? 1 : 0;
    }
    EXPECT_LT(imported, 3);
    EXPECT_EQ(documents() == -1 ? 0 : documents(), imported);
}
