#include "SearchResultDelegate.h"

#include "common/DelegateStyle.h"
#include "SearchResultsModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace scrutineer::gui {
namespace {

constexpr int kSnippetLines = 2;

} // namespace

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics fm(option.font);
    const int width = option.rect.width() > 0 ? option.rect.width() : 300;
    if (index.data(SearchResultsModel::IsGroupRole).toBool())
        return {width, fm.height() + 2 * DelegateStyle::kPadding + 2};
    const QFontMetrics small(DelegateStyle::smallFont(option.font));
    return {width, fm.height() + kSnippetLines * small.lineSpacing() + 2 * DelegateStyle::kPadding + 4};
}

void SearchResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.data(SearchResultsModel::IsGroupRole).toBool())
        paintGroup(painter, option, index);
    else
        paintHit(painter, option, index);
}

void SearchResultDelegate::paintGroup(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    QColor background = DelegateStyle::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.12);
    painter->fillRect(option.rect, selected ? pal.color(QPalette::Highlight) : background);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
    const QRect text = option.rect.adjusted(DelegateStyle::kPadding, 0, -DelegateStyle::kPadding, 0);
    const QString count = QString::number(index.data(SearchResultsModel::HitCountRole).toInt());
    const QFontMetrics fm(bold);
    const int countWidth = fm.horizontalAdvance(count) + DelegateStyle::kPadding;
    painter->drawText(text.adjusted(0, 0, -countWidth, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, text.width() - countWidth));
    painter->setFont(option.font);
    painter->setPen(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::PlaceholderText));
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignRight, count);
    painter->restore();
}

void SearchResultDelegate::paintHit(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(option.rect, pal.color(option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive,
                                                 QPalette::Highlight));
    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const QColor muted = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::PlaceholderText);
    const QRect area = option.rect.adjusted(DelegateStyle::kPadding + 8, DelegateStyle::kPadding, -DelegateStyle::kPadding, -DelegateStyle::kPadding);
    const QFontMetrics fm(option.font);
    const QFont small = DelegateStyle::smallFont(option.font);
    const QFontMetrics smallMetrics(small);

    // Line 1: [Kind] title ............ Page 21 · PDF p. 23
    const QString kind = index.data(SearchResultsModel::KindNameRole).toString();
    const int tagWidth = smallMetrics.horizontalAdvance(kind) + 10;
    const QRect tag(area.left(), area.top() + (fm.height() - smallMetrics.height() - 2) / 2, tagWidth, smallMetrics.height() + 2);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(selected ? pal.color(QPalette::HighlightedText) : DelegateStyle::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.18));
    painter->drawRoundedRect(tag, 3, 3);
    painter->setFont(small);
    painter->setPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Text));
    painter->drawText(tag, Qt::AlignCenter, kind);

    const QString location = index.data(SearchResultsModel::LocationRole).toString();
    const int locationWidth = smallMetrics.horizontalAdvance(location);
    painter->setPen(muted);
    painter->drawText(QRect(area.right() - locationWidth, area.top(), locationWidth, fm.height()), Qt::AlignVCenter | Qt::AlignRight,
                      location);

    const int titleLeft = tag.right() + 6;
    const int titleWidth = area.right() - locationWidth - 8 - titleLeft;
    QString title = index.data(SearchResultsModel::TitleRole).toString();
    painter->setFont(option.font);
    painter->setPen(text);
    painter->drawText(QRect(titleLeft, area.top(), std::max(0, titleWidth), fm.height()), Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(title, Qt::ElideRight, std::max(0, titleWidth)));

    // Lines 2-3: the snippet, matched words in bold, clipped to two lines.
    QTextDocument doc;
    doc.setDefaultFont(small);
    doc.setDocumentMargin(0);
    doc.setTextWidth(area.width());
    doc.setHtml(QStringLiteral("<span style=\"color:%1\">%2</span>")
                    .arg(muted.name(), index.data(SearchResultsModel::SnippetHtmlRole).toString()));
    const QRect snippetRect(area.left(), area.top() + fm.height() + 2, area.width(), kSnippetLines * smallMetrics.lineSpacing());
    painter->translate(snippetRect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), snippetRect.size()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, muted);
    doc.documentLayout()->draw(painter, context);
    painter->restore();

    if (!selected) {
        painter->save();
        painter->setPen(DelegateStyle::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.1));
        painter->drawLine(option.rect.left() + DelegateStyle::kPadding, option.rect.bottom(), option.rect.right() - DelegateStyle::kPadding, option.rect.bottom());
        painter->restore();
    }
}

} // namespace scrutineer::gui
