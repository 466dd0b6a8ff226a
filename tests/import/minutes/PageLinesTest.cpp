#include "MinutesSheet.h"

#include "minutes/PageLines.h"

#include <gtest/gtest.h>

#include <thread>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::MinutesSheet;

// The lines of a document's pages prepared by the threads that read them (PageLines::Shared):
// whichever threads help, and in whatever order they come, the lines collected are those of
// pages prepared all at once.

namespace {

layout::LayoutDocument pagesOfMinutes(int pages)
{
    MinutesSheet sheet;
    for (int p = 1; p <= pages; ++p) {
        sheet.line(QStringLiteral("%1. ITEM HEADING NUMBER %1").arg(p)).gap();
        for (int l = 0; l < 12; ++l)
            sheet.line(QStringLiteral("Line %1 of page %2 says what was discussed there").arg(l).arg(p));
        if (p < pages)
            sheet.pageBreak();
    }
    return sheet.document();
}

QStringList described(const QList<MinutesLine>& lines)
{
    QStringList out;
    for (const MinutesLine& line : lines)
        out.append(QStringLiteral("%1|%2|%3|%4").arg(line.page).arg(line.top).arg(line.gapBefore).arg(line.text));
    return out;
}

} // namespace

TEST(PageLines, PagesPreparedByTwoThreadsAreThePagesPreparedAtOnce)
{
    const layout::LayoutDocument document = pagesOfMinutes(60);
    const QStringList expected = described(PageLines(document).collect(1, 60));
    ASSERT_GT(expected.size(), 60 * 8);
    for (int round = 0; round < 20; ++round) {
        PageLines shared(document, PageLines::Shared::Tag);
        std::thread other([&shared] { shared.help(); });
        shared.help(); // returns only once the other thread's pages are prepared too
        EXPECT_EQ(described(shared.collect(1, 60)), expected) << "round " << round;
        other.join();
    }
}

TEST(PageLines, OneThreadAlonePreparesEveryPageAndHelpingAgainChangesNothing)
{
    const layout::LayoutDocument document = pagesOfMinutes(9);
    const QStringList expected = described(PageLines(document).collect(1, 9));
    PageLines shared(document, PageLines::Shared::Tag);
    shared.help();
    EXPECT_EQ(described(shared.collect(1, 9)), expected);
    shared.help();
    EXPECT_EQ(described(shared.collect(3, 5)), described(PageLines(document).collect(3, 5)));
    EXPECT_FALSE(described(shared.collect(3, 5)).isEmpty());
}

TEST(PageLines, ADocumentWithoutPagesHasNoLinesToWaitFor)
{
    const layout::LayoutDocument empty;
    PageLines shared(empty, PageLines::Shared::Tag);
    shared.help();
    EXPECT_TRUE(shared.collect(1, 1).isEmpty());
}

// A running header set at 38.5 pt on odd pages and 40 pt on even ones (in 11 pt type) is one
// repeat on four pages, on the page printed at half size or twice the size too: its place is
// measured in steps of its height, not of 4 pt (at twice the size, 77 and 80 pt fell apart).
TEST(PageLines, RunningHeaderAtNearlyTheSamePlaceRepeatsAtAnyScale)
{
    for (const qreal scale : {0.5, 1.0, 2.0}) {
        QList<layout::LayoutPage> pages;
        for (int n = 1; n <= 4; ++n) {
            scrutineer::testing::PageBuilder page(n, QSizeF(595, 842) * scale);
            page.text(72 * scale, (n % 2 ? 38.5 : 40.0) * scale, QStringLiteral("Cabinet minutes - 13 March 2025"),
                      11 * scale)
                .text(72 * scale, 300 * scale, QStringLiteral("Body of page %1").arg(n), 11 * scale);
            pages.append(page.raw());
        }
        const layout::LayoutDocument document = scrutineer::testing::documentOf(pages);
        QStringList texts;
        for (const MinutesLine& line : PageLines(document).collect(1, 4))
            texts.append(line.text);
        EXPECT_EQ(texts,
                  QStringList({QStringLiteral("Body of page 1"), QStringLiteral("Body of page 2"),
                               QStringLiteral("Body of page 3"), QStringLiteral("Body of page 4")}))
            << "scale " << scale;
    }
}
