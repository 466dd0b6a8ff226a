#include "GuiFixtures.h"
#include "MeetingStore.h"
#include "PdfFixtures.h"
#include "importing/ImportController.h"
#include "importing/ImportProgressWidget.h"
#include "main/MainWindow.h"
#include "main/Preferences.h"
#include "pdf/PdfViewer.h"
#include "search/SearchPanel.h"
#include "search/SearchResultsModel.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace gui = scrutineer::gui;
namespace fx = scrutineer::testing;
using gui::MainWindow;

namespace {

// A pack whose first page has a text layer and whose second is a scan.
QString writeMixedPack(const fx::GuiTestDir& dir)
{
    const QString path = dir.path(QStringLiteral("mixed.pdf"));
    const bool written = fx::writeScannedTextPdf(
        path,
        {{QStringLiteral("Licensing Committee"), QStringLiteral("Agenda"),
          QStringLiteral("Date: Tuesday, 14 March 2023"), QStringLiteral("Time: 6.30 pm"),
          QStringLiteral("Venue: Council Chamber, Town Hall")},
         {QStringLiteral("Appendix A: letter from the taxi trade association"),
          QStringLiteral("The association asks the committee to review the licensing fees.")}},
        200, {0});
    return written ? path : QString();
}

QAction* ocrAction(MainWindow& window)
{
    return window.findChild<QAction*>(QStringLiteral("actionReadScannedPages"));
}

} // namespace

TEST(OcrInTheApp, TheMenuSettingIsRememberedAndReachesTheImport)
{
    fx::GuiTestDir dir;
    gui::Preferences off;
    off.ocr = false;
    off.save();
    {
        MainWindow window;
        QAction* action = ocrAction(window);
        ASSERT_NE(action, nullptr);
        EXPECT_FALSE(action->isChecked());
        EXPECT_FALSE(window.importController()->ocrOptions().enabled);
        action->setChecked(true);
        EXPECT_TRUE(window.importController()->ocrOptions().enabled);
    }
    EXPECT_TRUE(gui::Preferences::load().ocr);
    MainWindow again;
    EXPECT_TRUE(ocrAction(again)->isChecked());
    EXPECT_TRUE(again.importController()->ocrOptions().enabled);
}

TEST(OcrInTheApp, AScannedPageIsFoundBySearchMarkedAndOpensAtItsPage)
{
    fx::GuiTestDir dir;
    const QString pack = writeMixedPack(dir);
    ASSERT_FALSE(pack.isEmpty());
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(window.openDatabase(dir.databasePath()));
    gui::ImportController* import = window.importController();
    import->setSummaryDialogEnabled(false);
    scrutineer::OcrOptions options = import->ocrOptions();
    options.cacheFolder = dir.path(QStringLiteral("ocr-cache"));

    // With OCR turned off the scan stays unreadable.
    ocrAction(window)->setChecked(false);
    options.enabled = false;
    import->setOcrOptions(options);
    QSignalSpy finished(import, &gui::ImportController::finished);
    ASSERT_TRUE(import->importPaths({pack}));
    ASSERT_TRUE(fx::waitUntil([&] { return finished.count() == 1; }, 60000));
    ASSERT_EQ(import->lastSummary().files.size(), 1);
    EXPECT_TRUE(import->lastSummary()
                    .files.first()
                    .warnings.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("cannot be searched")));

    // A revised copy (other bytes, same pages) with OCR on: the scan is read.
    ocrAction(window)->setChecked(true);
    options.enabled = true;
    import->setOcrOptions(options);
    const QString revised = dir.path(QStringLiteral("mixed-revised.pdf"));
    ASSERT_TRUE(QFile::copy(pack, revised));
    {
        QFile f(revised);
        ASSERT_TRUE(f.open(QIODevice::Append));
        f.write("\n% revised\n");
    }
    ASSERT_TRUE(import->importPaths({revised}));
    ASSERT_TRUE(fx::waitUntil([&] { return finished.count() == 2; }, 60000));
    const gui::ImportFileResult result = import->lastSummary().files.value(0);
    EXPECT_EQ(result.pagesWithoutText, QList<int> {2});
    EXPECT_TRUE(result.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("read by OCR")))
        << result.warnings.join(QLatin1Char('\n')).toStdString();
    ASSERT_GT(result.documentId, 0) << result.reason.toStdString();

    QSignalSpy searched(window.searchPanel(), &gui::SearchPanel::searchFinished);
    window.searchPanel()->setQuery(QStringLiteral("taxi trade association"));
    ASSERT_TRUE(searched.wait(10000));
    QAbstractItemModel* model = window.searchPanel()->resultsModel();
    ASSERT_GT(model->rowCount(), 0);
    const QModelIndex group = model->index(0, 0);
    const QModelIndex hit = model->rowCount(group) > 0 ? model->index(0, 0, group) : group;
    EXPECT_TRUE(hit.data(gui::SearchResultsModel::OcrRole).toBool());
    EXPECT_EQ(hit.data(gui::SearchResultsModel::PdfPageRole).toInt(), 2);
    EXPECT_TRUE(hit.data(gui::SearchResultsModel::LocationRole).toString().contains(QStringLiteral("scanned (OCR)")));

    emit window.searchPanel()->openRequested(result.documentId, 2, QStringLiteral("taxi"));
    ASSERT_TRUE(fx::waitUntil([&] { return window.viewer()->currentPage() == 2; }, 10000));
    EXPECT_TRUE(window.viewer()->ocrNoticeText().startsWith(QStringLiteral("Scanned page · text read by OCR")))
        << window.viewer()->ocrNoticeText().toStdString();
    window.viewer()->showDocument({result.documentId, revised, {}, {}, {}, {{2, 0.9}}}, 1);
    ASSERT_TRUE(fx::waitUntil([&] { return window.viewer()->currentPage() == 1; }, 10000));
    EXPECT_TRUE(window.viewer()->ocrNoticeText().isEmpty());
}

