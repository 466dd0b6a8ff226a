#include "../importing/ReadingRoomFixtures.h"

#include "Database.h"
#include "MeetingStore.h"
#include "NoteStore.h"
#include "importing/ImportController.h"
#include "notes/NotesModel.h"
#include "notes/NotesPanel.h"
#include "pdf/PdfDocument.h"
#include "search/SearchPanel.h"
#include "search/SearchResultsModel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::gui;
using scrutineer::gui::testb::ModelWarnings;
using scrutineer::gui::testb::SampleLibrary;

namespace {

constexpr int kNotesPanelTimeoutMs = 60000;
const QString kAnchor = QStringLiteral("Paper questionnaires are available in every branch library");

class NotesPanelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_documentId = m_library.importSample();
        ASSERT_GT(m_documentId, 0) << m_library.error().toStdString();
        m_meetingId = m_library.meetingOf(m_documentId);
        ASSERT_GT(m_meetingId, 0) << "the sample pack's front sheet should give the document its meeting";
        m_panel = std::make_unique<NotesPanel>();
        m_check = std::make_unique<ModelWarnings>(m_panel->notesModel());
        m_panel->setDatabasePath(m_library.databasePath());
        m_panel->setMeeting(m_meetingId);
        m_panel->resize(400, 600);
        m_panel->show();
    }
    void TearDown() override
    {
        if (m_check) {
            EXPECT_TRUE(m_check->warnings().isEmpty()) << m_check->warnings().join(QLatin1Char('\n')).toStdString();
        }
        m_check.reset();
        m_panel.reset();
    }

    // Writes a note or question through the panel's own editor, as a user would.
    void write(bool question, const QString& text)
    {
        m_panel->findChild<QToolButton*>(question ? QStringLiteral("newQuestionButton") : QStringLiteral("newNoteButton"))->click();
        auto* editor = m_panel->findChild<QPlainTextEdit*>(QStringLiteral("editor"));
        ASSERT_TRUE(editor->isVisible());
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        ASSERT_FALSE(editor->isVisible());
    }
    QString documentSha(qint64 documentId) const
    {
        auto db = Database::open(m_library.databasePath());
        const auto document = db ? MeetingStore(*db.value()).document(documentId) : std::nullopt;
        return document ? document->sha256 : QString();
    }
    QList<Note> stored() const
    {
        auto db = Database::open(m_library.databasePath());
        return db ? NoteStore(*db.value()).forMeeting(m_meetingId) : QList<Note>{};
    }

    SampleLibrary m_library;
    qint64 m_documentId = 0;
    qint64 m_meetingId = 0;
    std::unique_ptr<NotesPanel> m_panel;
    std::unique_ptr<ModelWarnings> m_check;
};

} // namespace

TEST_F(NotesPanelTest, ANoteOnAPageSelectionIsStoredWithItsAnchor)
{
    m_panel->setContext(m_documentId, 10, QStringLiteral("4"), kAnchor);
    write(false, QStringLiteral("Which branches had the fewest paper returns?"));
    const QList<Note> notes = stored();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.first().kind, Note::Kind::Note);
    EXPECT_EQ(notes.first().pdfPage, 10);
    EXPECT_EQ(notes.first().agendaNumber, QStringLiteral("4"));
    EXPECT_EQ(notes.first().anchorText, kAnchor);
    EXPECT_FALSE(notes.first().documentSha256.isEmpty());

    QAbstractItemModel* model = m_panel->notesModel();
    const QModelIndex notesGroup = model->index(1, 0);
    ASSERT_EQ(model->rowCount(notesGroup), 1);
    const QModelIndex note = model->index(0, 0, notesGroup);
    EXPECT_EQ(note.data(NotesModel::LocationRole).toString(), QStringLiteral("Item 4 · Page 10"));

    // Activating the note opens its page with the quoted words highlighted.
    QSignalSpy open(m_panel.get(), &NotesPanel::openRequested);
    auto* view = m_panel->findChild<QTreeView*>(QStringLiteral("notesView"));
    view->setFocus();
    view->setCurrentIndex(note);
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().at(0).toLongLong(), m_documentId);
    EXPECT_EQ(open.first().at(1).toInt(), 10);
    EXPECT_EQ(open.first().at(2).toString(), kAnchor);
}

