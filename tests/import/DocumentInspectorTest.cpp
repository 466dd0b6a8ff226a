// What the inspection report says was seen and not read, on pages built from words at positions.
#include "DocumentInspector.h"
#include "LayoutBuilders.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;

// A table of figures whose right-aligned numbers start a little apart from line to line (2.8 pt
// in 10 pt type) is one aligned block on the page as printed and on the same page printed 1.2
// times larger: how far apart cells of one column may start grows with the type.
TEST(DocumentInspector, FiguresWithRaggedStartsAreOneBlockAtAnySize)
{
    for (const qreal scale : {1.0, 1.2}) {
        PageBuilder page(1, QSizeF(842 * scale, 595 * scale));
        const QStringList labels {QStringLiteral("Removal of grant"), QStringLiteral("Contributions to reserves"),
                                  QStringLiteral("Prior year savings"), QStringLiteral("Net change in budget")};
        for (int k = 0; k < labels.size(); ++k) {
            const qreal ragged = (k % 2) * 2.8;
            page.row((100 + 14 * k) * scale,
                     {{60 * scale, labels.at(k)},
                      {(300 + ragged) * scale, QStringLiteral("36,106.5")},
                      {(400 + ragged) * scale, QStringLiteral("27,481.5")}},
                     10 * scale);
        }
        const QList<PageRegion> regions = DocumentInspector::inspect(documentOf({page.build()}), ImportBundle {}, {});
        ASSERT_EQ(regions.size(), 1) << scale;
        EXPECT_EQ(regions.first().kind, QStringLiteral("table")) << scale;
        EXPECT_TRUE(regions.first().detail.startsWith(QStringLiteral("not read: 4 lines of figures")))
            << scale << " " << regions.first().detail.toStdString();
    }
}
