#include "marking/MarkedPages.h"

#include "pdf/PdfRenderer.h"

namespace scrutineer::gui {
namespace {

constexpr double kMarkedPagesDpi = 144;

} // namespace

MarkedPages MarkedPages::read(const QString& path, const QList<PageArea>& areas)
{
    MarkedPages loaded;
    auto opened = PdfRenderer::open(path);
    if (!opened) {
        loaded.error = opened.error().describe();
        return loaded;
    }
    const PdfRenderer& pdf = *opened.value();
    for (const PageArea& area : areas) {
        if (area.page < 1 || area.page > pdf.pageCount())
            continue;
        bool read = false;
        for (const layout::LayoutPage& page : std::as_const(loaded.document.pages))
            read = read || page.number == area.page;
        if (!read)
            loaded.document.pages.append(pdf.readPage(area.page - 1));
        const QImage page = pdf.render(area.page - 1, kMarkedPagesDpi);
        const qreal scale = kMarkedPagesDpi / 72.0;
        const QRect crop(QPointF(area.rect.topLeft() * scale).toPoint(),
                         QPointF(area.rect.bottomRight() * scale).toPoint());
        loaded.crops.append({area, page.copy(crop)});
    }
    return loaded;
}

} // namespace scrutineer::gui