TEST_F(NotesPanelTest, QuestionsAreTickedOffEditedAndDeleted)
{
    m_panel->setContext(m_documentId, 9, QStringLiteral("4"));
    write(true, QStringLiteral("Will the mobile library keep its Ashwell East stops?"));
    QAbstractItemModel* model = m_panel->notesModel();
    const QModelIndex questions = model->index(0, 0);
    ASSERT_EQ(model->rowCount(questions), 1);
    const QModelIndex question = model->index(0, 0, questions);
    EXPECT_EQ(question.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    ASSERT_TRUE(model->setData(question, Qt::Checked, Qt::CheckStateRole));
    ASSERT_EQ(stored().size(), 1);
    EXPECT_TRUE(stored().first().done);

    auto* view = m_panel->findChild<QTreeView*>(QStringLiteral("notesView"));
    view->setCurrentIndex(model->index(0, 0, model->index(0, 0)));
    m_panel->findChild<QToolButton*>(QStringLiteral("editButton"))->click();
    auto* editor = m_panel->findChild<QPlainTextEdit*>(QStringLiteral("editor"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Ask the Cabinet Member about Ashwell East"));
    m_panel->findChild<QDialogButtonBox*>(QStringLiteral("editorButtons"))->button(QDialogButtonBox::Save)->click();
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first().body, QStringLiteral("Ask the Cabinet Member about Ashwell East"));
    EXPECT_TRUE(stored().first().done);

    view->setCurrentIndex(model->index(0, 0, model->index(0, 0)));
    m_panel->findChild<QToolButton*>(QStringLiteral("deleteButton"))->click();
    QMessageBox* box = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (box = m_panel->findChild<QMessageBox*>()) && box->isVisible(); }, kNotesPanelTimeoutMs));
    QPushButton* remove = nullptr;
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            remove = qobject_cast<QPushButton*>(button);
    }
    ASSERT_NE(remove, nullptr);
    remove->click();
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_EQ(model->rowCount(model->index(0, 0)), 0);
}

TEST_F(NotesPanelTest, ANoteSurvivesReimportOfAChangedPack)
{
    m_panel->setContext(m_documentId, 10, QStringLiteral("4"), kAnchor);
    write(false, QStringLiteral("Check the paper returns by ward"));
    write(true, QStringLiteral("Why were drop-in sessions not offered in November?"));
    ASSERT_EQ(stored().size(), 2);
    const QString oldSha = documentSha(m_documentId);

    // Re-import a changed version of the same pack through the GUI import path.
    QWidget window;
    ImportController controller(&window);
    controller.setDatabasePath(m_library.databasePath());
    controller.setSummaryDialogEnabled(false);
    QSignalSpy finished(&controller, &ImportController::finished);
    ASSERT_TRUE(controller.importPaths({m_library.writeSample(2)}));
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() > 0; }, kNotesPanelTimeoutMs));
    const ImportFileResult result = controller.lastSummary().files.value(0);
    ASSERT_EQ(result.status, ImportFileResult::Status::Replaced) << result.reason.toStdString();
    EXPECT_EQ(result.notesReanchored, 2);
    const QString newSha = documentSha(result.documentId);
    EXPECT_NE(newSha, oldSha);
    for (const Note& n : stored())
        EXPECT_EQ(n.documentSha256, newSha) << "every note moved onto the new version";
    EXPECT_EQ(result.meetingId, m_meetingId);
    EXPECT_EQ(m_library.count(QStringLiteral("document")), 1);

    m_panel->refresh();
    QAbstractItemModel* model = m_panel->notesModel();
    ASSERT_EQ(model->rowCount(model->index(0, 0)), 1);
    ASSERT_EQ(model->rowCount(model->index(1, 0)), 1);
    const QModelIndex note = model->index(0, 0, model->index(1, 0));
    EXPECT_EQ(note.data(NotesModel::BodyRole).toString(), QStringLiteral("Check the paper returns by ward"));
    EXPECT_EQ(note.data(NotesModel::DocumentIdRole).toLongLong(), result.documentId);
    EXPECT_EQ(note.data(NotesModel::PdfPageRole).toInt(), 10);

    // ... and it is still found by search, pointing at the new version.
    SearchPanel search;
    ModelWarnings check(search.resultsModel());
    search.setDatabasePath(m_library.databasePath());
    QSignalSpy done(&search, &SearchPanel::searchFinished);
    search.setQuery(QStringLiteral("paper returns"));
    ASSERT_TRUE(done.wait(kNotesPanelTimeoutMs));
    bool found = false;
    QAbstractItemModel* hits = search.resultsModel();
    for (int g = 0; g < hits->rowCount(); ++g) {
        for (int r = 0; r < hits->rowCount(hits->index(g, 0)); ++r) {
            const QModelIndex hit = hits->index(r, 0, hits->index(g, 0));
            if (hit.data(SearchResultsModel::KindRole).toInt() == int(SearchIndex::Kind::Note)) {
                found = true;
                EXPECT_EQ(hit.data(SearchResultsModel::DocumentIdRole).toLongLong(), result.documentId);
            }
        }
    }
    EXPECT_TRUE(found);
    EXPECT_TRUE(check.warnings().isEmpty());
}

