#include "ReadingRoomFixtures.h"

#include "Database.h"
#include "MeetingStore.h"
#include "importing/ImportController.h"
#include "importing/ImportProgressWidget.h"
#include "importing/ImportSummaryDialog.h"
#include "importing/ImportSummaryModel.h"
#include "importing/SamplePack.h"

#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QWidget>

#include <memory>

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::gui;
using scrutineer::gui::testb::ModelWarnings;
using scrutineer::gui::testb::SampleLibrary;

namespace {

constexpr int kImportControllerTimeoutMs = 60000;

struct Harness {
    QWidget window;
    ImportController controller{&window};
    QSignalSpy finished{&controller, &ImportController::finished};

    explicit Harness(const QString& databasePath) { controller.setDatabasePath(databasePath); }
    bool waitFinished(int count = 1) { return QTest::qWaitFor([&] { return finished.count() >= count; }, kImportControllerTimeoutMs); }
};

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

} // namespace

TEST(ImportController, ImportsTheSamplePackAndShowsASummary)
{
    SampleLibrary library;
    const QString pack = library.writeSample();
    Harness h(library.databasePath());
    QSignalSpy files(&h.controller, &ImportController::fileStarted);
    QSignalSpy pages(&h.controller, &ImportController::pageProgress);
    QSignalSpy changed(&h.controller, &ImportController::databaseChanged);
    ASSERT_TRUE(h.controller.importPaths({pack}));
    EXPECT_TRUE(h.controller.isRunning());
    EXPECT_FALSE(h.controller.progressWidget()->isHidden());
    EXPECT_FALSE(h.controller.importPaths({pack})) << "a second import must wait for the first";
    ASSERT_TRUE(h.waitFinished());

    EXPECT_FALSE(h.controller.isRunning());
    EXPECT_TRUE(h.controller.progressWidget()->isHidden());
    EXPECT_EQ(files.count(), 1);
    ASSERT_GE(pages.count(), 1);
    EXPECT_EQ(pages.last().at(0).toInt(), 17);
    EXPECT_EQ(pages.last().at(1).toInt(), 17);
    EXPECT_GE(changed.count(), 1);

    const ImportSummary summary = h.controller.lastSummary();
    ASSERT_EQ(summary.files.size(), 1);
    const ImportFileResult& file = summary.files.first();
    EXPECT_EQ(file.status, ImportFileResult::Status::Imported) << file.reason.toStdString();
    EXPECT_EQ(file.pageCount, 17);
    EXPECT_TRUE(file.pagesWithoutText.isEmpty());
    EXPECT_EQ(file.meetingDate, SamplePack::meetingDate());
    EXPECT_EQ(file.agendaItems, SamplePack::agendaItemCount());
    EXPECT_GT(file.documentId, 0);

    ImportSummaryDialog* dialog = h.controller.summaryDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    ModelWarnings check(dialog->model());
    EXPECT_EQ(dialog->model()->rowCount(), 1);
    EXPECT_TRUE(dialog->headline().contains(QStringLiteral("1 file imported"))) << dialog->headline().toStdString();
    EXPECT_TRUE(dialog->detailsText().contains(QStringLiteral("Pages without text"))) << dialog->detailsText().toStdString();

    // "Open document" asks to open the imported pack at its first page.
    QSignalSpy open(&h.controller, &ImportController::openRequested);
    auto* button = dialog->findChild<QPushButton*>();
    ASSERT_NE(button, nullptr);
    for (QPushButton* b : dialog->findChildren<QPushButton*>()) {
        if (b->text().contains(QStringLiteral("Open")))
            button = b;
    }
    button->click();
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().at(0).toLongLong(), file.documentId);
    EXPECT_EQ(open.first().at(1).toInt(), 1);
    EXPECT_TRUE(check.warnings().isEmpty()) << check.warnings().join(QLatin1Char('\n')).toStdString();
}

