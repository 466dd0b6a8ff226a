// ImportWriter::writePagesEarly: the pages of a file written while the rest of it is still being
// analysed, in the import's one transaction (the CLI's OverlappedImport). Whatever happens, the
// file lands whole or not at all, and lands as a write of the whole bundle would have left it.
#include "BundleFixtures.h"
#include "ImportWriter.h"
#include "SearchIndex.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace scrutineer;
using scrutineer::testing::samplePack;

namespace {

// Every row of the document and page tables but what differs between two writes of one bundle.
QStringList documentAndPages(Database& database)
{
    QStringList rows;
    QSqlQuery q(database.connection());
    for (const char* select :
         {"SELECT meeting_id, file_name, file_path, sha256, page_count, kind, title, warnings, kind_reason, imported_by "
          "FROM document ORDER BY sha256",
          "SELECT p.pdf_page, p.pack_page, p.pack_page_evidence, p.width, p.height, p.rotation, p.has_text, p.blank, "
          "p.agenda_stamp, p.text, p.ocr, p.ocr_confidence, d.sha256 FROM page p JOIN document d ON d.id = "
          "p.document_id ORDER BY d.sha256, p.pdf_page"}) {
        EXPECT_TRUE(q.exec(QString::fromLatin1(select)));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
    }
    return rows;
}

} // namespace

class EarlyPagesTest : public scrutineer::testing::StoreFixture {
protected:
    // The rows a write of the whole bundle leaves, in a database of their own.
    QStringList writtenInOneGo(const QList<ImportBundle>& bundles)
    {
        scrutineer::testing::ScratchDatabase scratch(GetParam());
        auto other = Database::open(scratch.location());
        EXPECT_TRUE(other.hasValue());
        ImportWriter writer(*other.value());
        for (const ImportBundle& bundle : bundles)
            EXPECT_TRUE(writer.write(bundle).hasValue());
        return documentAndPages(*other.value());
    }
};

TEST_P(EarlyPagesTest, PagesWrittenAheadLandWithTheRestInOneTransaction)
{
    const ImportBundle bundle = samplePack("early");
    ImportWriter writer(*m_db);
    const bool ahead = writer.writePagesEarly(bundle.fileName, bundle.sha256, bundle.pages);
    EXPECT_EQ(ahead, !isServer()); // a team database is written in one go
    if (ahead) {
        // Another program sees nothing of the file until it is whole.
        auto reader = Database::open(location());
        ASSERT_TRUE(reader.hasValue());
        QSqlQuery q(reader.value()->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM document) + (SELECT COUNT(*) FROM page)")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 0);
    }
    auto outcome = writer.write(bundle);
    ASSERT_TRUE(outcome.hasValue()) << outcome.error().describe().toStdString();
    EXPECT_EQ(outcome->status, ImportWriter::Outcome::Status::Imported);
    EXPECT_EQ(count(QStringLiteral("page")), 4);
    EXPECT_EQ(count(QStringLiteral("action")), 2);
    EXPECT_EQ(documentAndPages(*m_db), writtenInOneGo({bundle}));
    EXPECT_FALSE(SearchIndex(*m_db).search(QStringLiteral("fostering")).isEmpty());
}

// A long document is read in sections: each section's pages are added to the same transaction.
TEST_P(EarlyPagesTest, EachSectionsPagesAreAddedInTurn)
{
    const ImportBundle bundle = samplePack("sections");
    ImportWriter writer(*m_db);
    const bool first = writer.writePagesEarly(bundle.fileName, bundle.sha256, bundle.pages.mid(0, 3));
    EXPECT_EQ(first, !isServer());
    EXPECT_EQ(writer.writePagesEarly(bundle.fileName, bundle.sha256, bundle.pages.mid(3)), first);
    auto outcome = writer.write(bundle);
    ASSERT_TRUE(outcome.hasValue()) << outcome.error().describe().toStdString();
    EXPECT_EQ(count(QStringLiteral("document")), 1);
    EXPECT_EQ(documentAndPages(*m_db), writtenInOneGo({bundle}));
}

