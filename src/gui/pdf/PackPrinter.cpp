#include "pdf/PackPrinter.h"

#include "pdf/PdfRenderer.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrinter>

#include <algorithm>

namespace scrutineer::gui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PackPrinter", text);
}

// Enough for print: a page at 200 dpi is about 1650×2340 pixels.
constexpr double kMaxDpi = 200;

} // namespace

QList<int> PackPrinter::pagesFor(const QPrinter& printer, int pageCount, int currentPage)
{
    int first = 1;
    int last = pageCount;
    switch (printer.printRange()) {
    case QPrinter::PageRange:
        first = std::max(1, printer.fromPage());
        last = printer.toPage() > 0 ? std::min(pageCount, printer.toPage()) : pageCount;
        break;
    case QPrinter::CurrentPage:
        first = last = std::clamp(currentPage, 1, std::max(1, pageCount));
        break;
    case QPrinter::AllPages:
    case QPrinter::Selection:
        break;
    }
    QList<int> pages;
    for (int page = first; page <= last && page <= pageCount; ++page)
        pages.append(page);
    return pages;
}

QString PackPrinter::print(const QString& path, QPrinter& printer, const QList<int>& pages,
                           const std::atomic_bool* cancelled)
{
    if (pages.isEmpty())
        return tr("There are no pages in that range.");
    auto document = PdfRenderer::open(path);
    if (!document)
        return document.error().message;
    QPainter painter;
    if (!painter.begin(&printer))
        return tr("The printer could not be started.");
    const double dpi = std::min<double>(kMaxDpi, printer.resolution());
    for (int i = 0; i < pages.size(); ++i) {
        if (cancelled && cancelled->load())
            break;
        if (i > 0 && !printer.newPage())
            return tr("The printer stopped after %1 pages.").arg(i);
        const QImage image = document.value()->render(pages.at(i) - 1, dpi);
        if (image.isNull())
            continue;
        // Fitted to the printable area, centred, keeping the page's shape.
        const QRectF area = printer.pageLayout().paintRectPixels(printer.resolution());
        QSizeF size = image.size();
        size.scale(area.size(), Qt::KeepAspectRatio);
        const QRectF target(QPointF((area.width() - size.width()) / 2, (area.height() - size.height()) / 2), size);
        painter.drawImage(target, image);
    }
    painter.end();
    return {};
}

} // namespace scrutineer::gui
