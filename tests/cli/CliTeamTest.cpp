// scrutineer-cli with a team database: --db takes a PostgreSQL address, and `migrate` moves a
// personal library into an empty team database, all or nothing. Needs the test server
// (scripts/test starts one); skipped without it.
#include "ActionStore.h"
#include "Database.h"
#include "NoteStore.h"
#include "PdfFixtures.h"
#include "TestDatabase.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::testing;

namespace {

struct TeamCliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

TeamCliRun teamCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(SCRUTINEER_CLI_PATH), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

class CliTeamTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (testServer().isEmpty())
            GTEST_SKIP() << noServerMessage();
        m_team = std::make_unique<ScratchDatabase>(Backend::Postgres);
        ASSERT_FALSE(m_team->location().isEmpty());
        ASSERT_TRUE(writeTextPdf(path(QStringLiteral("pack.pdf")),
                                 {{QStringLiteral("Test Committee agenda")},
                                  {QStringLiteral("Report on school transport and the bus contract")}}));
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString library() const { return path(QStringLiteral("mine.sqlite")); }
    QString exported(const QString& location)
    {
        const TeamCliRun run = teamCli({QStringLiteral("export"), QStringLiteral("--db"), location});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ScratchDatabase> m_team;
};

} // namespace

TEST_F(CliTeamTest, EveryCommandWorksOnATeamDatabase)
{
    const QString team = m_team->location();
    TeamCliRun run = teamCli({QStringLiteral("import"), QStringLiteral("--db"), team, path(QStringLiteral("pack.pdf"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = teamCli({QStringLiteral("search"), QStringLiteral("--db"), team, QStringLiteral("transport")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("[transport]"))) << run.out.toStdString();
    run = teamCli({QStringLiteral("meetings"), QStringLiteral("--db"), team});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(teamCli({QStringLiteral("actions"), QStringLiteral("--db"), team}).exitCode, 0);
}

TEST_F(CliTeamTest, APasswordInTheAddressIsRefusedAndNotRepeated)
{
    const QString withPassword
        = m_team->location().replace(QStringLiteral("postgres@"), QStringLiteral("postgres:hunter2@"));
    const TeamCliRun run = teamCli({QStringLiteral("meetings"), QStringLiteral("--db"), withPassword});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("~/.pgpass"))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("hunter2")));
}

TEST_F(CliTeamTest, MigrateCopiesALibraryWithItsUserDataOnce)
{
    ASSERT_EQ(
        teamCli({QStringLiteral("import"), QStringLiteral("--db"), library(), path(QStringLiteral("pack.pdf"))}).exitCode,
        0);
    {
        auto db = Database::open(library());
        ASSERT_TRUE(db.hasValue());
        Note note;
        note.body = QStringLiteral("ask about the bus contract");
        ASSERT_TRUE(NoteStore(*db.value()).add(note).hasValue());
        Action manual;
        manual.text = QStringLiteral("Visit the transport depot");
        const auto added = ActionStore(*db.value()).addManual(manual, 0);
        ASSERT_TRUE(added.hasValue());
        const ActionRecord record = *ActionStore(*db.value()).find(*added);
        ASSERT_TRUE(ActionStore(*db.value())
                        .setStatus(record.actionKey, ActionStatus::Complete, QStringLiteral("done"))
                        .hasValue());
    }
    const TeamCliRun run = teamCli(
        {QStringLiteral("migrate"), QStringLiteral("--from"), library(), QStringLiteral("--to"), m_team->location()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Copied"))) << run.out.toStdString();

    // Everything arrived, ids and all: the exports are the same.
    EXPECT_EQ(exported(m_team->location()), exported(library()));
    auto team = Database::open(m_team->location());
    ASSERT_TRUE(team.hasValue());
    const QList<Note> notes = NoteStore(*team.value()).all();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.first().body, QStringLiteral("ask about the bus contract"));
    QSqlQuery q(team.value()->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT owner FROM note")) && q.next());
    EXPECT_EQ(q.value(0).toString(), team.value()->userName()); // the note is now the migrating user's
    // New rows after the copy get new ids (the sequences follow the copied ones).
    Action another;
    another.text = QStringLiteral("Write to the operator");
    EXPECT_TRUE(ActionStore(*team.value()).addManual(another, 0).hasValue());

    // A second copy into the same database is refused and changes nothing.
    const TeamCliRun again = teamCli(
        {QStringLiteral("migrate"), QStringLiteral("--from"), library(), QStringLiteral("--to"), m_team->location()});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds"))) << again.err.toStdString();
}

TEST_F(CliTeamTest, AMigrationThatFailsLeavesTheTeamDatabaseEmpty)
{
    ASSERT_EQ(
        teamCli({QStringLiteral("import"), QStringLiteral("--db"), library(), path(QStringLiteral("pack.pdf"))}).exitCode,
        0);
    {
        auto db = Database::open(library());
        ASSERT_TRUE(db.hasValue());
        Note note;
        note.body = QStringLiteral("a note the team database will refuse");
        ASSERT_TRUE(NoteStore(*db.value()).add(note).hasValue());
        auto team = Database::open(m_team->location());
        ASSERT_TRUE(team.hasValue());
        ASSERT_FALSE(team.value()
                         ->exec(QStringLiteral("ALTER TABLE note ADD CONSTRAINT refuse CHECK (body NOT LIKE "
                                               "'%refuse%')"))
                         .has_value());
    }
    const TeamCliRun run = teamCli(
        {QStringLiteral("migrate"), QStringLiteral("--from"), library(), QStringLiteral("--to"), m_team->location()});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(QStringLiteral("note"))) << run.err.toStdString();
    auto team = Database::open(m_team->location());
    ASSERT_TRUE(team.hasValue());
    QSqlQuery q(team.value()->connection());
    for (const char* table : {"document", "page", "meeting", "action"}) {
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 0) << table;
    }
}

TEST_F(CliTeamTest, MigrateNeedsBothEnds)
{
    EXPECT_EQ(teamCli({QStringLiteral("migrate"), QStringLiteral("--to"), m_team->location()}).exitCode, 1);
    const TeamCliRun missing = teamCli({QStringLiteral("migrate"), QStringLiteral("--from"),
                                path(QStringLiteral("none.sqlite")), QStringLiteral("--to"), m_team->location()});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("none.sqlite"))));
}
