#pragma once

#include "layout/LayoutPage.h"

#include <QList>
#include <QString>

// A geometric variant of a document's layout: the same words on another council's page. Owns
// only the description of the change (scale, shift); apply() makes the changed copy of raw pages
// (words and page size, before the furniture pass builds lines).
namespace scrutineer::testing {

struct LayoutVariant {
    QString name;
    qreal scale = 1.0; // page size, every box and so every font size
    qreal shiftX = 0; // content moved right by this much after scaling; the page grows by it
    qreal shiftY = 0; // content moved down by this much after scaling; the page grows by it

    // Every page's size and every word's box changed (raw words: lines are not built).
    QList<layout::LayoutPage> apply(const QList<layout::LayoutPage>& pages) const;

    // The variants the geometry test runs: uniform scales, margin shifts and both together.
    static QList<LayoutVariant> standard();
};

} // namespace scrutineer::testing
