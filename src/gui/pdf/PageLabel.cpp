#include "pdf/PageLabel.h"

#include <QCoreApplication>

namespace scrutineer::gui {

QString PageLabel::text(int pdfPage, std::optional<int> packPage, int pageCount)
{
    if (pdfPage <= 0 || pageCount <= 0)
        return {};
    if (packPage)
        return QCoreApplication::translate("PageLabel", "Page %1 · PDF p. %2").arg(*packPage).arg(pdfPage);
    return QCoreApplication::translate("PageLabel", "PDF p. %1 of %2").arg(pdfPage).arg(pageCount);
}

QString PageLabel::accessibleText(int pdfPage, std::optional<int> packPage, int pageCount)
{
    if (pdfPage <= 0 || pageCount <= 0)
        return QCoreApplication::translate("PageLabel", "No document open");
    if (packPage) {
        return QCoreApplication::translate("PageLabel", "Pack page %1, PDF page %2 of %3")
            .arg(*packPage)
            .arg(pdfPage)
            .arg(pageCount);
    }
    return QCoreApplication::translate("PageLabel", "PDF page %1 of %2, no printed page number").arg(pdfPage).arg(pageCount);
}

} // namespace scrutineer::gui