TEST(OcrInTheApp, TheProgressStripFollowsTheScannedPages)
{
    gui::ImportProgressWidget strip;
    strip.start(1);
    strip.setFile(0, 1, QStringLiteral("scan.pdf"));
    strip.setPages(12, 12);
    strip.setOcrPages(0, 9);
    EXPECT_EQ(strip.statusText(), QStringLiteral("Importing scan.pdf · reading scanned page 1 of 9 (OCR)"));
    strip.setOcrPages(4, 9);
    EXPECT_TRUE(strip.statusText().endsWith(QStringLiteral("reading scanned page 5 of 9 (OCR)")));
    strip.setOcrPages(9, 9);
    EXPECT_TRUE(strip.statusText().endsWith(QStringLiteral("analysing")));
}

// The corpus's mixed file: its scanned check summary (PDF pages 7-15, no text layer) is read by
// OCR on import, found by search and opened at the page the words are on.
TEST(OcrInTheApp, TheCorpusMixedFilesScannedPagesAreFoundAndOpenAtTheirPage)
{
    const QString corpus = qEnvironmentVariableIsSet("SCRUTINEER_CORPUS_DIR")
        ? qEnvironmentVariable("SCRUTINEER_CORPUS_DIR")
        : QStringLiteral(SCRUTINEER_SOURCE_DIR "/../shared/corpus");
    const QString pack = corpus + QStringLiteral("/pdf/norwalk-2022-11-15-agenda-mixed-scan.pdf");
    if (!QFileInfo::exists(pack))
        GTEST_SKIP() << "corpus file not found: " << pack.toStdString();
    fx::GuiTestDir dir;
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(window.openDatabase(dir.databasePath()));
    gui::ImportController* import = window.importController();
    import->setSummaryDialogEnabled(false);
    scrutineer::OcrOptions options = import->ocrOptions();
    options.enabled = true;
    import->setOcrOptions(options);
    QSignalSpy finished(import, &gui::ImportController::finished);
    ASSERT_TRUE(import->importPaths({pack}));
    ASSERT_TRUE(fx::waitUntil([&] { return finished.count() == 1; }, 600000));
    const gui::ImportFileResult result = import->lastSummary().files.value(0);
    ASSERT_GT(result.documentId, 0) << result.reason.toStdString();
    EXPECT_EQ(result.pagesWithoutText, (QList<int> {7, 8, 9, 10, 11, 12, 13, 14, 15}));

    // Words printed only on the scans ('Vacancy Claim' is a row of every check summary).
    QSignalSpy searched(window.searchPanel(), &gui::SearchPanel::searchFinished);
    window.searchPanel()->setQuery(QStringLiteral("\"vacancy claim\""));
    ASSERT_TRUE(searched.wait(10000));
    QAbstractItemModel* model = window.searchPanel()->resultsModel();
    ASSERT_GT(model->rowCount(), 0);
    QList<int> pages;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        const int children = model->rowCount(group);
        for (int r = 0; r < std::max(children, 1); ++r) {
            const QModelIndex hit = children > 0 ? model->index(r, 0, group) : group;
            pages.append(hit.data(gui::SearchResultsModel::PdfPageRole).toInt());
            EXPECT_TRUE(hit.data(gui::SearchResultsModel::OcrRole).toBool()) << pages.last();
        }
    }
    ASSERT_FALSE(pages.isEmpty());
    for (int page : pages) {
        EXPECT_GE(page, 7);
        EXPECT_LE(page, 15);
    }
    const int page = pages.first();
    emit window.searchPanel()->openRequested(result.documentId, page, QStringLiteral("vacancy"));
    ASSERT_TRUE(fx::waitUntil([&] { return window.viewer()->currentPage() == page; }, 10000));
    EXPECT_TRUE(window.viewer()->ocrNoticeText().startsWith(QStringLiteral("Scanned page · text read by OCR")))
        << window.viewer()->ocrNoticeText().toStdString();
    if (qEnvironmentVariableIsSet("SCRUTINEER_SCREENSHOT_DIR")) {
        QCoreApplication::processEvents();
        window.grab().save(qEnvironmentVariable("SCRUTINEER_SCREENSHOT_DIR") + QStringLiteral("/ocr-page.png"));
    }
}
