#include "ActionStore.h"
#include "BundleFixtures.h"
#include "ImportWriter.h"
#include "JsonExporter.h"
#include "NoteStore.h"
#include "OwnerAliasStore.h"
#include "Schema.h"
#include "SearchIndex.h"
#include "SqlDialect.h"
#include "SqliteSchemaScript.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace scrutineer;

namespace {

using scrutineer::testing::Backend;
using scrutineer::testing::ScratchDatabase;

int userVersion(const QSqlDatabase& db) { return SqlDialect::of(db).schemaVersion(db); }

// Rows written with explicit ids: the next generated id must come after them.
void followIds(QSqlDatabase& db, const QStringList& tables)
{
    QSqlQuery q(db);
    for (const QString& table : tables) {
        for (const QString& statement : SqlDialect::of(db).followExplicitIds(table))
            ASSERT_TRUE(q.exec(statement)) << q.lastError().text().toStdString();
    }
}

int hits(Database& db, const QString& query, SearchIndex::Kind kind)
{
    SearchIndex::Filter filter;
    filter.kinds = {kind};
    return int(SearchIndex(db).search(query, filter).size());
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

// A new database is created in one transaction; an existing one is migrated a step at a time.
// Both must end with the same schema, object for object and column for column.
TEST(Migration, NewDatabaseInOneStepHasTheSchemaOfTheStepsOneByOne)
{
    QTemporaryDir dir;
    auto schemaOf = [](const QSqlDatabase& db) {
        QStringList objects;
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")));
        while (q.next()) {
            objects.append(QStringLiteral("%1 %2 on %3: %4")
                               .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString()));
        }
        return objects;
    };
    QStringList stepByStep;
    {
        QSqlDatabase raw = scrutineer::testing::rawConnection(dir.filePath(QStringLiteral("steps.sqlite")),
                                                              QStringLiteral("steps"));
        ASSERT_TRUE(raw.isOpen());
        for (int version = 1; version <= schema::currentVersion(); ++version) {
            ASSERT_FALSE(Database::migrate(raw, version).has_value()) << version;
            ASSERT_EQ(userVersion(raw), version);
        }
        stepByStep = schemaOf(raw);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("steps"));

    auto fresh = Database::open(dir.filePath(QStringLiteral("new.sqlite")));
    ASSERT_TRUE(fresh.hasValue());
    EXPECT_EQ(fresh.value()->schemaVersion(), schema::currentVersion());
    const QStringList oneStep = schemaOf(fresh.value()->connection());
    EXPECT_GT(oneStep.size(), 40);
    EXPECT_EQ(oneStep, stepByStep);
}

// A new SQLite library is created by one script (sql/sqlite-schema.sql) rather than by the
// steps: it must be what the steps give, down to the full-text indexes' stored statistics. When a
// migration is added this fails and writes the script the steps now give beside the test program.
TEST(Migration, NewDatabaseScriptIsWhatTheStepsGive)
{
    QTemporaryDir dir;
    auto ftsContents = [](const QSqlDatabase& db) {
        QStringList rows;
        QSqlQuery tables(db);
        EXPECT_TRUE(tables.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")));
        while (tables.next()) {
            for (const char* shadow : {"_data", "_config", "_docsize", "_idx"}) {
                const QString table = tables.value(0).toString() + QLatin1String(shadow);
                QSqlQuery q(db);
                EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM %1").arg(table)));
                while (q.next()) {
                    QStringList values;
                    for (int i = 0; i < q.record().count(); ++i)
                        values.append(QString::fromLatin1(q.value(i).toByteArray().toHex()));
                    rows.append(table + QLatin1Char(' ') + values.join(QLatin1Char(',')));
                }
            }
        }
        return rows;
    };
    QString dumped;
    QStringList stepsFts;
    {
        QSqlDatabase raw = scrutineer::testing::rawConnection(dir.filePath(QStringLiteral("steps.sqlite")),
                                                              QStringLiteral("script-steps"));
        ASSERT_TRUE(raw.isOpen());
        for (int version = 1; version <= schema::currentVersion(); ++version)
            ASSERT_FALSE(Database::migrate(raw, version).has_value()) << version;
        dumped = SqliteSchemaScript::dump(raw);
        stepsFts = ftsContents(raw);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("script-steps"));

    QFile shipped(QStringLiteral(SCRUTINEER_SOURCE_DIR "/sql/sqlite-schema.sql"));
    ASSERT_TRUE(shipped.open(QIODevice::ReadOnly));
    if (QString::fromUtf8(shipped.readAll()) != dumped) {
        const QString written = QCoreApplication::applicationDirPath() + QStringLiteral("/sqlite-schema.sql");
        QFile out(written);
        if (out.open(QIODevice::WriteOnly))
            out.write(dumped.toUtf8());
        ADD_FAILURE() << "sql/sqlite-schema.sql is not the schema the migrations give; the script they give is in "
                      << written.toStdString() << ": copy it to sql/sqlite-schema.sql";
    }
    // What is compiled in is the shipped file, and creates the current version.
    EXPECT_EQ(SqliteSchemaScript::statements(), SqliteSchemaScript::split(dumped));
    EXPECT_EQ(SqliteSchemaScript::version(), schema::currentVersion());
    EXPECT_GT(SqliteSchemaScript::statements().size(), 70);

    auto fresh = Database::open(dir.filePath(QStringLiteral("new.sqlite")));
    ASSERT_TRUE(fresh.hasValue());
    EXPECT_EQ(ftsContents(fresh.value()->connection()), stepsFts);
    EXPECT_FALSE(stepsFts.isEmpty());
}

// The script's statements end at a semicolon that ends a line: a trigger's inner semicolons stay.
TEST(Migration, SchemaScriptSplitsAtSemicolonsEndingALine)
{
    const QStringList statements = SqliteSchemaScript::split(QStringLiteral(
        "-- a comment\n\nCREATE TABLE t (\n    a TEXT);\n\nCREATE TRIGGER x AFTER INSERT ON t BEGIN SELECT 1; END;\n"
        "PRAGMA user_version = 3;\n"));
    ASSERT_EQ(statements.size(), 3);
    EXPECT_EQ(statements.at(0), QStringLiteral("CREATE TABLE t (\n    a TEXT)"));
    EXPECT_EQ(statements.at(1), QStringLiteral("CREATE TRIGGER x AFTER INSERT ON t BEGIN SELECT 1; END"));
    EXPECT_EQ(statements.at(2), QStringLiteral("PRAGMA user_version = 3"));
}

TEST(Migration, VersionsAreNumberedConsecutively)
{
    int expected = 1;
    for (const schema::Migration& m : schema::migrations())
        EXPECT_EQ(m.version, expected++);
}

// From every earlier version, on each backend: build a database at that version with data in
// it, then open it with the current code and check it migrated without losing what was there.
class MigrationFromVersion : public ::testing::TestWithParam<std::tuple<Backend, int>> {};

TEST_P(MigrationFromVersion, UpgradesAndKeepsData)
{
    const auto [backend, from] = GetParam();
    ScratchDatabase scratch(backend, false);
    if (scratch.location().isEmpty())
        GTEST_SKIP() << scrutineer::testing::noServerMessage();
    {
        QSqlDatabase raw = scrutineer::testing::rawConnection(scratch.location(), QStringLiteral("old"));
        ASSERT_TRUE(raw.isOpen());
        ASSERT_FALSE(Database::migrate(raw, from).has_value());
        ASSERT_EQ(userVersion(raw), from);
        QSqlQuery q(raw);
        if (from >= 1) {
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO meeting(id, date) VALUES (1, '2020-01-01')")));
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO document(id, meeting_id, file_name, sha256, page_count, kind, "
                                              "imported_at) VALUES (1, 1, 'a.pdf', 'abc', 1, 'agenda-pack', 'now')")));
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO page(document_id, pdf_page, has_text, text) VALUES (1, 1, 1, "
                                              "'safeguarding partnership')")));
            // extracted rows as older versions wrote them: no flags, item method or direction,
            // and a vote without absent names
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO minute(id, meeting_id, document_id, number, item, position) "
                                              "VALUES (1, 1, 1, '5', '3', 0)")));
            ASSERT_TRUE(q.exec(QStringLiteral(R"(INSERT INTO resolution(minute_id, meeting_id, document_id, text, votes, )"
                                              R"(position) VALUES (1, 1, 1, 'noted', '{"for":4,"against":0,"abstain":null,)"
                                              R"("outcome":"carried","for_names":[],"against_names":[],"abstain_names":[],)"
                                              R"("flags":[]}', 0))")));
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO indicator(id, indicator_key, name, polarity, meeting_id, "
                                              "document_id) VALUES (1, '0|visits', 'Visits', 'unknown', 1, 1)")));
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO reading(indicator_id, period, value, document_id) VALUES (1, "
                                              "'2020-01', 80, 1)")));
            followIds(raw, {QStringLiteral("meeting"), QStringLiteral("document"), QStringLiteral("minute"),
                            QStringLiteral("indicator")});
        }
        if (from >= 2) {
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO note(meeting_id, body, created_at, updated_at) VALUES (1, "
                                              "'ask about respite', 'now', 'now')")));
        }
        if (from >= 13) {
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO owner_alias(alias, person, changed_at) VALUES "
                                              "('the solicitor', 'Claire Ward', 'now')")));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    auto db = Database::open(scratch.location());
    ASSERT_TRUE(db.hasValue()) << db.error().describe().toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), schema::currentVersion());
    if (from >= 1) {
        // Text written before the full-text index existed is searchable after the upgrade.
        EXPECT_EQ(hits(*db.value(), QStringLiteral("safeguarding "), SearchIndex::Kind::Page), 1);
    }
    if (from >= 2 && backend == Backend::Sqlite) {
        // (A note written before a team database had owners belongs to no one there: only a
        // personal library has notes older than the owner column.)
        EXPECT_EQ(hits(*db.value(), QStringLiteral("respite "), SearchIndex::Kind::Note), 1);
    }
    // v13: the owner aliases are there (kept from before, or an empty table to add to).
    const QList<OwnerAlias> aliases = OwnerAliasStore(*db.value()).list();
    EXPECT_EQ(aliases.size(), from >= 13 ? 1 : 0);
    EXPECT_TRUE(OwnerAliasStore(*db.value()).add({0, {}, QStringLiteral("Head"), QStringLiteral("Ann"), {}, {}, {}}).hasValue());
    if (from >= 1) {
        // Rows from before schema 7 export the facts it added as unknown / empty.
        const QJsonObject root = JsonExporter(*db.value()).build();
        const QJsonObject minute = root.value(QStringLiteral("meetings")).toArray().first().toObject().value(
            QStringLiteral("minutes")).toArray().first().toObject();
        EXPECT_EQ(minute.value(QStringLiteral("item")).toString(), QStringLiteral("3"));
        ASSERT_TRUE(minute.contains(QStringLiteral("item_method")));
        EXPECT_TRUE(minute.value(QStringLiteral("item_method")).isNull());
        const QJsonObject resolution = minute.value(QStringLiteral("resolutions")).toArray().first().toObject();
        EXPECT_EQ(resolution.value(QStringLiteral("flags")).toArray(), QJsonArray());
        const QJsonObject votes = resolution.value(QStringLiteral("votes")).toObject();
        EXPECT_EQ(votes.value(QStringLiteral("for")).toInt(), 4);
        EXPECT_EQ(votes.value(QStringLiteral("absent_names")).toArray(), QJsonArray());
        const QJsonObject reading = root.value(QStringLiteral("readings")).toArray().first().toObject();
        EXPECT_EQ(reading.value(QStringLiteral("value")).toDouble(), 80.0);
        ASSERT_TRUE(reading.contains(QStringLiteral("direction")));
        EXPECT_TRUE(reading.value(QStringLiteral("direction")).isNull());
    }
}

