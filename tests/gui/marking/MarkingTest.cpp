// When the importer misses a table, end to end through the real window and the real importer:
// the review queue notes it; the officer drags a rectangle around it on the page, previews the
// grid with the roles guessed, corrects it (each edit undoable), keeps the rows — undoable in the
// Read workspace — and they survive a revised pack; the template made from it reads the
// committee's next pack by itself. Screenshots of each step go to SCRUTINEER_REVIEW_SCREENSHOTS.
#include "../main/GuiFixtures.h"
#include "MarkingFixtures.h"

#include "ActionStore.h"
#include "MarkedTableStore.h"
#include "MeetingStore.h"
#include "ReviewQueue.h"
#include "TemplateStore.h"
#include "ImportJob.h"
#include "ImportSummary.h"
#include "main/MainWindow.h"
#include "main/ReadingController.h"
#include "main/Workspaces.h"
#include "marking/MarkTableDialog.h"
#include "marking/MarkingCommands.h"
#include "marking/MarkingController.h"
#include "marking/RegionGridModel.h"
#include "marking/RegionMarker.h"
#include "meetings/MeetingsModel.h"
#include "meetings/MeetingsNavigator.h"
#include "pdf/PdfView.h"
#include "pdf/PdfViewer.h"
#include "review/ReviewQueuePanel.h"
#include "review/ReviewRoom.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

namespace gui = scrutineer::gui;
namespace fx = scrutineer::testing;
using namespace scrutineer;

