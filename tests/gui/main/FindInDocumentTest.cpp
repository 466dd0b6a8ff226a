// Find in this document: the matches in reading order with next/previous wrapping round, and in
// the real viewer Ctrl+F, typing, Enter/F3/Shift+F3 and every match drawn over its page.
#include "GuiFixtures.h"
#include "pdf/FindBar.h"
#include "pdf/FindMatches.h"
#include "pdf/PdfView.h"
#include "pdf/PdfViewer.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

using scrutineer::gui::FindBar;
using scrutineer::gui::FindMatches;
using scrutineer::gui::PdfView;
using scrutineer::gui::PdfViewer;
using scrutineer::testing::GuiTestDir;
namespace fx = scrutineer::testing;

TEST(FindMatches, NearestFirstThenReadingOrderRoundTheDocument)
{
    FindMatches m;
    m.reset(QStringLiteral("budget"), 4, 10);
    EXPECT_FALSE(m.addPage(4, {}));
    // Two on a line and one above them: reading order is top first, then left to right.
    EXPECT_TRUE(m.addPage(6, {QRectF(300, 200, 40, 10), QRectF(100, 200, 40, 10), QRectF(100, 80, 40, 10)}));
    EXPECT_EQ(m.currentPage(), 6);
    EXPECT_EQ(m.currentBox(), QRectF(100, 80, 40, 10));
    EXPECT_FALSE(m.finished());
    EXPECT_FALSE(m.addPage(1, {QRectF(50, 50, 40, 10)})) << "page 2 comes after page 7 from page 5 onwards";
    EXPECT_EQ(m.total(), 4);
    EXPECT_EQ(m.currentNumber(), 2);
    ASSERT_TRUE(m.next());
    EXPECT_EQ(m.currentBox(), QRectF(100, 200, 40, 10));
    ASSERT_TRUE(m.next());
    EXPECT_EQ(m.currentBox(), QRectF(300, 200, 40, 10));
    ASSERT_TRUE(m.next());
    EXPECT_EQ(m.currentPage(), 1) << "wraps round to the start";
    EXPECT_EQ(m.currentNumber(), 1);
    ASSERT_TRUE(m.previous());
    EXPECT_EQ(m.currentNumber(), 4);
    EXPECT_FALSE(m.addPage(5, {QRectF(10, 10, 40, 10)})) << "a chosen match is not taken away";
    EXPECT_EQ(m.currentPage(), 6);
}

TEST(FindMatches, NothingFoundHasNoCurrentMatch)
{
    FindMatches m;
    m.reset(QStringLiteral("absent"), 0, 2);
    m.addPage(0, {});
    m.addPage(1, {});
    EXPECT_TRUE(m.finished());
    EXPECT_EQ(m.total(), 0);
    EXPECT_FALSE(m.next());
    EXPECT_EQ(m.currentNumber(), 0);
}

namespace {

// How yellow the viewport is inside a box of a page (red minus blue, 0 for black and white).
double tint(PdfView* view, int pdfPage, const QRectF& points)
{
    const QRectF page = view->pageRectInView(pdfPage);
    const double scale = page.width() / view->pageSizeInPoints(pdfPage).width();
    const QRect box = QRectF(page.left() + points.left() * scale, page.top() + points.top() * scale,
                             points.width() * scale, points.height() * scale)
                          .toAlignedRect()
                          .intersected(view->viewport()->rect());
    const QImage image = view->viewport()->grab().toImage();
    double sum = 0;
    int n = 0;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x) {
            const QColor c = image.pixelColor(int(x * image.devicePixelRatio()), int(y * image.devicePixelRatio()));
            sum += c.red() - c.blue();
            ++n;
        }
    }
    return n > 0 ? sum / n : 0;
}

} // namespace

TEST(FindInDocument, CtrlFFindsEveryMatchDrawsThemAndStepsThroughThem)
{
    GuiTestDir dir;
    QList<QStringList> pages;
    for (int i = 1; i <= 12; ++i) {
        QStringList lines {QStringLiteral("Report page %1").arg(i)};
        if (i == 3)
            lines << QStringLiteral("The budget for next year");
        if (i == 9)
            lines << QStringLiteral("Budget monitoring") << QStringLiteral("A revised budget is due");
        pages.append(lines);
    }
    const QString path = dir.path(QStringLiteral("find.pdf"));
    fx::writePdf(path, pages, 0);
    PdfViewer viewer;
    viewer.resize(900, 700);
    viewer.show();
    viewer.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&viewer));
    viewer.showDocument({1, path, QStringLiteral("find.pdf"), {}, {}}, 5);
    PdfView* view = viewer.view();
    ASSERT_TRUE(fx::waitUntil([&] { return view->pageCount() == 12 && viewer.currentPage() == 5; }, 10000));

    FindBar* bar = viewer.findBar();
    EXPECT_FALSE(bar->isVisible());
    view->setFocus();
    QTest::keyClick(&viewer, Qt::Key_F, Qt::ControlModifier);
    ASSERT_TRUE(bar->isVisible());
    auto* edit = bar->findChild<QLineEdit*>(QStringLiteral("findEdit"));
    ASSERT_TRUE(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("budget"));
    QTest::keyClick(edit, Qt::Key_Return);
    ASSERT_TRUE(fx::waitUntil([&] { return bar->matches().finished(); }, 10000)) << bar->statusText().toStdString();
    EXPECT_EQ(bar->matches().total(), 3);
    EXPECT_EQ(bar->statusText(), QStringLiteral("2 of 3")) << "the first match from page 5 on is page 9's first";
    EXPECT_EQ(bar->matches().currentPage() + 1, 9);
    ASSERT_TRUE(fx::waitUntil([&] { return viewer.currentPage() == 9; }, 5000));
    // Both matches on page 9 are drawn (tinted), and the plain text beside them is not.
    const QList<QRectF> onNine = bar->matches().boxesOn(8);
    ASSERT_EQ(onNine.size(), 2);
    ASSERT_TRUE(
        fx::waitUntil([&] { return tint(view, 9, onNine.at(0)) > 25 && tint(view, 9, onNine.at(1)) > 25; }, 5000));
    const QRectF plain = onNine.at(0).translated(onNine.at(0).width() + 80, 0);
    EXPECT_LT(tint(view, 9, plain), 10);

    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_EQ(bar->statusText(), QStringLiteral("3 of 3"));
    QTest::keyClick(&viewer, Qt::Key_F3);
    EXPECT_EQ(bar->statusText(), QStringLiteral("1 of 3")) << "wraps round to page 3";
    ASSERT_TRUE(fx::waitUntil([&] { return viewer.currentPage() == 3; }, 5000));
    QTest::keyClick(&viewer, Qt::Key_F3, Qt::ShiftModifier);
    EXPECT_EQ(bar->statusText(), QStringLiteral("3 of 3"));

    QTest::keyClicks(edit, QStringLiteral("zzz"));
    QTest::keyClick(edit, Qt::Key_Return);
    ASSERT_TRUE(fx::waitUntil([&] { return bar->matches().finished(); }, 10000));
    EXPECT_EQ(bar->statusText(), QStringLiteral("Not found in this document"));

    QTest::keyClick(edit, Qt::Key_Escape);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_EQ(bar->matches().total(), 0);
}