TEST(ImportController, SkipsFilesAlreadyImportedAndExplainsRefusals)
{
    SampleLibrary library;
    ASSERT_GT(library.importSample(), 0) << library.error().toStdString();
    const QString copy = library.path(QStringLiteral("copy/renamed.pdf"));
    QDir().mkpath(QFileInfo(copy).absolutePath());
    // The very file imported above, under another name: identical bytes.
    QFile::copy(library.path(QStringLiteral("rev1-a0/")) + SamplePack::fileName(), copy);
    const QString notPdf = writeFile(library.path(QStringLiteral("bad/minutes.pdf")), "this is not a PDF at all");
    const QString missing = library.path(QStringLiteral("nowhere/gone.pdf"));

    Harness h(library.databasePath());
    ASSERT_TRUE(h.controller.importPaths({copy, notPdf, missing}));
    ASSERT_TRUE(h.waitFinished());
    const ImportSummary summary = h.controller.lastSummary();
    ASSERT_EQ(summary.files.size(), 3);
    auto find = [&](const QString& name) {
        for (const ImportFileResult& f : summary.files) {
            if (f.fileName == name)
                return f;
        }
        return ImportFileResult{};
    };
    const ImportFileResult skipped = find(QStringLiteral("renamed.pdf"));
    EXPECT_EQ(skipped.status, ImportFileResult::Status::AlreadyImported);
    EXPECT_TRUE(skipped.reason.contains(SamplePack::fileName())) << skipped.reason.toStdString();
    const ImportFileResult refused = find(QStringLiteral("minutes.pdf"));
    EXPECT_EQ(refused.status, ImportFileResult::Status::Refused);
    EXPECT_FALSE(refused.reason.isEmpty());
    const ImportFileResult gone = find(QStringLiteral("gone.pdf"));
    EXPECT_EQ(gone.status, ImportFileResult::Status::Refused);
    EXPECT_TRUE(gone.reason.contains(QStringLiteral("does not exist")));
    EXPECT_EQ(library.count(QStringLiteral("document")), 1);

    ImportSummaryDialog* dialog = h.controller.summaryDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->headline().contains(QStringLiteral("2 refused"))) << dialog->headline().toStdString();
    EXPECT_TRUE(dialog->headline().contains(QStringLiteral("1 already in the library")));
    // The dialog opens on the first refused file so its reason is in view.
    EXPECT_TRUE(dialog->detailsText().contains(QStringLiteral("Refused")));
}

TEST(ImportController, CancelMidFileLeavesNothingOfThatFile)
{
    SampleLibrary library;
    const QString small = library.writeSample(1, 0, QStringLiteral("a-small.pdf"));
    const QString big = library.writeSample(1, 400, QStringLiteral("b-big.pdf"));
    Harness h(library.databasePath());
    h.controller.setSummaryDialogEnabled(false);
    bool cancelledMidway = false;
    QObject::connect(&h.controller, &ImportController::pageProgress, &h.controller, [&](int done, int total) {
        if (total > 100 && done > 0 && done < total && !cancelledMidway) {
            cancelledMidway = true;
            h.controller.cancel();
        }
    });
    ASSERT_TRUE(h.controller.importPaths({small, big}));
    ASSERT_TRUE(h.waitFinished());
    ASSERT_TRUE(cancelledMidway) << "the big file finished before the test could cancel it";

    const ImportSummary summary = h.controller.lastSummary();
    EXPECT_TRUE(summary.cancelled);
    ASSERT_EQ(summary.files.size(), 2);
    EXPECT_EQ(summary.files.at(0).status, ImportFileResult::Status::Imported);
    EXPECT_EQ(summary.files.at(1).status, ImportFileResult::Status::Cancelled);
    // The first file is whole, the second left no trace.
    EXPECT_EQ(library.count(QStringLiteral("document")), 1);
    EXPECT_EQ(library.count(QStringLiteral("page")), 17);
    EXPECT_EQ(library.count(QStringLiteral("agenda_item WHERE document_id NOT IN (SELECT id FROM document)")), 0);
}