TEST_P(EarlyPagesTest, PagesWrittenAheadAndNeverCompletedLeaveNothing)
{
    const ImportBundle bundle = samplePack("dropped");
    {
        ImportWriter writer(*m_db);
        writer.writePagesEarly(bundle.fileName, bundle.sha256, bundle.pages);
        writer.discardEarlyPages();
        EXPECT_EQ(count(QStringLiteral("document")), 0);
        EXPECT_EQ(count(QStringLiteral("page")), 0);
        writer.writePagesEarly(bundle.fileName, bundle.sha256, bundle.pages);
    } // the writer goes without write(): rolled back
    EXPECT_EQ(count(QStringLiteral("document")), 0);
    EXPECT_EQ(count(QStringLiteral("page")), 0);
    EXPECT_TRUE(SearchIndex(*m_db).search(QStringLiteral("fostering")).isEmpty());
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(bundle).hasValue());
    EXPECT_EQ(count(QStringLiteral("page")), 4);
}

TEST_P(EarlyPagesTest, NotAheadWhileAnotherProgramWrites)
{
    if (isServer())
        GTEST_SKIP() << "a team database is written in one go";
    auto other = Database::open(location());
    ASSERT_TRUE(other.hasValue());
    const ImportBundle bundle = samplePack("waits");
    ImportWriter writer(*m_db);
    {
        Transaction holding(other.value()->connection(), Transaction::Kind::Write);
        ASSERT_TRUE(holding.isActive());
        EXPECT_FALSE(writer.writePagesEarly(bundle.fileName, bundle.sha256, bundle.pages));
    }
    auto outcome = writer.write(bundle);
    ASSERT_TRUE(outcome.hasValue());
    EXPECT_EQ(count(QStringLiteral("page")), 4);
}

TEST_P(EarlyPagesTest, NotAheadForAFileStoredAlready)
{
    const ImportBundle bundle = samplePack("stored");
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(bundle).hasValue());
    EXPECT_FALSE(writer.writePagesEarly(bundle.fileName, bundle.sha256, bundle.pages));
    auto again = writer.write(bundle);
    ASSERT_TRUE(again.hasValue());
    EXPECT_EQ(again->status, ImportWriter::Outcome::Status::AlreadyImported);
    EXPECT_EQ(count(QStringLiteral("document")), 1);
    EXPECT_EQ(count(QStringLiteral("page")), 4);
}

// Pages written ahead that are not the bundle's (they cannot be, but if they were) are dropped
// and the whole bundle written in one go.
TEST_P(EarlyPagesTest, PagesOtherThanTheBundlesAreWrittenAgain)
{
    ImportBundle bundle = samplePack("changed");
    ImportWriter writer(*m_db);
    QList<PageRecord> ahead = bundle.pages;
    ahead[2].text = QStringLiteral("something else");
    writer.writePagesEarly(bundle.fileName, bundle.sha256, ahead);
    ASSERT_TRUE(writer.write(bundle).hasValue());
    EXPECT_EQ(documentAndPages(*m_db), writtenInOneGo({bundle}));
    EXPECT_TRUE(SearchIndex(*m_db).search(QStringLiteral("something")).isEmpty());
}

TEST_P(EarlyPagesTest, ANewVersionWrittenAheadReplacesTheOld)
{
    const ImportBundle first = samplePack("v1");
    ImportBundle revised = samplePack("v2");
    revised.pages[2].text = QStringLiteral("Report on fostering recruitment, revised");
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(first).hasValue());
    writer.writePagesEarly(revised.fileName, revised.sha256, revised.pages);
    auto outcome = writer.write(revised);
    ASSERT_TRUE(outcome.hasValue());
    EXPECT_EQ(outcome->status, ImportWriter::Outcome::Status::Replaced);
    EXPECT_EQ(count(QStringLiteral("document")), 1);
    EXPECT_EQ(count(QStringLiteral("page")), 4);
    EXPECT_EQ(documentAndPages(*m_db), writtenInOneGo({first, revised}));
    EXPECT_FALSE(SearchIndex(*m_db).search(QStringLiteral("revised")).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, EarlyPagesTest, scrutineer::testing::backends(), scrutineer::testing::backendName);