class MigrationOnBackend : public ::testing::TestWithParam<Backend> {};

// v6 -> v7 adds the columns with NULL for every row already there, and new imports fill them.
TEST_P(MigrationOnBackend, Version7AddsPrintedFactColumnsEmptyForOldRows)
{
    ScratchDatabase scratch(GetParam(), false);
    if (scratch.location().isEmpty())
        GTEST_SKIP() << scrutineer::testing::noServerMessage();
    const QString path = scratch.location();
    {
        QSqlDatabase raw = scrutineer::testing::rawConnection(path, QStringLiteral("v6"));
        ASSERT_TRUE(raw.isOpen());
        ASSERT_FALSE(Database::migrate(raw, 6).has_value());
        QSqlQuery q(raw);
        EXPECT_FALSE(q.exec(QStringLiteral("SELECT direction FROM reading")));
        EXPECT_FALSE(q.exec(QStringLiteral("SELECT item_method FROM minute")));
        EXPECT_FALSE(q.exec(QStringLiteral("SELECT flags FROM resolution")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO meeting(id, date) VALUES (1, '2020-01-01')")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO document(id, meeting_id, file_name, sha256, page_count, kind, "
                                          "imported_at) VALUES (1, 1, 'a.pdf', 'abc', 1, 'agenda-pack', 'now')")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO minute(id, meeting_id, document_id, position) VALUES (1, 1, 1, 0)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO resolution(minute_id, meeting_id, document_id, text, position) "
                                          "VALUES (1, 1, 1, 'noted', 0)")));
        followIds(raw, {QStringLiteral("meeting"), QStringLiteral("document"), QStringLiteral("minute")});
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v6"));

    auto db = Database::open(path);
    ASSERT_TRUE(db.hasValue()) << db.error().describe().toStdString();
    EXPECT_GE(db.value()->schemaVersion(), 7);
    QSqlQuery q(db.value()->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT m.item_method IS NULL, r.flags IS NULL FROM minute m JOIN resolution r ON "
                                      "r.minute_id = m.id")));
    ASSERT_TRUE(q.next());
    EXPECT_TRUE(q.value(0).toBool());
    EXPECT_TRUE(q.value(1).toBool());

    ImportBundle bundle = scrutineer::testing::samplePack("after-v7");
    bundle.meetings[1].minutes[0].itemMethod = QStringLiteral("printed");
    bundle.readings[0].direction = QStringLiteral("Worsening");
    ASSERT_TRUE(ImportWriter(*db.value()).write(bundle).hasValue());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM minute WHERE item_method = 'printed'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT direction FROM reading")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("Worsening"));
}

