#include "common/CellToolTip.h"

#include <QString>

namespace scrutineer::gui {

QVariant cellToolTip(const QVariant& shown, const QVariant& tip)
{
    const QString text = shown.toString();
    const QString explained = tip.toString();
    if (text.trimmed().isEmpty() || explained.simplified().contains(text.simplified(), Qt::CaseInsensitive))
        return explained.isEmpty() ? QVariant() : QVariant(explained);
    return explained.isEmpty() ? QVariant(text) : QVariant(text + QLatin1Char('\n') + explained);
}

} // namespace scrutineer::gui