TEST_F(NotesPanelTest, BriefingExportsToMarkdownAndToAPdfWithHeaders)
{
    m_panel->setContext(m_documentId, 10, QStringLiteral("4"), kAnchor);
    write(true, QStringLiteral("How many responses came from Brookside?"));
    write(false, QStringLiteral("Consultation reach looks thin in rural wards"));
    // No item given: the note goes to the item whose papers hold the page (item 5, pages 16-17).
    m_panel->setContext(m_documentId, 16, QString());
    write(false, QStringLiteral("Community transport item is in March"));

    const QString md = m_panel->briefingMarkdown();
    EXPECT_TRUE(md.startsWith(QStringLiteral("# Briefing: "))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("## Questions to ask")));
    EXPECT_TRUE(md.contains(QStringLiteral("- [ ] How many responses came from Brookside?")));
    EXPECT_TRUE(md.contains(QStringLiteral("### Item 4")));
    EXPECT_TRUE(md.contains(QStringLiteral("### Item 5")));
    EXPECT_LT(md.indexOf(QStringLiteral("### Item 4")), md.indexOf(QStringLiteral("### Item 5")));
    EXPECT_TRUE(md.contains(QStringLiteral("> ") + kAnchor));

    const QString mdPath = m_library.path(QStringLiteral("briefing.md"));
    ASSERT_TRUE(m_panel->exportMarkdown(mdPath));
    QFile file(mdPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()), md);

    const QString pdfPath = m_library.path(QStringLiteral("briefing.pdf"));
    QString error;
    ASSERT_TRUE(m_panel->exportPdf(pdfPath, &error)) << error.toStdString();
    auto pdf = PdfDocument::open(pdfPath);
    ASSERT_TRUE(pdf.hasValue()) << pdf.error().describe().toStdString();
    ASSERT_GE(pdf.value()->pageCount(), 1);
    QStringList words;
    for (const layout::LayoutWord& word : pdf.value()->readPage(0).words)
        words << word.text;
    const QString text = words.join(QLatin1Char(' '));
    EXPECT_TRUE(text.contains(QStringLiteral("Briefing"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of %1").arg(pdf.value()->pageCount()))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Brookside")));
}

TEST_F(NotesPanelTest, WithoutAMeetingNothingCanBeWritten)
{
    m_panel->setMeeting(0);
    EXPECT_FALSE(m_panel->findChild<QToolButton*>(QStringLiteral("newNoteButton"))->isEnabled());
    EXPECT_FALSE(m_panel->findChild<QToolButton*>(QStringLiteral("exportButton"))->isEnabled());
    EXPECT_EQ(m_panel->addNoteAt(QStringLiteral("orphan"), false), 0);
    // A document context is enough: the note goes to the document's meeting.
    EXPECT_GT(m_panel->addNoteAt(QStringLiteral("on the pack"), false, QString(), m_documentId, 3), 0);
    EXPECT_EQ(m_panel->meetingId(), m_meetingId);
}
