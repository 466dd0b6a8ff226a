#include "BundleFixtures.h"
#include "ImportWriter.h"
#include "Schema.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace scrutineer;

namespace {

int userVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

TEST(Migration, NewDatabaseReachesCurrentVersionWithWalAndForeignKeys)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("new.sqlite")));
    ASSERT_TRUE(db.hasValue());
    EXPECT_EQ(db.value()->schemaVersion(), schema::currentVersion());
    QSqlQuery q(db.value()->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST(Migration, VersionsAreNumberedConsecutively)
{
    int expected = 1;
    for (const schema::Migration& m : schema::migrations())
        EXPECT_EQ(m.version, expected++);
}

// From every earlier version: build a database at that version with data in it, then open it
// with the current code and check it migrated without losing what was there.
class MigrationFromVersion : public ::testing::TestWithParam<int> {};

TEST_P(MigrationFromVersion, UpgradesAndKeepsData)
{
    const int from = GetParam();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        ASSERT_FALSE(Database::migrate(raw, from).has_value());
        ASSERT_EQ(userVersion(raw), from);
        QSqlQuery q(raw);
        if (from >= 1) {
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO meeting(id, date) VALUES (1, '2020-01-01')")));
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO document(id, meeting_id, file_name, sha256, page_count, kind, "
                                              "imported_at) VALUES (1, 1, 'a.pdf', 'abc', 1, 'agenda-pack', 'now')")));
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO page(document_id, pdf_page, has_text, text) VALUES (1, 1, 1, "
                                              "'safeguarding partnership')")));
        }
        if (from >= 2)
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO note(meeting_id, body, created_at, updated_at) VALUES (1, "
                                              "'ask about respite', 'now', 'now')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    auto db = Database::open(path);
    ASSERT_TRUE(db.hasValue()) << db.error().describe().toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), schema::currentVersion());
    QSqlQuery q(db.value()->connection());
    if (from >= 1) {
        // Text written before the FTS index existed is searchable after the upgrade.
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM page_fts WHERE page_fts MATCH 'safeguarding'")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 1);
    }
    if (from >= 2) {
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM note_fts WHERE note_fts MATCH 'respite'")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 1);
    }
}

INSTANTIATE_TEST_SUITE_P(EveryEarlierVersion, MigrationFromVersion, ::testing::Range(0, schema::currentVersion()));

TEST(Migration, RefusesDatabaseFromNewerVersion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 999"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    auto db = Database::open(path);
    ASSERT_FALSE(db.hasValue());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("newer")));
}

TEST(Migration, RefusesFileThatIsNotSqlite)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("these are not the tables you are looking for");
    f.close();
    auto db = Database::open(path);
    ASSERT_FALSE(db.hasValue());
    EXPECT_EQ(db.error().code, Error::Code::Database);
}
