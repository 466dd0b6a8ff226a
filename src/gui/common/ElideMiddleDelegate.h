#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace scrutineer::gui {

// Cuts a column's text in the middle, not at its end: for names that start alike and differ at
// their end ("Overview and Scrutiny Committee (Children's Services …)" beside "… (Regeneration and
// Skills)"), so both the start and what tells the rows apart stay in sight. The text keeps to one
// line even in a view that wraps its other columns. GUI thread only.
class ElideMiddleDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElideMiddleDelegate)

public:
    explicit ElideMiddleDelegate(QObject* parent = nullptr);
    // Sets one (shared) delegate on these columns of the view.
    static void install(QAbstractItemView* view, const QList<int>& columns);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace scrutineer::gui
