#include "BundleFixtures.h"
#include "ImportWriter.h"

#include <QSqlQuery>

using namespace scrutineer;
using scrutineer::testing::samplePack;

class ImportWriterTest : public scrutineer::testing::StoreFixture {};

TEST_F(ImportWriterTest, WritesEverythingAndMergesMinutesIntoTheirMeeting)
{
    ImportWriter writer(*m_db);
    auto outcome = writer.write(samplePack("aaa"));
    ASSERT_TRUE(outcome.hasValue()) << outcome.error().describe().toStdString();
    EXPECT_EQ(outcome->status, ImportWriter::Outcome::Status::Imported);
    EXPECT_EQ(count(QStringLiteral("document")), 1);
    EXPECT_EQ(count(QStringLiteral("page")), 4);
    EXPECT_EQ(count(QStringLiteral("meeting")), 2); // the pack's and the one its minutes record
    EXPECT_EQ(count(QStringLiteral("body")), 1);
    EXPECT_EQ(count(QStringLiteral("clause")), 3);
    EXPECT_EQ(count(QStringLiteral("action")), 2);

    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT m.date FROM resolution r JOIN meeting m ON m.id = r.meeting_id")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2030-01-04"));
    // The requested action links to the resolution that asked for it.
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT resolution_id IS NOT NULL FROM action WHERE origin = 'resolution'")));
    ASSERT_TRUE(q.next());
    EXPECT_TRUE(q.value(0).toBool());
}

TEST_F(ImportWriterTest, SameHashIsANoOp)
{
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(samplePack("aaa")).hasValue());
    auto again = writer.write(samplePack("aaa"));
    ASSERT_TRUE(again.hasValue());
    EXPECT_EQ(again->status, ImportWriter::Outcome::Status::AlreadyImported);
    EXPECT_EQ(again->existingFile, QStringLiteral("pack.pdf"));
    EXPECT_EQ(count(QStringLiteral("document")), 1);
    EXPECT_EQ(count(QStringLiteral("page")), 4);
}

TEST_F(ImportWriterTest, FailureRollsBackEverything)
{
    // Make the last table the writer touches refuse rows: nothing before it may remain.
    ASSERT_FALSE(m_db->exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON reading BEGIN SELECT RAISE(ABORT, "
                                           "'refused by test'); END"))
                     .has_value());
    ImportWriter writer(*m_db);
    auto outcome = writer.write(samplePack("bbb"));
    ASSERT_FALSE(outcome.hasValue());
    EXPECT_EQ(outcome.error().code, Error::Code::Database);
    EXPECT_TRUE(outcome.error().describe().contains(QStringLiteral("pack.pdf")));
    for (const char* table : {"document", "page", "meeting", "body", "authority", "agenda_item", "minute", "resolution",
                              "action", "indicator"})
        EXPECT_EQ(count(QString::fromLatin1(table)), 0) << table;
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM page_fts WHERE page_fts MATCH 'fostering'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST_F(ImportWriterTest, NewVersionOfADocumentReplacesItsRows)
{
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(samplePack("v1")).hasValue());
    ImportBundle revised = samplePack("v2");
    revised.actions.removeLast();
    auto outcome = writer.write(revised);
    ASSERT_TRUE(outcome.hasValue());
    EXPECT_EQ(outcome->status, ImportWriter::Outcome::Status::Replaced);
    EXPECT_EQ(count(QStringLiteral("document")), 1);
    EXPECT_EQ(count(QStringLiteral("page")), 4);
    EXPECT_EQ(count(QStringLiteral("action")), 1);
    EXPECT_EQ(count(QStringLiteral("meeting")), 2);
}

TEST_F(ImportWriterTest, SupplementAttachesToTheExistingMeeting)
{
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(samplePack("main")).hasValue());
    ImportBundle supplement;
    supplement.fileName = QStringLiteral("supplement.pdf");
    supplement.sha256 = "supp";
    supplement.kind = DocumentKind::Supplement;
    supplement.pageCount = 1;
    supplement.pages = {scrutineer::testing::page(1, QStringLiteral("Item 3 revised report"))};
    Meeting m;
    m.body = QStringLiteral("CHILDREN'S SCRUTINY COMMITTEE"); // case differs: same body
    m.date = QDate(2030, 3, 4);
    supplement.meetings = {m};
    supplement.documentMeetingIndex = 0;
    auto outcome = writer.write(supplement);
    ASSERT_TRUE(outcome.hasValue());
    EXPECT_EQ(outcome->status, ImportWriter::Outcome::Status::Imported);
    EXPECT_EQ(count(QStringLiteral("meeting")), 2);
    EXPECT_EQ(count(QStringLiteral("document")), 2);
}