// v8 -> v9 numbers the status updates already recorded, oldest first, so that the next edit of
// an action must name the latest of them.
TEST_P(MigrationOnBackend, Version9NumbersEarlierStatusUpdates)
{
    ScratchDatabase scratch(GetParam(), false);
    if (scratch.location().isEmpty())
        GTEST_SKIP() << scrutineer::testing::noServerMessage();
    {
        QSqlDatabase raw = scrutineer::testing::rawConnection(scratch.location(), QStringLiteral("v8"));
        ASSERT_TRUE(raw.isOpen());
        ASSERT_FALSE(Database::migrate(raw, 8).has_value());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO action(action_key, origin, text, status) VALUES ('k1', 'manual', "
                                          "'Visit', 'open')")));
        for (const char* status : {"on-track", "at-risk", "complete"}) {
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO action_update(action_key, status, changed_at) VALUES ('k1', '%1', "
                                              "'2020-01-01T00:00:00Z')")
                                   .arg(QLatin1String(status))));
        }
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO action_update(action_key, status, changed_at) VALUES ('k2', 'open', "
                                          "'2020-01-01T00:00:00Z')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v8"));
    auto db = Database::open(scratch.location());
    ASSERT_TRUE(db.hasValue()) << db.error().describe().toStdString();
    ActionStore store(*db.value());
    const auto history = store.history(QStringLiteral("k1"));
    ASSERT_EQ(history.size(), 3);
    EXPECT_EQ(history.at(0).revision, 1);
    EXPECT_EQ(history.at(2).revision, 3);
    EXPECT_EQ(history.at(2).status, ActionStatus::Complete);
    EXPECT_TRUE(history.at(2).changedBy.isEmpty()); // nobody was recorded then
    const ActionRecord action = store.list().first();
    EXPECT_EQ(action.revision, 3);
    EXPECT_EQ(action.action.status, ActionStatus::Complete);
    EXPECT_EQ(store.setStatus(QStringLiteral("k1"), ActionStatus::Open, {}, 2).error().code, Error::Code::Conflict);
    EXPECT_TRUE(store.setStatus(QStringLiteral("k1"), ActionStatus::Open, {}, 3).hasValue());
    EXPECT_EQ(store.history(QStringLiteral("k2")).first().revision, 1);
}

