#include "../LayoutBuilders.h"
#include "minutes/MinutesLines.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;

// The minutes' own look at the margins (lines the furniture pass left behind, the agenda stamp
// of a page it did not stamp) uses the same zone as that pass (MarginZone): content set further
// in than the edge margin keeps its margin lines.

namespace {

QStringList textsOf(const QList<parse::MinutesLine>& lines)
{
    QStringList texts;
    for (const parse::MinutesLine& line : lines)
        texts.append(line.text);
    return texts;
}

// A minutes page whose content is set `shift` points in, on a page grown by as much.
PageBuilder minutesPage(int number, qreal shift, const QString& body)
{
    PageBuilder page(number, QSizeF(595 + shift, 842 + shift));
    page.text(420 + shift, 31 + shift, QStringLiteral("Agenda Item 4"), 11)
        .text(72 + shift, 108 + shift, body, 11)
        .text(72 + shift, 122 + shift, QStringLiteral("The minutes were agreed."), 11);
    return page;
}

} // namespace

TEST(MinutesMargin, AgendaStampOfContentSetIn)
{
    for (const qreal shift : {0.0, 40.0}) {
        const layout::LayoutPage page = minutesPage(1, shift, QStringLiteral("1. Apologies")).build();
        EXPECT_EQ(parse::minutes::agendaStamp(page), 4) << shift;
    }
}

TEST(MinutesMargin, StampLineOfContentSetInIsDropped)
{
    for (const qreal shift : {0.0, 40.0}) {
        const layout::LayoutDocument document
            = documentOf({minutesPage(1, shift, QStringLiteral("1. Apologies")).build()});
        EXPECT_EQ(textsOf(parse::minutes::collectLines(document, 1, 1)),
                  QStringList({QStringLiteral("1. Apologies"), QStringLiteral("The minutes were agreed.")}))
            << shift;
    }
}

// A running header on slides set 60 pt in sits below the band a share of the page's height
// gives; the band moves in with the content, and the repeated header is dropped.
TEST(MinutesMargin, RunningHeaderOfSlidesSetIn)
{
    const qreal shift = 60;
    QList<layout::LayoutPage> pages;
    const QStringList bodies {QStringLiteral("Apologies were received"), QStringLiteral("Declarations of interest"),
                              QStringLiteral("Budget monitoring report")};
    for (int n = 1; n <= 3; ++n) {
        PageBuilder page(n, QSizeF(720 + shift, 540 + shift));
        page.text(72 + shift, 36 + shift, QStringLiteral("Scrutiny Committee minutes"), 9)
            .text(72 + shift, 80 + shift, bodies.at(n - 1), 11);
        pages.append(page.build());
    }
    EXPECT_EQ(textsOf(parse::minutes::collectLines(documentOf(pages), 1, 3)), bodies);
}
