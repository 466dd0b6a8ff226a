#pragma once

#include <QStyledItemDelegate>

namespace scrutineer::gui {

// Paints the notes list: group rows as section headers; a note as its wrapped text (a question
// with a tick box in front), the quoted words it is anchored to, and where it is ("Item 4 · Page
// 10") in a smaller, muted line. Toggles a question's tick on click or Space. GUI thread only.
class NoteDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

private:
    int textWidth(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    QRect checkRect(const QStyleOptionViewItem& option) const;
};

} // namespace scrutineer::gui
