#include "BundleFixtures.h"
#include "ActionStore.h"
#include "ImportWriter.h"

#include "SearchIndex.h"

#include <QSqlQuery>

using namespace scrutineer;
using scrutineer::testing::samplePack;

class ImportWriterTest : public scrutineer::testing::StoreFixture {};

TEST_P(ImportWriterTest, WritesEverythingAndMergesMinutesIntoTheirMeeting)
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

TEST_P(ImportWriterTest, SameHashIsANoOp)
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

TEST_P(ImportWriterTest, FailureRollsBackEverything)
{
    // Make the last table the writer touches refuse rows: nothing before it may remain.
    if (isServer()) {
        ASSERT_FALSE(m_db->exec(QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                               "RAISE EXCEPTION 'refused by test'; END $$"))
                         .has_value());
        ASSERT_FALSE(m_db->exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON reading FOR EACH ROW EXECUTE "
                                               "FUNCTION refuse()"))
                         .has_value());
    } else {
        ASSERT_FALSE(m_db->exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON reading BEGIN SELECT RAISE(ABORT, "
                                               "'refused by test'); END"))
                         .has_value());
    }
    ImportWriter writer(*m_db);
    auto outcome = writer.write(samplePack("bbb"));
    ASSERT_FALSE(outcome.hasValue());
    EXPECT_EQ(outcome.error().code, Error::Code::Database);
    EXPECT_TRUE(outcome.error().describe().contains(QStringLiteral("pack.pdf")));
    for (const char* table : {"document", "page", "meeting", "body", "authority", "agenda_item", "minute", "resolution",
                              "action", "indicator"})
        EXPECT_EQ(count(QString::fromLatin1(table)), 0) << table;
    EXPECT_TRUE(SearchIndex(*m_db).search(QStringLiteral("fostering ")).isEmpty());
}

TEST_P(ImportWriterTest, NewVersionOfADocumentReplacesItsRows)
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

TEST_P(ImportWriterTest, SupplementAttachesToTheExistingMeeting)
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

namespace {

// A later meeting's minutes that cite minute 7 of 4 January 2030.
ImportBundle laterMinutes(const QByteArray& sha, const QString& citedDate)
{
    ImportBundle b;
    b.fileName = QStringLiteral("later-minutes.pdf");
    b.sha256 = sha;
    b.kind = DocumentKind::Minutes;
    b.pageCount = 1;
    b.pages = {scrutineer::testing::page(1, QStringLiteral("Adoption timeliness update"))};
    Meeting m;
    m.body = QStringLiteral("Children's Scrutiny Committee");
    m.date = QDate(2030, 5, 6);
    Minute minute;
    minute.number = QStringLiteral("21");
    minute.title = QStringLiteral("ADOPTION TIMELINESS UPDATE");
    minute.pdfPage = 1;
    MinuteReference ref;
    ref.raw = QStringLiteral("Further to Minute No. 7 of 4 January 2030");
    ref.number = QStringLiteral("7");
    ref.date = citedDate;
    ref.pdfPage = 1;
    minute.references = {ref};
    m.minutes = {minute};
    b.meetings = {m};
    b.documentMeetingIndex = 0;
    return b;
}

} // namespace

TEST_P(ImportWriterTest, CrossReferencesLinkWhenTheTargetIsImportedInEitherOrder)
{
    ImportWriter writer(*m_db);
    // The citing minutes first: the reference stays unresolved ...
    ASSERT_TRUE(writer.write(laterMinutes("later", QStringLiteral("2030-01-04"))).hasValue());
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM minute_reference WHERE target_minute_id IS NULL")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    // ... until the pack carrying minute 7 arrives.
    ASSERT_TRUE(writer.write(samplePack("pack")).hasValue());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT t.number FROM minute_reference r JOIN minute t ON t.id = r.target_minute_id")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("7"));

    // The request made under minute 7 now shows the later minute as evidence.
    ActionStore actions(*m_db);
    const auto all = actions.list();
    const auto requested = std::find_if(all.begin(), all.end(),
                                        [](const ActionRecord& r) { return r.action.origin == ActionOrigin::Resolution; });
    ASSERT_NE(requested, all.end());
    const auto evidence = actions.evidence(requested->id);
    ASSERT_EQ(evidence.size(), 1);
    EXPECT_EQ(evidence.first().minuteNumber, QStringLiteral("21"));
    EXPECT_EQ(evidence.first().meetingDate, QDate(2030, 5, 6));
}

TEST_P(ImportWriterTest, ReferenceToAnUnknownMeetingStaysUnresolved)
{
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(samplePack("pack")).hasValue());
    ASSERT_TRUE(writer.write(laterMinutes("later", QStringLiteral("2029-12-01"))).hasValue());
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM minute_reference WHERE target_minute_id IS NULL")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST_P(ImportWriterTest, AttendanceLinksToMembersOnlyWhereTheNameCanBeNoOneElse)
{
    ImportBundle pack = samplePack("people");
    pack.meetings[0].members = {{QStringLiteral("Paula Murphy"), MemberRole::Chair, {}, {}, 1},
                                {QStringLiteral("Brenda O'Brien"), MemberRole::Member, {}, {}, 1},
                                {QStringLiteral("Michael O'Brien"), MemberRole::Member, {}, {}, 1}};
    pack.meetings[1].attendance.clear();
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(pack).hasValue());

    ImportBundle minutes = laterMinutes("later", QStringLiteral("2030-01-04"));
    minutes.meetings[0].attendance = {{QStringLiteral("Murphy"), AttendanceStatus::Present, {}, {}, 1},
                                      {QStringLiteral("O'Brien"), AttendanceStatus::Present, {}, {}, 1},
                                      {QStringLiteral("M. O'Brien"), AttendanceStatus::Apologies, {}, {}, 1}};
    ASSERT_TRUE(writer.write(minutes).hasValue());

    QSqlQuery q(m_db->connection());
    auto personOf = [&](const QString& table, const QString& name) {
        q.prepare(QStringLiteral("SELECT p.name FROM %1 x JOIN person p ON p.id = x.person_id WHERE x.name = ?").arg(table));
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    };
    EXPECT_EQ(personOf(QStringLiteral("attendance"), QStringLiteral("Murphy")), QStringLiteral("Paula Murphy"));
    EXPECT_EQ(personOf(QStringLiteral("attendance"), QStringLiteral("M. O'Brien")), QStringLiteral("Michael O'Brien"));
    // "O'Brien" alone could be either: a person of its own, not merged.
    EXPECT_EQ(personOf(QStringLiteral("attendance"), QStringLiteral("O'Brien")), QStringLiteral("O'Brien"));
    EXPECT_EQ(count(QStringLiteral("person")), 4);
}

INSTANTIATE_TEST_SUITE_P(Backends, ImportWriterTest, scrutineer::testing::backends(), scrutineer::testing::backendName);
