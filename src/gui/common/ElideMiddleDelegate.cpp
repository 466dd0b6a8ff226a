#include "common/ElideMiddleDelegate.h"

#include <QAbstractItemView>

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

void ElideMiddleDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = Qt::ElideMiddle;
    option->features &= ~QStyleOptionViewItem::WrapText; // one line, cut, even where the view wraps
}

} // namespace scrutineer::gui
