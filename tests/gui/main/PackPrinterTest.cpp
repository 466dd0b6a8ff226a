// Printing a pack: the pages the print dialog's range asks for, and those pages printed (here to
// a PDF file through QPrinter, so no printer is needed).
#include "pdf/PackPrinter.h"
#include "GuiFixtures.h"
#include "pdf/PdfRenderer.h"

#include <QPrinter>

using scrutineer::PdfDocument;
using scrutineer::gui::PackPrinter;
namespace fx = scrutineer::testing;

TEST(PackPrinter, TheRangeAskedForWithinThePack)
{
    QPrinter printer;
    EXPECT_EQ(PackPrinter::pagesFor(printer, 3, 2), QList<int>({1, 2, 3}));
    printer.setPrintRange(QPrinter::PageRange);
    printer.setFromTo(2, 4);
    EXPECT_EQ(PackPrinter::pagesFor(printer, 10, 1), QList<int>({2, 3, 4}));
    printer.setFromTo(8, 40);
    EXPECT_EQ(PackPrinter::pagesFor(printer, 10, 1), QList<int>({8, 9, 10})) << "a range past the end stops there";
    printer.setPrintRange(QPrinter::CurrentPage);
    EXPECT_EQ(PackPrinter::pagesFor(printer, 10, 7), QList<int>({7}));
}

TEST(PackPrinter, PrintsThePagesOfTheRangeToAPdfFile)
{
    fx::GuiTestDir dir;
    const QString pack = dir.path(QStringLiteral("pack.pdf"));
    QList<QStringList> pages;
    for (int i = 1; i <= 5; ++i)
        pages.append({QStringLiteral("Page %1 of the pack").arg(i)});
    fx::writePdf(pack, pages, 0);
    const QString out = dir.path(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(out);
    printer.setPrintRange(QPrinter::PageRange);
    printer.setFromTo(2, 4);
    EXPECT_EQ(PackPrinter::print(pack, printer, PackPrinter::pagesFor(printer, 5, 1)), QString());
    auto printed = PdfRenderer::open(out);
    ASSERT_TRUE(printed.hasValue()) << printed.error().message.toStdString();
    EXPECT_EQ(printed.value()->pageCount(), 3);
    // Each printed page carries its page's picture: not blank.
    const QImage first = printed.value()->render(0, 36);
    int dark = 0;
    for (int y = 0; y < first.height(); ++y)
        for (int x = 0; x < first.width(); ++x)
            dark += qGray(first.pixel(x, y)) < 128 ? 1 : 0;
    EXPECT_GT(dark, 20);
    EXPECT_FALSE(PackPrinter::print(dir.path(QStringLiteral("missing.pdf")), printer, {1}).isEmpty());
}