// v13 -> v14: pages already stored were not read by OCR; new imports record those that were.
TEST_P(MigrationOnBackend, Version14MarksNoOldPageAsReadByOcr)
{
    ScratchDatabase scratch(GetParam(), false);
    if (scratch.location().isEmpty())
        GTEST_SKIP() << scrutineer::testing::noServerMessage();
    const QString path = scratch.location();
    {
        QSqlDatabase raw = scrutineer::testing::rawConnection(path, QStringLiteral("v13"));
        ASSERT_TRUE(raw.isOpen());
        ASSERT_FALSE(Database::migrate(raw, 13).has_value());
        QSqlQuery q(raw);
        EXPECT_FALSE(q.exec(QStringLiteral("SELECT ocr FROM page")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO document(id, file_name, sha256, page_count, kind, imported_at) "
                                          "VALUES (1, 'a.pdf', 'abc', 2, 'agenda-pack', 'now')")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO page(document_id, pdf_page, has_text, text) VALUES (1, 1, 1, 'x')")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO page(document_id, pdf_page, has_text, text) VALUES (1, 2, 0, '')")));
        followIds(raw, {QStringLiteral("document")});
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v13"));

    auto db = Database::open(path);
    ASSERT_TRUE(db.hasValue()) << db.error().describe().toStdString();
    EXPECT_GE(db.value()->schemaVersion(), 14);
    QSqlQuery q(db.value()->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*), SUM(ocr), COUNT(ocr_confidence) FROM page")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 2);
    EXPECT_EQ(q.value(1).toInt(), 0);
    EXPECT_EQ(q.value(2).toInt(), 0);
    const QJsonObject doc = JsonExporter(*db.value()).build().value(QStringLiteral("documents")).toArray().first().toObject();
    EXPECT_EQ(doc.value(QStringLiteral("pages_without_text")).toArray(), QJsonArray{2});
    EXPECT_EQ(doc.value(QStringLiteral("ocr_pages")).toArray(), QJsonArray());
}

