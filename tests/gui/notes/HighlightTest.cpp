// Highlights and notes on the page, through the real window: drag over words of a generated
// pack, highlight them (Ctrl+Shift+H), write a note on the highlight and on a second passage
// (New Note), see them in the Notes panel and drawn on the page; a revised pack that moves the
// passage a page later keeps them, on the new page, with their boxes found again there.
#include "../main/GuiFixtures.h"

#include "ImportWriter.h"
#include "NoteStore.h"
#include "PackImporter.h"
#include "main/MainWindow.h"
#include "main/ReadingController.h"
#include "notes/HighlightController.h"
#include "notes/NotesModel.h"
#include "notes/NotesPanel.h"
#include "pdf/PageText.h"
#include "pdf/PdfView.h"
#include "pdf/PdfViewer.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QTest>

namespace gui = scrutineer::gui;
namespace fx = scrutineer::testing;
using scrutineer::Database;
using scrutineer::Note;
using scrutineer::NoteStore;

namespace {

const QString kQuote = QStringLiteral("The foster carer allowance was reviewed in the spring.");

class HighlightTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto database = Database::open(m_dir.databasePath());
        ASSERT_TRUE(database.hasValue());
        m_bundle = fx::childrenPack(m_dir.path(QStringLiteral("pack.pdf")), QDate::currentDate());
        fx::writeBundle(*database.value(), m_bundle);
        database.value().reset();
        m_window = std::make_unique<gui::MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        ASSERT_TRUE(m_window->openDatabase(m_dir.databasePath()));
        ASSERT_TRUE(fx::waitUntil([&] { return view()->pageCount() == 4; }, 10000)) << "the pack never opened";
        m_check = std::make_unique<fx::ModelCheck>(m_window->notesPanel()->notesModel());
    }
    void TearDown() override
    {
        if (m_check) {
            EXPECT_TRUE(m_check->warnings().isEmpty()) << m_check->warnings().join(QLatin1Char('\n')).toStdString();
        }
        m_check.reset();
        m_window.reset();
    }

    gui::PdfView* view() const { return m_window->viewer()->view(); }
    gui::HighlightController* highlights() const { return m_window->reading()->highlights(); }

    // The words of a page, read on the render thread.
    gui::PageText wordsOf(int pdfPage)
    {
        view()->requestPageText(pdfPage);
        fx::waitUntil([&] { return !view()->pageText(pdfPage).isEmpty(); }, 10000);
        return view()->pageText(pdfPage);
    }

    // Drags the mouse from the first to the last word of `quote` on a page, as a reader would.
    void dragOver(int pdfPage, const QString& quote)
    {
        const gui::PageText text = wordsOf(pdfPage);
        const auto [first, last] = text.find(quote);
        ASSERT_GE(first, 0) << quote.toStdString() << " is not on page " << pdfPage;
        view()->goToPage(pdfPage);
        QApplication::processEvents();
        const QRectF page = view()->pageRectInView(pdfPage);
        const QSizeF size = view()->pageSizeInPoints(pdfPage);
        auto toView = [&](const QPointF& p) {
            return QPoint(int(page.left() + p.x() * page.width() / size.width()),
                          int(page.top() + p.y() * page.height() / size.height()));
        };
        const QRectF from = text.words().at(first).box;
        const QRectF to = text.words().at(last).box;
        QWidget* viewport = view()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, toView(QPointF(from.left() + 1, from.center().y())));
        QMouseEvent move(QEvent::MouseMove, toView(to.center()), viewport->mapToGlobal(toView(to.center())),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, toView(QPointF(to.right() - 1, to.center().y())));
    }

    // Types a note into the Notes panel's open editor and saves it (Ctrl+Return).
    void typeNote(const QString& text)
    {
        auto* editor = m_window->notesPanel()->findChild<QPlainTextEdit*>(QStringLiteral("editor"));
        ASSERT_TRUE(editor && editor->isVisible());
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        ASSERT_FALSE(editor->isVisible());
    }

    QList<Note> stored(const QString& sha) const
    {
        auto db = Database::open(m_dir.databasePath());
        return db ? NoteStore(*db.value()).forDocument(sha) : QList<Note> {};
    }

    fx::GuiTestDir m_dir;
    scrutineer::ImportBundle m_bundle;
    std::unique_ptr<gui::MainWindow> m_window;
    std::unique_ptr<fx::ModelCheck> m_check;
};

} // namespace

