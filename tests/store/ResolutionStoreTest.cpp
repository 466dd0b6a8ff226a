#include "ActionStore.h"
#include "ActionUpdateLog.h"
#include "BundleFixtures.h"
#include "CalendarExport.h"
#include "ImportWriter.h"
#include "ResolutionStore.h"
#include "Schema.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace scrutineer;
using namespace scrutineer::testing;

namespace {

class ResolutionStoreTest : public StoreFixture {
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return; // no server for this backend, or no database
        ASSERT_TRUE(ImportWriter(*m_db).write(samplePack("sha-1")).hasValue());
    }
    ResolutionStore::Record only()
    {
        const auto all = ResolutionStore(*m_db).list();
        EXPECT_EQ(all.size(), 1);
        return all.value(0);
    }
};

Resolution manualResolution()
{
    Resolution r;
    r.text = QStringLiteral("RESOLVED: That");
    r.clauses = {{QStringLiteral("1"), QStringLiteral("the plan be approved;"), {}},
                 {QStringLiteral("2"), QStringLiteral("the Director report back."), {}}};
    return r;
}

} // namespace

TEST(ResolutionMigration, Version4AddsManualResolutionsAndKeepsCorrections)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        ASSERT_FALSE(Database::migrate(raw, 3).has_value());
        QSqlQuery q(raw);
        ASSERT_FALSE(q.exec(QStringLiteral("SELECT COUNT(*) FROM user_resolution")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO meeting(id, date) VALUES (1, '2020-01-01')")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO correction(entity, entity_key, field, value, checked, changed_at) "
                                          "VALUES ('resolution', 'x|1|5|0', 'review', NULL, 1, 'now')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    auto db = Database::open(path);
    ASSERT_TRUE(db.hasValue()) << db.error().describe().toStdString();
    EXPECT_GE(db.value()->schemaVersion(), 4);
    ResolutionStore store(*db.value());
    EXPECT_TRUE(store.userState(QStringLiteral("x|1|5|0")).checked);
    ResolutionStore::Manual m;
    m.meetingId = 1;
    m.minuteNumber = QStringLiteral("6");
    m.resolution = manualResolution();
    const auto id = store.saveManual(m);
    ASSERT_TRUE(id.hasValue()) << id.error().describe().toStdString();
    EXPECT_EQ(store.manual(*id)->resolution.clauses.size(), 2);
}

TEST_P(ResolutionStoreTest, ListsExtractedResolutionsWithClauseTree)
{
    const ResolutionStore::Record r = only();
    EXPECT_FALSE(r.manual);
    EXPECT_EQ(r.minuteNumber, QStringLiteral("7"));
    EXPECT_EQ(r.minuteTitle, QStringLiteral("ADOPTION TIMELINESS"));
    EXPECT_EQ(r.body, QStringLiteral("Children's Scrutiny Committee"));
    EXPECT_EQ(r.meetingDate, QDate(2030, 1, 4));
    ASSERT_EQ(r.resolution.clauses.size(), 2);
    EXPECT_EQ(r.resolution.clauses.at(1).label, QStringLiteral("2"));
    ASSERT_EQ(r.resolution.clauses.at(1).clauses.size(), 1);
    EXPECT_EQ(r.resolution.clauses.at(1).clauses.at(0).text, QStringLiteral("with figures"));
    EXPECT_EQ(r.review, ResolutionStore::Review::Unchecked);
    EXPECT_EQ(r.pdfPage, 2);
    EXPECT_GT(r.documentId, 0);
    ASSERT_TRUE(ResolutionStore(*m_db).find(r.key).has_value());
    EXPECT_EQ(ResolutionStore(*m_db).find(r.key)->resolution.clauses.size(), 2);
}

TEST_P(ResolutionStoreTest, CorrectionsAndChecksSurviveReimport)
{
    ResolutionStore store(*m_db);
    const ResolutionStore::Record before = only();
    Resolution corrected = before.resolution;
    corrected.clauses[0].text = QStringLiteral("the report be noted with thanks;");
    RecordedVote vote;
    vote.forCount = 7;
    vote.againstCount = 2;
    vote.outcome = QStringLiteral("carried");
    vote.forNames = {QStringLiteral("Ann Able")};
    corrected.votes = vote;
    ASSERT_FALSE(store.setUserState(before.key, {true, corrected}).has_value());

    ImportBundle revised = samplePack("sha-2");
    auto written = ImportWriter(*m_db).write(revised);
    ASSERT_TRUE(written.hasValue());
    ASSERT_EQ(written->status, ImportWriter::Outcome::Status::Replaced);

    const ResolutionStore::Record after = only();
    EXPECT_EQ(after.key, before.key);
    EXPECT_EQ(after.review, ResolutionStore::Review::Corrected);
    EXPECT_EQ(after.resolution.clauses.at(0).text, QStringLiteral("the report be noted with thanks;"));
    EXPECT_EQ(after.printed.clauses.at(0).text, QStringLiteral("the report be noted;"));
    ASSERT_TRUE(after.resolution.votes.has_value());
    EXPECT_EQ(after.resolution.votes->forCount, 7);
    EXPECT_EQ(after.resolution.votes->forNames, QStringList{QStringLiteral("Ann Able")});

    ASSERT_FALSE(store.setUserState(after.key, {true, std::nullopt}).has_value());
    EXPECT_EQ(only().review, ResolutionStore::Review::Checked);
    ASSERT_FALSE(store.setUserState(after.key, {}).has_value());
    EXPECT_EQ(only().review, ResolutionStore::Review::Unchecked);
    EXPECT_EQ(count(QStringLiteral("correction")), 0);
}

TEST_P(ResolutionStoreTest, ManualResolutionsSaveUpdateRemoveAndRestoreWithTheirId)
{
    ResolutionStore store(*m_db);
    const qint64 meetingId = only().meetingId;
    ResolutionStore::Manual m;
    m.meetingId = meetingId;
    m.agendaNumber = QStringLiteral("3");
    m.minuteNumber = store.suggestMinuteNumber(meetingId);
    EXPECT_EQ(m.minuteNumber, QStringLiteral("8"));
    m.minuteTitle = QStringLiteral("Fostering");
    m.resolution = manualResolution();
    const auto id = store.saveManual(m);
    ASSERT_TRUE(id.hasValue());
    EXPECT_EQ(store.suggestMinuteNumber(meetingId), QStringLiteral("9"));

    m.id = *id;
    m.resolution.clauses.append({QStringLiteral("3"), QStringLiteral("thanks be recorded."), {}});
    ASSERT_TRUE(store.saveManual(m).hasValue());
    EXPECT_EQ(store.manual(*id)->resolution.clauses.size(), 3);
    const auto all = store.list();
    ASSERT_EQ(all.size(), 2);
    EXPECT_TRUE(all.at(1).manual) << "minute 8 follows minute 7";
    EXPECT_EQ(all.at(1).key, ResolutionStore::manualKey(*id));

    ASSERT_FALSE(store.removeManual(*id).has_value());
    EXPECT_FALSE(store.manual(*id).has_value());
    const auto restored = store.saveManual(m);
    ASSERT_TRUE(restored.hasValue());
    EXPECT_EQ(*restored, *id) << "undoing a delete brings the same resolution back";
    EXPECT_TRUE(*store.manual(*id) == m);
}

TEST_P(ResolutionStoreTest, SuggestsNextMinuteNumberFromTheBodysLastMeeting)
{
    ResolutionStore store(*m_db);
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM meeting WHERE date = '2030-03-04'")) && q.next());
    EXPECT_EQ(store.suggestMinuteNumber(q.value(0).toLongLong()), QStringLiteral("8"));
}

TEST_P(ResolutionStoreTest, StatusChangesCanBeTakenBackExactly)
{
    ActionStore actions(*m_db);
    ActionUpdateLog log(*m_db);
    const ActionRecord a = actions.list().first();
    const auto first = log.record(a.actionKey, ActionStatus::AtRisk, QStringLiteral("late report"));
    const auto second = log.record(a.actionKey, ActionStatus::Complete, {});
    ASSERT_TRUE(first.hasValue() && second.hasValue());
    EXPECT_EQ(actions.find(a.id)->action.status, ActionStatus::Complete);
    ASSERT_FALSE(log.remove({*second}).has_value());
    EXPECT_EQ(actions.find(a.id)->action.status, ActionStatus::AtRisk);
    ASSERT_EQ(actions.history(a.actionKey).size(), 1);
    EXPECT_EQ(actions.history(a.actionKey).first().comment, QStringLiteral("late report"));
}

TEST_P(ResolutionStoreTest, CalendarHasOneEventPerDatedMeetingWithEscapedFoldedText)
{
    CalendarExport calendar(*m_db);
    const QByteArray ics = calendar.build({}, QDateTime(QDate(2030, 1, 1), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(calendar.eventCount(), 2);
    EXPECT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    EXPECT_TRUE(ics.endsWith("END:VCALENDAR\r\n"));
    EXPECT_TRUE(ics.contains("DTSTART:20300304T183000\r\n"));
    EXPECT_TRUE(ics.contains("DTSTART;VALUE=DATE:20300104\r\n")) << "the earlier meeting has no time";
    EXPECT_TRUE(ics.contains("DTSTAMP:20300101T090000Z\r\n"));
    EXPECT_TRUE(ics.contains("SUMMARY:Children's Scrutiny Committee\r\n"));
    EXPECT_TRUE(ics.contains("LOCATION:Council Chamber\r\n"));
    for (const QByteArray& line : ics.split('\n'))
        EXPECT_LE(line.size(), 76) << line.constData(); // 75 octets + CR

    EXPECT_EQ(CalendarExport::escapeText(QStringLiteral("a, b; c\\d\ne")), QStringLiteral("a\\, b\\; c\\\\d\\ne"));
    const QString longLine = QStringLiteral("DESCRIPTION:") + QString(100, QChar(0x00E9)); // 2 octets each
    const QByteArray folded = CalendarExport::foldLine(longLine);
    for (const QByteArray& part : folded.split('\n'))
        EXPECT_LE(part.size(), 76);
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    EXPECT_EQ(QString::fromUtf8(unfolded.trimmed()), longLine) << "no UTF-8 sequence is split";
}

INSTANTIATE_TEST_SUITE_P(Backends, ResolutionStoreTest, scrutineer::testing::backends(), scrutineer::testing::backendName);