// v14 -> v15: notes written before highlights have no boxes and are not orphaned; a revised
// pack moves them (on a server, through the new function) and marks the ones it lost.
TEST_P(MigrationOnBackend, Version15KeepsOldNotesAsNotesWithoutBoxes)
{
    ScratchDatabase scratch(GetParam(), false);
    if (scratch.location().isEmpty())
        GTEST_SKIP() << scrutineer::testing::noServerMessage();
    const QString path = scratch.location();
    qint64 meetingId = 0;
    {
        auto v14 = Database::open(path);
        ASSERT_TRUE(v14.hasValue()) << v14.error().describe().toStdString();
        auto written = ImportWriter(*v14.value()).write(scrutineer::testing::samplePack("v1"));
        ASSERT_TRUE(written.hasValue());
        meetingId = written->meetingId;
    }
    {
        // Back to how schema 14 left a note: no boxes column, no orphaned column (and none of
        // the later versions' tables).
        QSqlDatabase raw = scrutineer::testing::rawConnection(path, QStringLiteral("v14"));
        ASSERT_TRUE(raw.isOpen());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TABLE recommendation_link")));
        for (const char* index : {"membership_person", "attendance_person", "membership_meeting", "attendance_meeting"})
            ASSERT_TRUE(q.exec(QStringLiteral("DROP INDEX %1").arg(QLatin1String(index))));
        ASSERT_TRUE(q.exec(QStringLiteral("ALTER TABLE note DROP COLUMN boxes")));
        ASSERT_TRUE(q.exec(QStringLiteral("ALTER TABLE note DROP COLUMN orphaned")));
        if (GetParam() == Backend::Postgres) {
            ASSERT_TRUE(q.exec(QStringLiteral("DROP FUNCTION scrutineer_reanchor_note(bigint, text, text, bigint, bigint)")));
            ASSERT_TRUE(q.exec(QStringLiteral("UPDATE scrutineer_schema SET version = 14")));
        } else {
            ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 14")));
        }
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO note(meeting_id, document_sha256, pdf_page, anchor_text, kind, "
                                          "body, created_at, updated_at) VALUES (%1, 'v1', 3, 'foster carer "
                                          "allowance', 'note', 'ask about the rate', 'now', 'now')")
                               .arg(meetingId)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v14"));

    auto db = Database::open(path);
    ASSERT_TRUE(db.hasValue()) << db.error().describe().toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), schema::currentVersion());
    const QList<Note> notes = NoteStore(*db.value()).forDocument(QStringLiteral("v1"));
    ASSERT_EQ(notes.size(), 1);
    EXPECT_TRUE(notes.first().boxes.isEmpty());
    EXPECT_FALSE(notes.first().orphaned);
    EXPECT_EQ(notes.first().kind, Note::Kind::Note);

    ImportBundle revised = scrutineer::testing::samplePack("v2");
    revised.pages[2].text = QStringLiteral("Report on fostering recruitment");
    auto second = ImportWriter(*db.value()).write(revised);
    ASSERT_TRUE(second.hasValue()) << second.error().describe().toStdString();
    EXPECT_EQ(second->notesReanchored, 1);
    const QList<Note> moved = NoteStore(*db.value()).forDocument(QStringLiteral("v2"));
    ASSERT_EQ(moved.size(), 1);
    EXPECT_TRUE(moved.first().orphaned);
    EXPECT_EQ(moved.first().pdfPage, 3);
}

