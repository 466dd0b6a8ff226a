#include "NoteDelegate.h"

#include "common/DelegateStyle.h"
#include "NotesModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextLayout>

namespace scrutineer::gui {
namespace {

constexpr int kCheckSpace = 24;
constexpr int kMaxBodyLines = 6;

// Lines of `text` wrapped to `width`, at most `maxLines` (the last one elided).
QStringList wrapped(const QString& text, const QFont& font, int width, int maxLines)
{
    QStringList lines;
    const QFontMetrics fm(font);
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
        if (paragraph.isEmpty())
            lines << QString();
    }
    if (lines.size() > maxLines) {
        QString last = lines.mid(maxLines - 1).join(QLatin1Char(' '));
        lines = lines.mid(0, maxLines - 1);
        lines << fm.elidedText(last, Qt::ElideRight, width);
    }
    return lines;
}

} // namespace

int NoteDelegate::textWidth(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    int width = option.rect.width();
    if (const auto* view = qobject_cast<const QAbstractItemView*>(parent()); view && width <= 0)
        width = view->viewport()->width() - 12;
    width -= 2 * DelegateStyle::kPadding;
    if (index.data(NotesModel::IsQuestionRole).toBool())
        width -= kCheckSpace;
    return std::max(80, width);
}

QRect NoteDelegate::checkRect(const QStyleOptionViewItem& option) const
{
    const int size = QApplication::style()->pixelMetric(QStyle::PM_IndicatorWidth, &option);
    return {option.rect.left() + DelegateStyle::kPadding, option.rect.top() + DelegateStyle::kPadding + 1, size, size};
}

QSize NoteDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics fm(option.font);
    const int width = option.rect.width() > 0 ? option.rect.width() : 300;
    if (index.data(NotesModel::IsGroupRole).toBool())
        return {width, fm.height() + 2 * DelegateStyle::kPadding + 2};
    const QFontMetrics small(DelegateStyle::smallFont(option.font));
    const int lines = int(wrapped(index.data(NotesModel::BodyRole).toString(), option.font, textWidth(option, index), kMaxBodyLines).size());
    int height = 2 * DelegateStyle::kPadding + lines * fm.lineSpacing();
    if (!index.data(NotesModel::AnchorTextRole).toString().isEmpty())
        height += small.lineSpacing() + 2;
    if (!index.data(NotesModel::LocationRole).toString().isEmpty())
        height += small.lineSpacing() + 2;
    return {width, height};
}

void NoteDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    if (index.data(NotesModel::IsGroupRole).toBool()) {
        painter->fillRect(option.rect, DelegateStyle::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.12));
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(option.rect.adjusted(DelegateStyle::kPadding, 0, -DelegateStyle::kPadding, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          index.data(Qt::DisplayRole).toString());
        painter->restore();
        return;
    }
    if (selected)
        painter->fillRect(option.rect, pal.color(option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive,
                                                 QPalette::Highlight));
    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const QColor muted = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::PlaceholderText);
    int left = option.rect.left() + DelegateStyle::kPadding;
    const bool question = index.data(NotesModel::IsQuestionRole).toBool();
    const bool done = question && index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    if (question) {
        // A tick box drawn from the palette's text colour, so it reads in light and dark themes.
        const QRectF box = QRectF(checkRect(option)).adjusted(0.5, 0.5, -0.5, -0.5);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(DelegateStyle::mix(pal.color(QPalette::Base), text, 0.65), 1.2));
        painter->setBrush(selected ? Qt::NoBrush : pal.brush(QPalette::Base));
        painter->drawRoundedRect(box, 2.5, 2.5);
        if (done) {
            painter->setPen(QPen(text, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            const QPointF tick[] = {{box.left() + box.width() * 0.22, box.top() + box.height() * 0.52},
                                    {box.left() + box.width() * 0.42, box.top() + box.height() * 0.74},
                                    {box.left() + box.width() * 0.80, box.top() + box.height() * 0.28}};
            painter->drawPolyline(tick, 3);
        }
        left += kCheckSpace;
    }
    const QFontMetrics fm(option.font);
    QFont body = option.font;
    body.setStrikeOut(done);
    painter->setFont(body);
    painter->setPen(done ? muted : text);
    int y = option.rect.top() + DelegateStyle::kPadding;
    const int width = textWidth(option, index);
    for (const QString& line : wrapped(index.data(NotesModel::BodyRole).toString(), option.font, width, kMaxBodyLines)) {
        painter->drawText(QRect(left, y, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += fm.lineSpacing();
    }
    const QFont small = DelegateStyle::smallFont(option.font);
    const QFontMetrics smallMetrics(small);
    const QString anchor = index.data(NotesModel::AnchorTextRole).toString();
    if (!anchor.isEmpty()) {
        QFont italic = small;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(muted);
        y += 2;
        painter->drawText(QRect(left, y, width, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(italic).elidedText(QStringLiteral("“%1”").arg(anchor), Qt::ElideRight, width));
        y += smallMetrics.lineSpacing();
    }
    const QString location = index.data(NotesModel::LocationRole).toString();
    if (!location.isEmpty()) {
        painter->setFont(small);
        painter->setPen(muted);
        y += 2;
        painter->drawText(QRect(left, y, width, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, location);
    }
    if (const int mark = index.data(NotesModel::MarkRole).toInt(); mark > 0) {
        // The colour it has on the page: a highlight (or note) in green, a question in blue.
        const QColor colour = mark == 2 ? QColor(150, 205, 255) : QColor(170, 235, 120);
        painter->fillRect(QRect(option.rect.left(), option.rect.top() + 2, 3, option.rect.height() - 4), colour.darker(130));
    }
    if (!selected) {
        painter->setPen(DelegateStyle::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.1));
        painter->drawLine(option.rect.left() + DelegateStyle::kPadding, option.rect.bottom(), option.rect.right() - DelegateStyle::kPadding, option.rect.bottom());
    }
    painter->restore();
}

bool NoteDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (!(index.flags() & Qt::ItemIsUserCheckable))
        return false;
    const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() != Qt::LeftButton || !checkRect(option).adjusted(-4, -4, 4, 4).contains(mouse->position().toPoint()))
            return false;
    } else if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        return checkRect(option).adjusted(-4, -4, 4, 4).contains(mouse->position().toPoint());
    } else if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key != Qt::Key_Space && key != Qt::Key_Select)
            return false;
    } else {
        return false;
    }
    return model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

} // namespace scrutineer::gui
