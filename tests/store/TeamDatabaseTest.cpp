// A team database on PostgreSQL with the shipped roles (sql/team-roles.sql): each person connects
// as their own role; private notes stay private even to SQL; edits record who made them; readers
// may neither import nor edit the register; an import moves everybody's notes to a new version.
#include "ActionStore.h"
#include "BundleFixtures.h"
#include "ImportWriter.h"
#include "NoteStore.h"
#include "ResolutionStore.h"
#include "SearchIndex.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace scrutineer;
using scrutineer::testing::Backend;
using scrutineer::testing::samplePack;

namespace {

Note noteOn(qint64 meetingId, const QString& body)
{
    Note note;
    note.meetingId = meetingId;
    note.documentSha256 = QStringLiteral("v1");
    note.pdfPage = 3;
    note.anchorText = QStringLiteral("foster carer allowance");
    note.body = body;
    return note;
}

} // namespace

class TeamDatabaseTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (scrutineer::testing::testServer().isEmpty())
            GTEST_SKIP() << scrutineer::testing::noServerMessage();
        m_scratch = std::make_unique<scrutineer::testing::ScratchDatabase>(Backend::Postgres);
        ASSERT_FALSE(m_scratch->location().isEmpty());
        const QString roles = QStringLiteral(SCRUTINEER_SOURCE_DIR "/sql/team-roles.sql");
        const QString failed = scrutineer::testing::runSqlFile(m_scratch->location(), roles);
        ASSERT_TRUE(failed.isEmpty()) << failed.toStdString();
        m_officer
            = scrutineer::testing::createLoginRole(QStringLiteral("officer"), QStringLiteral("scrutineer_officer"));
        m_reader = scrutineer::testing::createLoginRole(QStringLiteral("reader"), QStringLiteral("scrutineer_reader"));
        ASSERT_FALSE(m_officer.isEmpty());
        ASSERT_FALSE(m_reader.isEmpty());
        m_asOfficer = open(m_officer);
        m_asReader = open(m_reader);
        ASSERT_TRUE(m_asOfficer && m_asReader);
    }
    void TearDown() override
    {
        m_asOfficer.reset();
        m_asReader.reset();
        m_scratch.reset();
    }
    std::unique_ptr<Database> open(const QString& role)
    {
        auto opened = Database::open(m_scratch->locationAs(role));
        EXPECT_TRUE(opened.hasValue()) << opened.error().describe().toStdString();
        return opened ? std::move(opened.value()) : nullptr;
    }
    static int scalar(Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    std::unique_ptr<scrutineer::testing::ScratchDatabase> m_scratch;
    QString m_officer;
    QString m_reader;
    std::unique_ptr<Database> m_asOfficer;
    std::unique_ptr<Database> m_asReader;
};

TEST_F(TeamDatabaseTest, EachUserIsTheirOwnRoleWithTheirRolesPowers)
{
    EXPECT_EQ(m_asOfficer->userName(), m_officer);
    EXPECT_EQ(m_asReader->userName(), m_reader);
    EXPECT_TRUE(m_asOfficer->mayImport());
    EXPECT_TRUE(m_asOfficer->mayEdit());
    EXPECT_FALSE(m_asReader->mayImport());
    EXPECT_FALSE(m_asReader->mayEdit());

    // A reader's import is refused whole, and says why.
    const auto refused = ImportWriter(*m_asReader).write(samplePack("v1"));
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("permission denied")))
        << refused.error().message.toStdString();
    EXPECT_EQ(scalar(*m_asOfficer, QStringLiteral("SELECT COUNT(*) FROM document")), 0);

    // The officer's import is seen by the reader, who can read and search it but not edit it.
    auto imported = ImportWriter(*m_asOfficer).write(samplePack("v1"));
    ASSERT_TRUE(imported.hasValue()) << imported.error().describe().toStdString();
    EXPECT_EQ(scalar(*m_asReader, QStringLiteral("SELECT COUNT(*) FROM document")), 1);
    EXPECT_FALSE(SearchIndex(*m_asReader).search(QStringLiteral("allowance ")).isEmpty());
    QSqlQuery q(m_asReader->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT imported_by FROM document")) && q.next());
    EXPECT_EQ(q.value(0).toString(), m_officer);
    const QList<ActionRecord> actions = ActionStore(*m_asReader).list();
    ASSERT_FALSE(actions.isEmpty());
    const auto statusByReader
        = ActionStore(*m_asReader).setStatus(actions.first().actionKey, ActionStatus::Complete, {});
    ASSERT_FALSE(statusByReader.hasValue());
    EXPECT_EQ(statusByReader.error().code, Error::Code::Database);
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM document")));
}