INSTANTIATE_TEST_SUITE_P(EveryEarlierVersion, MigrationFromVersion,
                         ::testing::Combine(scrutineer::testing::backends(), ::testing::Range(0, schema::currentVersion())),
                         [](const auto& param) {
                             return std::string(std::get<0>(param.param) == Backend::Sqlite ? "SQLite" : "PostgreSQL") +
                                    "_from" + std::to_string(std::get<1>(param.param));
                         });

TEST_P(MigrationOnBackend, RefusesDatabaseFromNewerVersion)
{
    ScratchDatabase scratch(GetParam(), false);
    if (scratch.location().isEmpty())
        GTEST_SKIP() << scrutineer::testing::noServerMessage();
    const QString path = scratch.location();
    {
        QSqlDatabase raw = scrutineer::testing::rawConnection(path, QStringLiteral("future"));
        ASSERT_TRUE(raw.isOpen());
        QSqlQuery q(raw);
        if (GetParam() == Backend::Sqlite) {
            ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        } else {
            ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE scrutineer_schema (version INTEGER NOT NULL)")));
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO scrutineer_schema VALUES (999)")));
        }
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

INSTANTIATE_TEST_SUITE_P(Backends, MigrationOnBackend, scrutineer::testing::backends(),
                         scrutineer::testing::backendName);