namespace {

// Saves a picture of the widget when SCRUTINEER_REVIEW_SCREENSHOTS names a folder.
void snap(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("SCRUTINEER_REVIEW_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QTest::qWait(100); // let pending paints land
    widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QList<ActionRecord> actionsDefinedBy(Database& db, const QString& who)
{
    QList<ActionRecord> out;
    for (const ActionRecord& r : ActionStore(db).list()) {
        if (r.action.definedBy == who)
            out.append(r);
    }
    return out;
}

const fx::PlanPack kFirstPack {QDate(2025, 1, 14), 0, 5, false, QStringLiteral("v1")};

// The rectangle around the plan, in the viewport of the shown page, dragged as a user would.
void dragAroundPlan(gui::PdfView* view, gui::RegionMarker* marker, int page, const QRectF& points)
{
    const QRectF rect = view->pageRectInView(page);
    const QSizeF size = view->pageSizeInPoints(page);
    const qreal s = rect.width() / size.width();
    const QPoint from = (rect.topLeft() + points.topLeft() * s).toPoint();
    const QPoint to = (rect.topLeft() + points.bottomRight() * s).toPoint();
    QTest::mousePress(marker, Qt::LeftButton, {}, from);
    QTest::mouseMove(marker, (from + to) / 2);
    QTest::mouseMove(marker, to);
    QTest::mouseRelease(marker, Qt::LeftButton, {}, to);
}

} // namespace

TEST(Marking, TheImporterMissesThePlanAndTheQueueSaysSo)
{
    fx::GuiTestDir dir;
    const QString path = dir.path(QStringLiteral("board-2025-01.pdf"));
    ASSERT_TRUE(fx::writePlanPack(path, kFirstPack));
    auto db = Database::open(dir.databasePath());
    ASSERT_TRUE(db.hasValue());
    const ImportWriter::Outcome imported = fx::importWithTemplates(*db.value(), path);
    ASSERT_GT(imported.documentId, 0);
    for (const ActionRecord& r : ActionStore(*db.value()).list())
        EXPECT_NE(r.action.origin, ActionOrigin::ImprovementPlan) << r.action.text.toStdString();
    bool noted = false;
    for (const ReviewEntry& e : ReviewQueue(*db.value()).entries())
        noted = noted || (e.kind == ReviewEntry::Kind::UnreadTable && e.pdfPage == 2);
    EXPECT_TRUE(noted);
}

TEST(Marking, MarkKeepUndoAndSurviveARevisedPack)
{
    fx::GuiTestDir dir;
    const QString path = dir.path(QStringLiteral("board-2025-01.pdf"));
    ASSERT_TRUE(fx::writePlanPack(path, kFirstPack));
    qint64 documentId = 0;
    {
        auto db = Database::open(dir.databasePath());
        ASSERT_TRUE(db.hasValue());
        documentId = fx::importWithTemplates(*db.value(), path).documentId;
    }
    gui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(window.openDatabase(dir.databasePath()));
    ASSERT_TRUE(fx::waitUntil([&] { return window.viewer()->documentId() == documentId; }, 10000));
    window.reading()->open(documentId, 2, QString());
    gui::PdfView* view = window.viewer()->view();
    ASSERT_TRUE(fx::waitUntil([&] { return !view->pageRectInView(2).isEmpty() && view->currentPage() == 2; }, 10000));
    gui::ReviewRoom* room = window.reviewRoom();
    ASSERT_TRUE(fx::waitUntil([&] { return room->panel()->openCount() >= 1; }, 10000));
    const int queued = room->panel()->openCount();
    EXPECT_TRUE(room->statusButton()->isVisible());
    EXPECT_TRUE(room->statusButton()->text().contains(QStringLiteral("to review")));
    room->showQueue();
    snap(&window, QStringLiteral("1-review-queue"));

    // Mark the table: Ctrl+M, then a rectangle dragged around it.
    gui::MarkingController* marking = room->marking();
    marking->markAction()->trigger();
    ASSERT_TRUE(marking->marker()->isMarking());
    dragAroundPlan(view, marking->marker(), 2, fx::planTableArea(kFirstPack));
    ASSERT_EQ(marking->marker()->areas().size(), 1);
    EXPECT_EQ(marking->marker()->areas().first().page, 2);
    EXPECT_TRUE(marking->readAction()->isEnabled());
    snap(&window, QStringLiteral("2-marked-on-page"));

    // The preview: the grid rebuilt with the roles the importer's readers guess.
    marking->readAction()->trigger();
    gui::MarkTableDialog* dialog = marking->dialog();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(fx::waitUntil([&] { return dialog->isLoaded(); }, 10000));
    const parse::RegionTableResult& read = dialog->result();
    ASSERT_EQ(read.columns.size(), 4);
    EXPECT_EQ(read.columns.at(0).role, QStringLiteral("action"));
    EXPECT_EQ(read.columns.at(1).role, QStringLiteral("owner"));
    EXPECT_EQ(read.columns.at(2).role, QStringLiteral("due"));
    EXPECT_EQ(read.columns.at(3).role, QStringLiteral("status"));
    EXPECT_EQ(dialog->gridModel()->rowCount(), 5);
    EXPECT_EQ(dialog->result().actions.size(), 5);
    snap(dialog, QStringLiteral("3-preview"));

    // Corrections, each undoable in the dialog.
    dialog->setColumnRole(3, QStringLiteral("commentary"));
    EXPECT_EQ(dialog->result().columns.at(3).role, QStringLiteral("commentary"));
    EXPECT_EQ(dialog->result().actions.first().commentary, QStringLiteral("On track"));
    dialog->joinRows(0, 1);
    EXPECT_EQ(dialog->gridModel()->rowCount(), 4);
    dialog->splitColumn(1);
    EXPECT_EQ(dialog->gridModel()->columnCount(), 5);
    snap(dialog, QStringLiteral("4-preview-corrected"));
    dialog->history()->undo();
    dialog->history()->undo();
    dialog->history()->undo();
    EXPECT_EQ(dialog->gridModel()->columnCount(), 4);
    EXPECT_EQ(dialog->gridModel()->rowCount(), 5);
    EXPECT_EQ(dialog->result().columns.at(3).role, QStringLiteral("status"));

    // Keep the rows.
    QPushButton* keep = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    ASSERT_TRUE(keep->isEnabled());
    keep->click();
    auto db = Database::open(dir.databasePath());
    ASSERT_TRUE(db.hasValue());
    QList<ActionRecord> mine = actionsDefinedBy(*db.value(), QStringLiteral("user"));
    ASSERT_EQ(mine.size(), 5);
    EXPECT_EQ(mine.first().action.owner, QStringLiteral("Head of Early Help"));
    EXPECT_EQ(mine.first().action.status, ActionStatus::OnTrack);
    EXPECT_EQ(mine.first().action.pdfPage, 2);
    EXPECT_FALSE(marking->marker()->isMarking());
    EXPECT_EQ(marking->marker()->shown().size(), 1);
    ASSERT_TRUE(fx::waitUntil([&] { return room->panel()->openCount() == queued - 1; }, 10000));
    EXPECT_EQ(TemplateStore(*db.value()).list().size(), 1);
    snap(&window, QStringLiteral("5-kept"));

    // Edit -> Undo in the Read workspace takes them away; Redo brings them back.
    ASSERT_TRUE(window.workspaces()->undoAction()->isEnabled());
    window.workspaces()->undoAction()->trigger();
    EXPECT_TRUE(actionsDefinedBy(*db.value(), QStringLiteral("user")).isEmpty());
    EXPECT_TRUE(TemplateStore(*db.value()).list().isEmpty());
    EXPECT_TRUE(marking->marker()->shown().isEmpty());
    window.workspaces()->redoAction()->trigger();
    EXPECT_EQ(actionsDefinedBy(*db.value(), QStringLiteral("user")).size(), 5);
    EXPECT_EQ(TemplateStore(*db.value()).list().size(), 1);

    // A revised pack (a briefing page inserted before the plan) replaces the document: the
    // rows stay, moved to the plan's new page.
    QDir().mkpath(dir.path(QStringLiteral("revised")));
    const QString revised = dir.path(QStringLiteral("revised/board-2025-01.pdf")); // same name, new bytes
    fx::PlanPack second = kFirstPack;
    second.briefingPage = true;
    second.tag = QStringLiteral("v2");
    ASSERT_TRUE(fx::writePlanPack(revised, second));
    const ImportWriter::Outcome replaced = fx::importWithTemplates(*db.value(), revised);
    EXPECT_EQ(replaced.status, ImportWriter::Outcome::Status::Replaced);
    mine = actionsDefinedBy(*db.value(), QStringLiteral("user"));
    ASSERT_EQ(mine.size(), 5);
    EXPECT_EQ(mine.first().documentId, replaced.documentId);
    EXPECT_EQ(mine.first().action.pdfPage, 3);
    // The template reads the revised pack too, but the rows the user kept win: no doubles.
    EXPECT_TRUE(actionsDefinedBy(*db.value(), QStringLiteral("template")).isEmpty());
}

TEST(Marking, TheTemplateReadsTheNextPackOfTheSameBody)
{
    fx::GuiTestDir dir;
    const QString first = dir.path(QStringLiteral("board-2025-01.pdf"));
    ASSERT_TRUE(fx::writePlanPack(first, kFirstPack));
    auto db = Database::open(dir.databasePath());
    ASSERT_TRUE(db.hasValue());
    const qint64 documentId = fx::importWithTemplates(*db.value(), first).documentId;
    const auto document = MeetingStore(*db.value()).document(documentId);
    ASSERT_TRUE(document.has_value());
    const auto meeting = MeetingStore(*db.value()).meeting(document->meetingId);
    ASSERT_TRUE(meeting.has_value());

    gui::MarkTableDialog::Input input;
    input.documentId = documentId;
    input.documentPath = first;
    input.fileName = document->fileName;
    input.body = meeting->body;
    input.spec.kind = MarkedKind::Plan;
    input.spec.areas = {{2, fx::planTableArea(kFirstPack)}};
    gui::MarkTableDialog dialog(input);
    ASSERT_TRUE(fx::waitUntil([&] { return dialog.isLoaded(); }, 10000));
    const std::optional<TableTemplate> taught = dialog.templateToKeep();
    ASSERT_TRUE(taught.has_value());
    EXPECT_EQ(taught->body, meeting->body);
    gui::KeepMarkedTableCommand keep(db.value().get(), documentId, dialog.spec(), dialog.records(), taught,
                                     [](const QString& error) { EXPECT_TRUE(error.isEmpty()) << error.toStdString(); });
    keep.redo();

    // The committee's next pack, with other proposals, through the app's own import job.
    const QString next = dir.path(QStringLiteral("board-2025-03.pdf"));
    ASSERT_TRUE(fx::writePlanPack(next, {QDate(2025, 3, 11), 10, 4, false, QStringLiteral("march")}));
    std::atomic_bool cancel {false};
    const gui::ImportSummary summary = gui::ImportJob::run({next}, dir.databasePath(), cancel, {});
    ASSERT_EQ(summary.files.size(), 1);
    ASSERT_EQ(summary.files.first().status, gui::ImportFileResult::Status::Imported);
    const QList<ActionRecord> read = actionsDefinedBy(*db.value(), QStringLiteral("template"));
    ASSERT_EQ(read.size(), 4);
    EXPECT_EQ(read.first().action.text, QStringLiteral("Open family hub 11 in the north"));
    EXPECT_EQ(read.first().action.owner, QStringLiteral("Service Manager Fostering"));
    EXPECT_EQ(read.first().action.status, ActionStatus::AtRisk);
    EXPECT_EQ(read.first().action.templateName, taught->name);
    EXPECT_EQ(read.first().documentId, summary.files.first().documentId);
    EXPECT_EQ(TemplateStore(*db.value()).list().first().rowsRead, 4);
    // Nothing of the next pack's plan is left for the review queue.
    for (const ReviewEntry& e : ReviewQueue(*db.value()).entries())
        EXPECT_FALSE(e.kind == ReviewEntry::Kind::UnreadTable && e.documentId == summary.files.first().documentId)
            << e.detail.toStdString();
}
