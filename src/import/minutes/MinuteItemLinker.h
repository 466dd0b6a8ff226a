#pragma once

#include "AgendaItem.h"
#include "Resolution.h"

#include <QList>
#include <QString>

// Links the minutes of a meeting to the items of that meeting's own agenda. Minute numbers often
// run on from earlier meetings (Worcestershire minutes 389, 390 ... record items 1, 2 ...), so
// numbers are never compared directly: a minute's item is printed ("(Item 6)") or inferred from
// a title equal to one agenda item's title after normalising case, punctuation, dashes and "&".
// When several items share the title, the offset between minute and item numbers that the other
// matches agree on picks one; otherwise, and when no title matches, the item stays unknown.
// Minute::itemMethod records how each link was made. Stateless; any thread.
namespace scrutineer::parse {

class MinuteItemLinker final {
public:
    // Fills Minute::item / itemMethod where they are empty; `agenda` must be the same meeting's.
    static void link(QList<Minute>& minutes, const QList<AgendaItem>& agenda);

    // The comparison key of a title: "Apologies & Welcome." -> "apologies and welcome".
    static QString titleKey(const QString& title);
};

} // namespace scrutineer::parse
