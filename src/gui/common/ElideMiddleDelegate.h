#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;
class QFontMetrics;

namespace scrutineer::gui {

// Shows a committee's name by what tells it apart when the column cannot show it whole: names
// start alike and differ at their end ("Overview and Scrutiny Committee (Children's Services and
// Safeguarding)" beside "… (Regeneration and Skills)"), so a name that ends with a qualifier in
// brackets shows the qualifier, on as many lines as the row has; any other name is cut in the
// middle on one line, so both its start and its end stay in sight. A name that fits whole on the
// row's lines where the view wraps ("County / Council") shows whole; one that fits in short
// (BodyShortName: "Marshfield / HWB") shows in short before anything is cut. The whole name is in
// the cell's tooltip. GUI thread only.
class ElideMiddleDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElideMiddleDelegate)

public:
    explicit ElideMiddleDelegate(QObject* parent = nullptr);
    // Sets one (shared) delegate on these columns of the view.
    static void install(QAbstractItemView* view, const QList<int>& columns);

    // What a cell `width` pixels wide (for its text) shows of `name`: the name when it fits on
    // one line, else its qualifier in brackets when it has one (wrapped by the view), else the
    // name in short (BodyShortName), cut in the middle when that is still too wide.
    static QString shownText(const QString& name, const QFontMetrics& metrics, int width);
    // True when `name` word-wrapped in a cell `width` pixels wide fits `height` pixels, no word cut.
    static bool fitsWrapped(const QString& name, const QFontMetrics& metrics, int width, int height);
    // The words in brackets that end a name ("Regeneration and Skills"); empty when none.
    static QString qualifier(const QString& name);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace scrutineer::gui
