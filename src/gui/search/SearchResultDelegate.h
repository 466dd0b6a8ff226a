#pragma once

#include <QStyledItemDelegate>

namespace scrutineer::gui {

// Paints search results: meeting rows as section headers, hits as a kind tag, the title, the
// page ("Page 21 · PDF p. 23") and up to two lines of snippet with the matched words in bold.
// GUI thread only.
class SearchResultDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void paintGroup(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintHit(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
};

} // namespace scrutineer::gui