TEST_F(TeamDatabaseTest, PrivateNotesStayPrivateEvenToSql)
{
    auto imported = ImportWriter(*m_asOfficer).write(samplePack("v1"));
    ASSERT_TRUE(imported.hasValue());
    const qint64 meeting = imported->meetingId;
    ASSERT_TRUE(NoteStore(*m_asOfficer).add(noteOn(meeting, QStringLiteral("officer's private reminder"))).hasValue());
    ASSERT_TRUE(NoteStore(*m_asReader).add(noteOn(meeting, QStringLiteral("ask about respite care"))).hasValue());

    const QList<Note> readerNotes = NoteStore(*m_asReader).all();
    ASSERT_EQ(readerNotes.size(), 1);
    EXPECT_EQ(readerNotes.first().body, QStringLiteral("ask about respite care"));
    ASSERT_EQ(NoteStore(*m_asOfficer).all().size(), 1);

    // Not through the app, nor through SQL: the rows are not there for another user.
    EXPECT_EQ(scalar(*m_asReader, QStringLiteral("SELECT COUNT(*) FROM note")), 1);
    EXPECT_EQ(scalar(*m_asReader, QStringLiteral("SELECT COUNT(*) FROM note WHERE body LIKE '%reminder%'")), 0);
    QSqlQuery q(m_asReader->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE note SET body = 'defaced' WHERE body LIKE '%reminder%'")));
    EXPECT_EQ(q.numRowsAffected(), 0);
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM note WHERE body LIKE '%reminder%'")));
    EXPECT_EQ(q.numRowsAffected(), 0);
    ASSERT_TRUE(q.exec(QStringLiteral("SET row_security = off")));
    EXPECT_FALSE(q.exec(QStringLiteral("SELECT body FROM note"))); // refused rather than unfiltered
    ASSERT_TRUE(q.exec(QStringLiteral("RESET row_security")));
    // A note made out to someone else still belongs to whoever wrote it.
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO note(body, created_at, updated_at, owner) VALUES ('forged', 'now', "
                                      "'now', '%1')")
                           .arg(m_officer)));
    EXPECT_EQ(scalar(*m_asOfficer, QStringLiteral("SELECT COUNT(*) FROM note WHERE body = 'forged'")), 0);
    // Nor does search show them.
    SearchIndex::Filter notes;
    notes.kinds = {SearchIndex::Kind::Note};
    EXPECT_TRUE(SearchIndex(*m_asReader).search(QStringLiteral("reminder "), notes).isEmpty());
    EXPECT_EQ(SearchIndex(*m_asOfficer).search(QStringLiteral("reminder "), notes).size(), 1);
    EXPECT_TRUE(SearchIndex(*m_asOfficer).search(QStringLiteral("respite "), notes).isEmpty());
}

TEST_F(TeamDatabaseTest, ARevisedPackMovesEveryonesNotesWithoutShowingThem)
{
    auto first = ImportWriter(*m_asOfficer).write(samplePack("v1"));
    ASSERT_TRUE(first.hasValue());
    ASSERT_TRUE(
        NoteStore(*m_asReader).add(noteOn(first->meetingId, QStringLiteral("ask about respite care"))).hasValue());

    ImportBundle revised = samplePack("v2");
    revised.pages.insert(2, scrutineer::testing::page(3, QStringLiteral("Errata sheet")));
    for (int i = 0; i < revised.pages.size(); ++i)
        revised.pages[i].pdfPage = i + 1;
    revised.pageCount = int(revised.pages.size());
    auto second = ImportWriter(*m_asOfficer).write(revised);
    ASSERT_TRUE(second.hasValue()) << second.error().describe().toStdString();
    EXPECT_EQ(second->status, ImportWriter::Outcome::Status::Replaced);
    EXPECT_EQ(second->notesReanchored, 1);
    EXPECT_TRUE(NoteStore(*m_asOfficer).all().isEmpty());

    const QList<Note> kept = NoteStore(*m_asReader).all();
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.first().documentSha256, QStringLiteral("v2"));
    EXPECT_EQ(kept.first().pdfPage, 4);
    // The functions that move notes do nothing else: not for a reader, nor for a live document.
    QSqlQuery q(m_asReader->connection());
    EXPECT_FALSE(q.exec(QStringLiteral("SELECT * FROM scrutineer_note_anchors('v2')")));
    QSqlQuery officer(m_asOfficer->connection());
    ASSERT_TRUE(officer.exec(QStringLiteral("SELECT COUNT(*) FROM scrutineer_note_anchors('v2')")) && officer.next());
    EXPECT_EQ(officer.value(0).toInt(), 0);
}

