#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace scrutineer::gui {

// Lets a tree's names (its first column) wrap onto as many lines as they need in the width their column has, so a
// committee's full name ("Overview and Scrutiny Committee (Children's Services and Safeguarding)")
// and its council show whole in a narrow panel; rows are laid out again when the column is
// resized. (QTreeView asks a delegate's size without the column's width, so it cannot wrap by
// itself.) GUI thread only.
class WrappedNameDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappedNameDelegate)

public:
    // Installs itself on `tree` and turns word wrap on.
    explicit WrappedNameDelegate(QTreeView* tree);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QTreeView* m_tree;
};

} // namespace scrutineer::gui
