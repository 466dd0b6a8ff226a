#include "meetings/WrappedNameDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace scrutineer::gui {

WrappedNameDelegate::WrappedNameDelegate(QTreeView* tree) : QStyledItemDelegate(tree), m_tree(tree)
{
    tree->setWordWrap(true);
    tree->setUniformRowHeights(false);
    tree->setItemDelegate(this);
    // A wider or narrower column wraps names differently: lay the rows out again, once the
    // resizing settles.
    auto* relayout = new QTimer(this);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, tree, &QTreeView::doItemsLayout);
    connect(tree->header(), &QHeaderView::sectionResized, relayout, qOverload<>(&QTimer::start));
}

QSize WrappedNameDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Only the names wrap: the other columns (a count, a page range) size the column to their text.
    if (index.column() != m_tree->header()->logicalIndex(0))
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    int width = m_tree->header()->sectionSize(index.column());
    int depth = m_tree->rootIsDecorated() ? 1 : 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    width -= depth * m_tree->indentation();
    if (width <= 0)
        return QStyledItemDelegate::sizeHint(option, index);
    opt.rect = QRect(0, 0, width, 1 << 16); // the style wraps only in a valid rectangle
    opt.features |= QStyleOptionViewItem::WrapText;
    const QWidget* widget = opt.widget ? opt.widget : m_tree;
    const QStyle* style = widget->style() ? widget->style() : QApplication::style();
    return style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), widget);
}

} // namespace scrutineer::gui