TEST(ImportController, CancelBeforeAFileStartsImportsNothingOfIt)
{
    SampleLibrary library;
    const QString first = library.writeSample(1, 0, QStringLiteral("first.pdf"));
    const QString second = library.writeSample(2, 0, QStringLiteral("second.pdf"));
    Harness h(library.databasePath());
    h.controller.setSummaryDialogEnabled(false);
    QObject::connect(&h.controller, &ImportController::fileFinished, &h.controller, [&] { h.controller.cancel(); });
    ASSERT_TRUE(h.controller.importPaths({first, second}));
    ASSERT_TRUE(h.waitFinished());
    const ImportSummary summary = h.controller.lastSummary();
    ASSERT_EQ(summary.files.size(), 2);
    EXPECT_EQ(summary.files.at(0).status, ImportFileResult::Status::Imported);
    // Cancelled after the first file finished: the second was not started, or stopped part-way.
    EXPECT_EQ(summary.files.at(1).status, ImportFileResult::Status::Cancelled);
    EXPECT_EQ(library.count(QStringLiteral("document")), 1);
}

TEST(ImportController, ExpandsFoldersToTheirPdfsAndAcceptsDroppedFiles)
{
    SampleLibrary library;
    writeFile(library.path(QStringLiteral("drop/2024/b.pdf")), "x");
    writeFile(library.path(QStringLiteral("drop/a.PDF")), "x");
    writeFile(library.path(QStringLiteral("drop/notes.txt")), "x");
    const QStringList files = ImportController::expandPaths({library.path(QStringLiteral("drop"))});
    ASSERT_EQ(files.size(), 2);
    EXPECT_TRUE(files.at(0).endsWith(QStringLiteral("drop/2024/b.pdf")));
    EXPECT_TRUE(files.at(1).endsWith(QStringLiteral("drop/a.PDF")));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(library.path(QStringLiteral("drop"))),
                  QUrl::fromLocalFile(library.path(QStringLiteral("drop/notes.txt"))),
                  QUrl::fromLocalFile(library.path(QStringLiteral("drop/a.PDF"))), QUrl(QStringLiteral("https://example.invalid/x.pdf"))});
    const QStringList dropped = ImportController::droppedPaths(&mime);
    ASSERT_EQ(dropped.size(), 2);
    EXPECT_TRUE(dropped.at(0).endsWith(QStringLiteral("drop")));
    EXPECT_TRUE(dropped.at(1).endsWith(QStringLiteral("a.PDF")));
}

TEST(ImportController, ProgressStripNamesTheFileAndPage)
{
    ImportProgressWidget strip;
    strip.start(3);
    strip.setFile(1, 3, QStringLiteral("pack.pdf"));
    strip.setPages(40, 256);
    EXPECT_EQ(strip.statusText(), QStringLiteral("Importing 2 of 3 · pack.pdf · page 40 of 256"));
    strip.setPages(30, 256); // a late report from another reader thread never moves it back
    EXPECT_TRUE(strip.statusText().contains(QStringLiteral("page 40 of 256")));
    strip.setCancelling();
    EXPECT_EQ(strip.statusText(), QStringLiteral("Cancelling the import…"));
}

TEST(ImportController, SaysWhenItWaitsForAnotherProgramAndThenImports)
{
    SampleLibrary library;
    const QString pack = library.writeSample();
    // Another program holds the library's write lock, as an import in the CLI would.
    auto other = Database::open(library.databasePath());
    ASSERT_TRUE(other.hasValue()) << other.error().describe().toStdString();
    auto holding = std::make_unique<Transaction>(other.value()->connection(), Transaction::Kind::Write);
    ASSERT_TRUE(holding->isActive());
    Harness h(library.databasePath());
    h.controller.setSummaryDialogEnabled(false);
    auto* strip = qobject_cast<ImportProgressWidget*>(h.controller.progressWidget());
    ASSERT_NE(strip, nullptr);
    ASSERT_TRUE(h.controller.importPaths({pack}));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return strip->statusText().contains(QStringLiteral("waiting for another program")); }, kImportControllerTimeoutMs))
        << strip->statusText().toStdString();
    EXPECT_TRUE(h.controller.isRunning());
    holding->commit(); // the other program finishes
    holding.reset();
    ASSERT_TRUE(h.waitFinished());
    ASSERT_EQ(h.controller.lastSummary().files.size(), 1);
    EXPECT_EQ(h.controller.lastSummary().files.first().status, ImportFileResult::Status::Imported)
        << h.controller.lastSummary().files.first().reason.toStdString();
}
