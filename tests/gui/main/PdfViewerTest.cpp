// The document pane on a real PDF: background rendering, page jumps, highlights, zoom,
// thumbnails and the page indicator.
#include "pdf/PdfViewer.h"
#include "GuiFixtures.h"
#include "pdf/PageRenderer.h"
#include "pdf/PdfView.h"
#include "pdf/ThumbnailModel.h"

#include <QAbstractItemView>
#include <QSignalSpy>
#include <QTest>

using scrutineer::gui::PageRenderer;
using scrutineer::gui::PdfView;
using scrutineer::gui::PdfViewer;
using scrutineer::testing::GuiTestDir;
namespace fx = scrutineer::testing;

namespace {

QString writeLongPdf(const GuiTestDir& dir, int pages)
{
    QList<QStringList> content;
    for (int i = 1; i <= pages; ++i)
        content.append(
            {QStringLiteral("Report page %1").arg(i), QStringLiteral("Foster carer allowance paragraph %1").arg(i)});
    const QString path = dir.path(QStringLiteral("long.pdf"));
    scrutineer::testing::writePdf(path, content, 0);
    return path;
}

} // namespace

TEST(PageRenderer, RendersRequestedPagesOffTheGuiThreadIntoTheCache)
{
    GuiTestDir dir;
    PageRenderer renderer;
    QSignalSpy opened(&renderer, &PageRenderer::opened);
    renderer.open(writeLongPdf(dir, 5));
    ASSERT_TRUE(opened.wait(10000));
    EXPECT_EQ(renderer.pageSizes().size(), 5);
    EXPECT_NEAR(renderer.pageSizes().first().width(), 595, 1.0);
    QSignalSpy rendered(&renderer, &PageRenderer::pageRendered);
    renderer.request(PageRenderer::Lane::View, {{3, 36}});
    ASSERT_TRUE(rendered.wait(10000));
    EXPECT_EQ(rendered.first().first().toInt(), 3);
    const QImage image = renderer.pages().exact(3, 36);
    ASSERT_FALSE(image.isNull());
    EXPECT_NEAR(image.width(), 595 / 2, 2);
    // Cached pages are not asked for again.
    renderer.request(PageRenderer::Lane::View, {{3, 36}});
    EXPECT_FALSE(rendered.wait(300));
}

