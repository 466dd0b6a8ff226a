#include "common/ElideMiddleDelegate.h"

#include "common/BodyShortName.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontMetrics>
#include <QStyle>

namespace scrutineer::gui {

ElideMiddleDelegate::ElideMiddleDelegate(QObject* parent) : QStyledItemDelegate(parent)
{
}

void ElideMiddleDelegate::install(QAbstractItemView* view, const QList<int>& columns)
{
    auto* delegate = new ElideMiddleDelegate(view);
    for (const int column : columns)
        view->setItemDelegateForColumn(column, delegate);
}

QString ElideMiddleDelegate::qualifier(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (!trimmed.endsWith(QLatin1Char(')')))
        return {};
    const qsizetype open = trimmed.lastIndexOf(QLatin1Char('('));
    if (open <= 0 || trimmed.left(open).trimmed().isEmpty())
        return {};
    return trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed();
}

bool ElideMiddleDelegate::fitsWrapped(const QString& name, const QFontMetrics& metrics, int width, int height)
{
    if (width <= 0 || height <= 0)
        return false;
    const QRect wrapped = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, name);
    return wrapped.width() <= width && wrapped.height() <= height; // no word wider than the cell
}

QString ElideMiddleDelegate::shownText(const QString& name, const QFontMetrics& metrics, int width)
{
    if (width <= 0 || metrics.horizontalAdvance(name) <= width)
        return name;
    QString part = qualifier(name);
    if (!part.isEmpty())
        return part;
    const QString shortName = BodyShortName::of(name);
    return metrics.elidedText(shortName, Qt::ElideMiddle, width);
}

void ElideMiddleDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option->widget) + 1;
    const int width = option->rect.width() - 2 * margin;
    if ((option->features & QStyleOptionViewItem::WrapText)
        && fitsWrapped(option->text, option->fontMetrics, width, option->rect.height() - 2))
        return; // a short name whole on the row's lines, word by word ("County / Council")
    if (qualifier(option->text).isEmpty()) {
        const QString shortName = BodyShortName::of(option->text);
        if (shortName != option->text
            && ((option->features & QStyleOptionViewItem::WrapText)
                    ? fitsWrapped(shortName, option->fontMetrics, width, option->rect.height() - 2)
                    : option->fontMetrics.horizontalAdvance(shortName) <= width)) {
            option->text = shortName; // "Marshfield / HWB"
            return;
        }
    }
    const QString shown = shownText(option->text, option->fontMetrics, width);
    if (shown != option->text && !qualifier(option->text).isEmpty() && shown == qualifier(option->text)) {
        // The qualifier, wrapped over the row's lines where the view wraps, cut at its end.
        option->text = shown;
        option->textElideMode = Qt::ElideRight;
        return;
    }
    if (qualifier(option->text).isEmpty())
        option->text = BodyShortName::of(option->text); // "Perform…Cttee" rather than "Perfor…mittee"
    option->textElideMode = Qt::ElideMiddle;
    option->features &= ~QStyleOptionViewItem::WrapText; // one line, cut, even where the view wraps
}

} // namespace scrutineer::gui