TEST_F(HighlightTest, DragHighlightAndAnnotateOnThePage)
{
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    dragOver(2, kQuote);
    ASSERT_TRUE(fx::waitUntil([&] { return !view()->selectedText().isEmpty(); }));
    EXPECT_EQ(view()->selectedText(), kQuote);
    EXPECT_EQ(view()->selectionPage(), 2);
    ASSERT_EQ(view()->selectionBoxes().size(), 1); // one line
    EXPECT_TRUE(highlights()->highlightAction()->isEnabled());

    // Copy takes the selected words.
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
    EXPECT_EQ(QApplication::clipboard()->text(), kQuote);

    // Ctrl+Shift+H keeps it as a highlight, drawn on the page in place of the selection.
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(view()->marks().size(), 1);
    EXPECT_TRUE(view()->selectedText().isEmpty());
    const gui::PdfView::Mark mark = view()->marks().first();
    EXPECT_EQ(mark.pdfPage, 2);
    EXPECT_EQ(mark.style, gui::PdfView::Mark::Style::Highlight);
    QList<Note> notes = stored(QString::fromLatin1(m_bundle.sha256));
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.first().kind, Note::Kind::Highlight);
    EXPECT_EQ(notes.first().anchorText, kQuote);
    EXPECT_EQ(notes.first().pdfPage, 2);
    EXPECT_EQ(notes.first().agendaNumber, QStringLiteral("2"));
    EXPECT_FALSE(notes.first().boxes.isEmpty());

    // The Notes panel lists it by its quote; a click on the mark selects it there.
    auto* model = m_window->notesPanel()->notesModel();
    const QModelIndex notesGroup = model->index(1, 0);
    ASSERT_EQ(model->rowCount(notesGroup), 1);
    EXPECT_TRUE(model->index(0, 0, notesGroup).data(gui::NotesModel::BodyRole).toString().contains(kQuote));
    EXPECT_EQ(model->index(0, 0, notesGroup).data(gui::NotesModel::MarkRole).toInt(), 1);
    const QRectF box = mark.boxes.first();
    const QRectF page = view()->pageRectInView(2);
    const double scale = page.width() / view()->pageSizeInPoints(2).width();
    const QPoint onMark(int(page.left() + box.center().x() * scale), int(page.top() + box.center().y() * scale));
    EXPECT_EQ(view()->markAt(onMark), mark.id);
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, onMark);
    auto* tree = m_window->notesPanel()->findChild<QAbstractItemView*>(QStringLiteral("notesView"));
    ASSERT_TRUE(tree);
    EXPECT_EQ(tree->currentIndex().data(gui::NotesModel::NoteIdRole).toLongLong(), mark.id);

    // A note written on the highlight makes it a note with its quote.
    m_window->notesPanel()->editNote(mark.id);
    typeNote(QStringLiteral("Ask how it compares with neighbouring councils"));
    notes = stored(QString::fromLatin1(m_bundle.sha256));
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.first().kind, Note::Kind::Note);
    EXPECT_EQ(notes.first().body, QStringLiteral("Ask how it compares with neighbouring councils"));
    ASSERT_EQ(view()->marks().size(), 1);
    EXPECT_EQ(view()->marks().first().style, gui::PdfView::Mark::Style::Note);
    EXPECT_EQ(view()->marks().first().tip, QStringLiteral("Ask how it compares with neighbouring councils"));

    // New Question (Ctrl+Shift+Q) on another selected passage makes a question highlight.
    dragOver(3, QStringLiteral("Twenty new foster carers"));
    ASSERT_TRUE(fx::waitUntil([&] { return view()->selectionPage() == 3; }));
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    typeNote(QStringLiteral("How many left?"));
    ASSERT_EQ(view()->marks().size(), 2);
    const QModelIndex questions = model->index(0, 0);
    ASSERT_EQ(model->rowCount(questions), 1);
    EXPECT_EQ(model->index(0, 0, questions).data(gui::NotesModel::AnchorTextRole).toString(),
              QStringLiteral("Twenty new foster carers"));
    EXPECT_EQ(model->index(0, 0, questions).data(gui::NotesModel::MarkRole).toInt(), 2);
    // The briefing sheet quotes them.
    const QString briefing = m_window->notesPanel()->briefingMarkdown();
    EXPECT_TRUE(briefing.contains(QStringLiteral("Twenty new foster carers"))) << briefing.toStdString();
    EXPECT_TRUE(briefing.contains(kQuote)) << briefing.toStdString();
}