TEST(PageRenderer, RefusesAFileThatIsNotAPdfWithAReason)
{
    GuiTestDir dir;
    QFile bad(dir.path(QStringLiteral("bad.pdf")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("this is not a pdf");
    bad.close();
    PageRenderer renderer;
    QSignalSpy failed(&renderer, &PageRenderer::openFailed);
    renderer.open(bad.fileName());
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_FALSE(failed.first().first().toString().isEmpty());
    EXPECT_FALSE(renderer.isOpen());
}

TEST(PdfViewer, OpensAtAPageHighlightsTheWordsAndShowsBothPageNumbers)
{
    GuiTestDir dir;
    PdfViewer viewer;
    viewer.resize(900, 700);
    viewer.show();
    PdfView* view = viewer.view();
    QSignalSpy highlighted(view, &PdfView::highlightShown);
    PdfViewer::Document document {7, writeLongPdf(dir, 30), QStringLiteral("Agenda pack · long.pdf"), {{12, 10}}, {}};
    viewer.showDocument(document, 12, QStringLiteral("allowance paragraph 12"));
    ASSERT_TRUE(highlighted.wait(10000));
    EXPECT_EQ(view->highlightPage(), 12);
    EXPECT_EQ(view->highlightBoxes().size(), 1);
    EXPECT_EQ(viewer.currentPage(), 12);
    EXPECT_EQ(viewer.pageIndicatorText(), QStringLiteral("Page 10 · PDF p. 12"));
    // A page with no printed number says so.
    view->goToPage(13);
    ASSERT_TRUE(fx::waitUntil([&] { return (viewer.currentPage()) == (13); }, 5000));
    EXPECT_EQ(viewer.pageIndicatorText(), QStringLiteral("PDF p. 13 of 30"));
}

TEST(PdfViewer, ZoomStaysWithinLimitsAndFitWidthFollowsTheWindow)
{
    GuiTestDir dir;
    PdfViewer viewer;
    viewer.resize(900, 700);
    viewer.show();
    PdfView* view = viewer.view();
    QSignalSpy opened(view, &PdfView::currentPageChanged);
    viewer.showDocument({1, writeLongPdf(dir, 3), QStringLiteral("long.pdf"), {}, {}}, 1);
    ASSERT_TRUE(opened.wait(10000));
    EXPECT_EQ(view->zoomMode(), PdfView::ZoomMode::FitWidth);
    const double fitted = view->zoom();
    viewer.resize(1200, 700);
    ASSERT_TRUE(fx::waitUntil([&] { return view->zoom() > fitted; }, 5000));
    for (int i = 0; i < 20; ++i)
        view->zoomIn();
    EXPECT_DOUBLE_EQ(view->zoom(), 4.0);
    EXPECT_EQ(view->zoomMode(), PdfView::ZoomMode::Custom);
    for (int i = 0; i < 20; ++i)
        view->zoomOut();
    EXPECT_DOUBLE_EQ(view->zoom(), 0.5);
    view->setZoomMode(PdfView::ZoomMode::FitPage);
    EXPECT_LE(842 * view->zoom() * 96 / 72, view->viewport()->height());
}

TEST(PdfViewer, ThumbnailsListEveryPageAndRenderOnlyWhatIsVisible)
{
    GuiTestDir dir;
    PdfViewer viewer;
    viewer.resize(900, 700);
    viewer.show();
    EXPECT_FALSE(viewer.thumbnailsAction()->isChecked()) << "off until asked for";
    viewer.thumbnailsAction()->setChecked(true);
    auto* strip = viewer.findChild<QAbstractItemView*>(QStringLiteral("thumbnailStrip"));
    ASSERT_NE(strip, nullptr);
    scrutineer::testing::ModelCheck check(strip->model());
    QSignalSpy opened(viewer.view(), &PdfView::currentPageChanged);
    viewer.showDocument({1, writeLongPdf(dir, 60), QStringLiteral("long.pdf"), {{1, 5}}, {}}, 1);
    ASSERT_TRUE(opened.wait(10000));
    QAbstractItemModel* model = strip->model();
    ASSERT_TRUE(fx::waitUntil([&] { return (model->rowCount()) == (60); }, 5000));
    EXPECT_EQ(model->index(0, 0).data().toString(), QStringLiteral("Page 5"));
    EXPECT_EQ(model->index(1, 0).data().toString(), QStringLiteral("p. 2"));
    // The first thumbnails arrive; the last ones, far out of view, are never rendered.
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(fx::waitUntil([&] { return changed.count() > 0; }, 10000));
    QSet<int> rows;
    for (const auto& args : changed)
        rows.insert(args.at(0).value<QModelIndex>().row());
    EXPECT_TRUE(rows.contains(0));
    EXPECT_FALSE(rows.contains(59));
    EXPECT_TRUE(check.warnings().isEmpty()) << check.warnings().join(QLatin1Char('\n')).toStdString();
}

TEST(PdfViewer, AJumpNearTheEndKeepsTheRequestedPageCurrent)
{
    GuiTestDir dir;
    PdfViewer viewer;
    viewer.resize(900, 1400);
    viewer.show();
    PdfView* view = viewer.view();
    QSignalSpy opened(view, &PdfView::currentPageChanged);
    viewer.showDocument({1, writeLongPdf(dir, 30), QStringLiteral("long.pdf"), {}, {}}, 1);
    ASSERT_TRUE(opened.wait(10000));
    view->setZoom(0.5); // two pages and more fit in the window: page 29 cannot scroll to the top
    view->goToPage(29);
    EXPECT_EQ(view->currentPage(), 29);
    EXPECT_EQ(viewer.currentPage(), 29);
    // Scrolling on from there follows the reading position again.
    view->goToPage(10);
    EXPECT_EQ(view->currentPage(), 10);
    QTest::keyClick(view, Qt::Key_End);
    EXPECT_EQ(view->currentPage(), 30);
}
