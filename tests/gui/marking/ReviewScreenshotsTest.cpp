// Screenshots of marking, the review queue and the chairs' views on real corpus packs, for a
// person to look at. Runs only when SCRUTINEER_REVIEW_SCREENSHOTS names a folder and
// SCRUTINEER_CORPUS_DIR names the corpus (its pdf/ and wild/ folders); skips otherwise.
#include "../main/GuiFixtures.h"

#include "MeetingStore.h"
#include "ReviewQueue.h"
#include "ImportJob.h"
#include "ImportSummary.h"
#include "main/MainWindow.h"
#include "main/ReadingController.h"
#include "main/Theme.h"
#include "main/Workspaces.h"
#include "marking/MarkTableDialog.h"
#include "marking/MarkingController.h"
#include "marking/RegionGridModel.h"
#include "marking/RegionMarker.h"
#include "pdf/PdfView.h"
#include "pdf/PdfViewer.h"
#include "performance/IndicatorTableModel.h"
#include "performance/PerformanceView.h"
#include "review/ReviewQueuePanel.h"
#include "review/ReviewRoom.h"
#include "tracker/ActionTableModel.h"
#include "tracker/ActionTracker.h"
#include "tracker/ChairTools.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

#include <iostream>

namespace gui = scrutineer::gui;
namespace fx = scrutineer::testing;
using namespace scrutineer;

namespace {

void save(QWidget* widget, const QString& folder, const QString& name)
{
    QTest::qWait(150); // let pending paints and page renders land
    EXPECT_TRUE(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

TEST(ReviewScreenshots, CorpusPacks)
{
    const QString folder = qEnvironmentVariable("SCRUTINEER_REVIEW_SCREENSHOTS");
    const QString corpus = qEnvironmentVariable("SCRUTINEER_CORPUS_DIR");
    if (folder.isEmpty() || corpus.isEmpty() || !QDir(corpus).exists(QStringLiteral("pdf")))
        GTEST_SKIP() << "set SCRUTINEER_REVIEW_SCREENSHOTS to a folder and SCRUTINEER_CORPUS_DIR to the corpus";
    QDir().mkpath(folder);
    gui::Theme::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()));
    const QStringList names
        = qEnvironmentVariable("SCRUTINEER_REVIEW_PACKS").split(QLatin1Char(','), Qt::SkipEmptyParts);
    ASSERT_FALSE(names.isEmpty()) << "SCRUTINEER_REVIEW_PACKS: comma-separated file names under the corpus";
    QStringList files;
    for (const QString& name : names) {
        for (const QString& sub : {QStringLiteral("pdf"), QStringLiteral("wild")}) {
            if (QFile::exists(corpus + QLatin1Char('/') + sub + QLatin1Char('/') + name))
                files.append(corpus + QLatin1Char('/') + sub + QLatin1Char('/') + name);
        }
    }
    ASSERT_EQ(files.size(), names.size());
    fx::GuiTestDir dir;
    std::atomic_bool cancel {false};
    const gui::ImportSummary summary = gui::ImportJob::run(files, dir.databasePath(), cancel, {});
    for (const gui::ImportFileResult& file : summary.files)
        ASSERT_EQ(file.status, gui::ImportFileResult::Status::Imported) << file.reason.toStdString();

    gui::MainWindow window;
    window.resize(1440, 900);
    window.show();
    ASSERT_TRUE(window.openDatabase(dir.databasePath()));
    gui::ReviewRoom* room = window.reviewRoom();
    ASSERT_TRUE(fx::waitUntil([&] { return room->panel()->openCount() > 0; }, 20000));
    room->showQueue();

    // The first table the importer saw but could not read.
    auto db = Database::open(dir.databasePath());
    ASSERT_TRUE(db.hasValue());
    std::optional<ReviewEntry> unread;
    for (const ReviewEntry& e : ReviewQueue(*db.value()).entries()) {
        std::cout << "queue: " << int(e.kind) << " " << e.documentName.toStdString() << " p" << e.pdfPage << " "
                  << e.regionKind.toStdString() << " | " << e.detail.left(80).toStdString() << "\n";
        if (!unread && e.kind == ReviewEntry::Kind::UnreadTable && e.pdfPage > 0)
            unread = e;
    }
    ASSERT_TRUE(unread.has_value());
    window.reading()->open(unread->documentId, unread->pdfPage, QString());
    gui::PdfView* view = window.viewer()->view();
    ASSERT_TRUE(fx::waitUntil(
        [&] { return window.viewer()->documentId() == unread->documentId && view->currentPage() == unread->pdfPage; },
        20000));
    save(&window, folder, QStringLiteral("1-review-queue"));

    gui::MarkingController* marking = room->marking();
    marking->markPageAction()->trigger();
    ASSERT_FALSE(marking->marker()->areas().isEmpty());
    save(&window, folder, QStringLiteral("2-marked-on-page"));
    marking->readAction()->trigger();
    gui::MarkTableDialog* dialog = marking->dialog();
    ASSERT_TRUE(dialog);
    dialog->resize(1380, 820);
    ASSERT_TRUE(fx::waitUntil([&] { return dialog->isLoaded(); }, 20000));
    std::cout << "preview: " << dialog->gridModel()->rowCount() << " rows, " << dialog->gridModel()->columnCount()
              << " columns, " << dialog->result().recordCount() << " records\n";
    save(dialog, folder, QStringLiteral("3-preview"));
    QPushButton* keep = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    if (keep->isEnabled()) {
        keep->click();
        save(&window, folder, QStringLiteral("4-kept"));
    } else {
        dialog->reject();
    }

    gui::ChairTools* tools = window.chairTools();
    window.workspaces()->show(gui::Workspaces::Workspace::Actions);
    ASSERT_TRUE(fx::waitUntil([&] { return tools->actions()->model()->rowCount() > 0; }, 20000));
    save(&window, folder, QStringLiteral("5-actions"));
    window.workspaces()->show(gui::Workspaces::Workspace::Performance);
    ASSERT_TRUE(fx::waitUntil([&] { return !tools->performance()->indicatorModel()->series().isEmpty(); }, 20000));
    // One with readings and one with none: what the chair sees for each.
    QString withReadings;
    QString without;
    for (const auto& s : tools->performance()->indicatorModel()->series()) {
        if (withReadings.isEmpty() && !s.readings.isEmpty())
            withReadings = s.indicator.key;
        if (without.isEmpty() && s.readings.isEmpty())
            without = s.indicator.key;
    }
    if (!withReadings.isEmpty()) {
        tools->performance()->selectIndicator(withReadings);
        save(&window, folder, QStringLiteral("6-performance"));
    }
    if (!without.isEmpty()) {
        tools->performance()->selectIndicator(without);
        save(&window, folder, QStringLiteral("7-performance-no-readings"));
    }
}