TEST_F(HighlightTest, ARevisedPackMovesTheHighlightToItsNewPageAndFindsItThere)
{
    dragOver(2, kQuote);
    ASSERT_TRUE(fx::waitUntil([&] { return !view()->selectedText().isEmpty(); }));
    ASSERT_GT(highlights()->highlightSelection(), 0);
    ASSERT_EQ(view()->marks().size(), 1);
    const QRectF before = view()->marks().first().boxes.first();

    // The same file again changes nothing.
    {
        auto db = Database::open(m_dir.databasePath());
        ASSERT_TRUE(db.hasValue());
        auto again = scrutineer::ImportWriter(*db.value()).write(m_bundle);
        ASSERT_TRUE(again.hasValue());
        EXPECT_EQ(again->notesReanchored, 0);
    }
    EXPECT_EQ(stored(QString::fromLatin1(m_bundle.sha256)).size(), 1);

    // The revised pack puts an errata page first, so the passage moves to page 3, lower down.
    QDir(m_dir.path(QString())).mkdir(QStringLiteral("revised"));
    const QString revisedPath = m_dir.path(QStringLiteral("revised/pack.pdf"));
    scrutineer::ImportBundle revised = fx::childrenPack(revisedPath, QDate::currentDate());
    const QList<QStringList> pages = {
        {QStringLiteral("Errata"), QStringLiteral("Page 2 was reprinted.")},
        {QStringLiteral("Agenda"), QStringLiteral("1. Apologies for Absence")},
        {QStringLiteral("Fostering Recruitment"), QStringLiteral("Report of the Director"), QString(),
         QStringLiteral("Revised report"), kQuote},
        {QStringLiteral("Appendix A: recruitment figures"), QStringLiteral("Twenty new foster carers were approved.")},
        {QStringLiteral("Minutes")},
    };
    fx::writePdf(revisedPath, pages, 0);
    qint64 revisedId = 0;
    revised.sha256 = scrutineer::PackImporter::sha256(revisedPath);
    revised.pageCount = int(pages.size());
    revised.pages.clear();
    for (int i = 0; i < pages.size(); ++i) {
        scrutineer::PageRecord record;
        record.pdfPage = i + 1;
        record.size = QSizeF(595, 842);
        record.hasText = true;
        record.text = pages.at(i).join(QLatin1Char('\n'));
        revised.pages.append(record);
    }
    {
        auto db = Database::open(m_dir.databasePath());
        ASSERT_TRUE(db.hasValue());
        auto written = scrutineer::ImportWriter(*db.value()).write(revised);
        ASSERT_TRUE(written.hasValue()) << written.error().describe().toStdString();
        EXPECT_EQ(written->status, scrutineer::ImportWriter::Outcome::Status::Replaced);
        EXPECT_EQ(written->notesReanchored, 1);
        revisedId = written->documentId;
    }
    QList<Note> moved = stored(QString::fromLatin1(revised.sha256));
    ASSERT_EQ(moved.size(), 1);
    EXPECT_EQ(moved.first().pdfPage, 3);
    EXPECT_FALSE(moved.first().orphaned);
    EXPECT_TRUE(moved.first().boxes.isEmpty());

    // Opening the revised pack finds the quote on its new page and draws it there again.
    gui::PdfViewer::Document document;
    document.id = revisedId;
    document.path = revisedPath;
    document.key = QString::fromLatin1(revised.sha256);
    m_window->viewer()->showDocument(document, 3);
    ASSERT_TRUE(
        fx::waitUntil([&] { return view()->marks().size() == 1 && view()->marks().first().pdfPage == 3; }, 10000));
    EXPECT_EQ(view()->marks().first().pdfPage, 3);
    EXPECT_GT(view()->marks().first().boxes.first().top(), before.top()) << "the revised page prints it lower";
    moved = stored(QString::fromLatin1(revised.sha256));
    ASSERT_EQ(moved.size(), 1);
    EXPECT_EQ(moved.first().boxes, view()->marks().first().boxes);
}

TEST(PageText, SelectsAndFindsWordsInReadingOrder)
{
    auto word = [](const QString& text, double x, double y) {
        scrutineer::layout::LayoutWord w;
        w.text = text;
        w.box = QRectF(x, y, 10.0 * text.size() / 2, 10);
        return w;
    };
    // Given out of order, as a PDF's content stream may hold them.
    const gui::PageText text({word(QStringLiteral("second"), 60, 100), word(QStringLiteral("The"), 10, 80),
                              word(QStringLiteral("first"), 40, 80), word(QStringLiteral("line,"), 70, 80),
                              word(QStringLiteral("line."), 10, 100)},
                             1);
    ASSERT_EQ(text.size(), 5);
    EXPECT_EQ(text.text(0, 4), QStringLiteral("The first line, line. second"));
    EXPECT_EQ(text.boxes(1, 3).size(), 2); // one box per line
    EXPECT_EQ(text.wordAt(QPointF(45, 85)), 1);
    EXPECT_EQ(text.wordAt(QPointF(500, 83)), 2); // right of a line: its last word
    EXPECT_TRUE(text.isOnWord(QPointF(12, 85)));
    EXPECT_FALSE(text.isOnWord(QPointF(12, 300)));
    EXPECT_EQ(text.find(QStringLiteral("FIRST  line, line.")), std::make_pair(1, 3));
    EXPECT_EQ(text.find(QStringLiteral("not there")), std::make_pair(-1, -1));
    EXPECT_EQ(text.find(QString()), std::make_pair(-1, -1));
}