TEST_F(TeamDatabaseTest, HighlightsArePrivateAndARevisedPackMovesThem)
{
    auto first = ImportWriter(*m_asOfficer).write(samplePack("v1"));
    ASSERT_TRUE(first.hasValue());
    Note highlight = noteOn(first->meetingId, QString());
    highlight.kind = Note::Kind::Highlight;
    highlight.boxes = {QRectF(72, 100, 120, 11)};
    ASSERT_TRUE(NoteStore(*m_asReader).add(highlight).hasValue());
    Note lost = noteOn(first->meetingId, QStringLiteral("why was this cut?"));
    lost.anchorText = QStringLiteral("a passage the revision cut");
    lost.kind = Note::Kind::Question;
    lost.boxes = {QRectF(72, 200, 80, 11)};
    ASSERT_TRUE(NoteStore(*m_asReader).add(lost).hasValue());
    EXPECT_TRUE(NoteStore(*m_asOfficer).forDocument(QStringLiteral("v1")).isEmpty());
    const QList<Note> mine = NoteStore(*m_asReader).forDocument(QStringLiteral("v1"));
    ASSERT_EQ(mine.size(), 2);
    EXPECT_EQ(mine.first().owner, m_reader);

    ImportBundle revised = samplePack("v2");
    revised.pages.insert(2, scrutineer::testing::page(3, QStringLiteral("Errata sheet")));
    for (int i = 0; i < revised.pages.size(); ++i)
        revised.pages[i].pdfPage = i + 1;
    revised.pageCount = int(revised.pages.size());
    auto second = ImportWriter(*m_asOfficer).write(revised);
    ASSERT_TRUE(second.hasValue()) << second.error().describe().toStdString();
    EXPECT_EQ(second->notesReanchored, 2);

    QList<Note> kept = NoteStore(*m_asReader).forDocument(QStringLiteral("v2"));
    ASSERT_EQ(kept.size(), 2);
    std::sort(kept.begin(), kept.end(), [](const Note& a, const Note& b) { return a.id < b.id; });
    EXPECT_EQ(kept.at(0).pdfPage, 4);
    EXPECT_FALSE(kept.at(0).orphaned);
    EXPECT_TRUE(kept.at(0).boxes.isEmpty());
    EXPECT_EQ(kept.at(1).pdfPage, 3);
    EXPECT_TRUE(kept.at(1).orphaned);
    // Only an importer may call the move, and only for a document being replaced.
    QSqlQuery q(m_asReader->connection());
    EXPECT_FALSE(q.exec(QStringLiteral("SELECT scrutineer_reanchor_note(1, 'v2', 'v3', 1, 0)")));
    QSqlQuery officer(m_asOfficer->connection());
    ASSERT_TRUE(officer.exec(QStringLiteral("SELECT scrutineer_reanchor_note(%1, 'v2', 'v1', 1, 1)").arg(kept.at(0).id)));
    EXPECT_EQ(NoteStore(*m_asReader).forDocument(QStringLiteral("v2")).size(), 2);
}

TEST_F(TeamDatabaseTest, EditsRecordWhoMadeThem)
{
    auto imported = ImportWriter(*m_asOfficer).write(samplePack("v1"));
    ASSERT_TRUE(imported.hasValue());
    ActionStore actions(*m_asOfficer);
    const ActionRecord action = actions.list().first();
    ASSERT_TRUE(actions.setStatus(action.actionKey, ActionStatus::Complete, QStringLiteral("done"), action.revision)
                    .hasValue());
    const auto seen = ActionStore(*m_asReader).find(action.id);
    ASSERT_TRUE(seen.has_value());
    EXPECT_EQ(seen->action.status, ActionStatus::Complete);
    EXPECT_EQ(seen->statusChangedBy, m_officer);
    EXPECT_TRUE(seen->statusChangedAt.isValid());
    EXPECT_EQ(seen->revision, 1);

    Action manual;
    manual.text = QStringLiteral("Visit the fostering team");
    const auto added = actions.addManual(manual, imported->meetingId);
    ASSERT_TRUE(added.hasValue()) << added.error().describe().toStdString();
    EXPECT_EQ(ActionStore(*m_asReader).find(*added)->createdBy, m_officer);

    ResolutionStore register_(*m_asOfficer);
    const ResolutionStore::Record first = register_.list().first();
    ASSERT_FALSE(register_.setUserState(first.key, {true, std::nullopt}).has_value());
    const auto checked = ResolutionStore(*m_asReader).find(first.key);
    ASSERT_TRUE(checked.has_value());
    EXPECT_EQ(checked->review, ResolutionStore::Review::Checked);
    EXPECT_EQ(checked->changedBy, m_officer);

    // The server writes the name: a client cannot put someone else's.
    QSqlQuery q(m_asOfficer->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE correction SET changed_by = 'somebody else'")));
    EXPECT_EQ(ResolutionStore(*m_asReader).find(first.key)->changedBy, m_officer);
}
