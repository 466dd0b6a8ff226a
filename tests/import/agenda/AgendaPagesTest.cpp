#include "AgendaFixtures.h"
#include "agenda/AgendaParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;

namespace {

// A document of `count` pages; `stamps` maps a physical page to its "Agenda Item N" stamp
// as the furniture pass would have recorded it; `text` puts a line at the top of a page.
layout::LayoutDocument pack(int count, const QList<QPair<int, int>>& stamps,
                            const QList<QPair<int, QString>>& text = {})
{
    QList<layout::LayoutPage> pages;
    for (int i = 1; i <= count; ++i) {
        PageBuilder page(i);
        page.text(72, 300, QStringLiteral("Body text of page %1").arg(i));
        for (const auto& [number, line] : text) {
            if (number == i)
                page.text(71, 57, line, 12);
        }
        layout::LayoutPage built = page.build();
        for (const auto& [number, item] : stamps) {
            if (number == i)
                built.furniture.agendaStamp = item;
        }
        pages.append(built);
    }
    return documentOf(pages);
}

// Pack page = physical page - offset from page `from` on.
parse::PageMapResult offsetMap(int count, int offset, int from)
{
    parse::PageMapResult map;
    for (int i = 1; i <= count; ++i) {
        map.packPages.append(i >= from ? std::optional<int>(i - offset) : std::nullopt);
        map.evidence.append(i >= from ? QStringLiteral("stamp") : QString());
    }
    map.offset = offset;
    return map;
}

AgendaItem item(const QString& number, std::optional<PageRange> pack)
{
    AgendaItem it;
    it.number = number;
    it.title = QStringLiteral("Item %1").arg(number);
    it.packPages = pack;
    return it;
}

} // namespace

TEST(AgendaPages, RangeThroughThePageMapAgreesWithStamps)
{
    const layout::LayoutDocument doc = pack(20, {{3, 3}});
    QList<AgendaItem> items {item(QStringLiteral("3"), PageRange {1, 18})};
    parse::AgendaParser::assignPages(items, doc, offsetMap(20, 2, 3));
    EXPECT_EQ(items.at(0).pdfPages, (PageRange {3, 20}));
    EXPECT_EQ(items.at(0).pageEvidence, QStringLiteral("agenda-range+stamps"));
    EXPECT_TRUE(items.at(0).flags.isEmpty());
}

TEST(AgendaPages, RangeOnlyWithoutStamps)
{
    const layout::LayoutDocument doc = pack(14, {});
    QList<AgendaItem> items {item(QStringLiteral("4"), PageRange {9, 14})};
    parse::AgendaParser::assignPages(items, doc, offsetMap(14, 0, 1));
    EXPECT_EQ(items.at(0).pdfPages, (PageRange {9, 14}));
    EXPECT_EQ(items.at(0).pageEvidence, QStringLiteral("agenda-range"));
}

TEST(AgendaPages, StampsOnlyRunToTheNextItemOrTheEndAndGivePackPages)
{
    const layout::LayoutDocument doc = pack(12, {{3, 6}, {4, 6}, {8, 7}});
    QList<AgendaItem> items {item(QStringLiteral("6"), std::nullopt), item(QStringLiteral("7"), std::nullopt)};
    parse::AgendaParser::assignPages(items, doc, offsetMap(12, 2, 3));
    EXPECT_EQ(items.at(0).pdfPages, (PageRange {3, 7}));
    EXPECT_EQ(items.at(0).pageEvidence, QStringLiteral("stamps"));
    EXPECT_EQ(items.at(0).packPages, (PageRange {1, 5}));
    EXPECT_EQ(items.at(1).pdfPages, (PageRange {8, 12}));
}

TEST(AgendaPages, DisagreementKeepsTheRangeAndFlagsIt)
{
    const layout::LayoutDocument doc = pack(30, {{21, 4}});
    QList<AgendaItem> items {item(QStringLiteral("4"), PageRange {21, 28})};
    parse::AgendaParser::assignPages(items, doc, offsetMap(30, 2, 1));
    EXPECT_EQ(items.at(0).pdfPages, (PageRange {23, 30}));
    EXPECT_EQ(items.at(0).pageEvidence, QStringLiteral("agenda-range+stamps"));
    ASSERT_EQ(items.at(0).flags.size(), 1);
    EXPECT_TRUE(items.at(0).flags.at(0).contains(QStringLiteral("21")));
}

TEST(AgendaPages, NoEvidenceLeavesPagesUnknown)
{
    const layout::LayoutDocument doc = pack(2, {});
    parse::PageMapResult none;
    none.packPages = {std::nullopt, std::nullopt};
    none.evidence = {QString(), QString()};
    QList<AgendaItem> items {item(QStringLiteral("1"), std::nullopt), item(QStringLiteral("3"), std::nullopt)};
    parse::AgendaParser::assignPages(items, doc, none);
    for (const AgendaItem& it : items) {
        EXPECT_FALSE(it.pdfPages);
        EXPECT_FALSE(it.packPages);
        EXPECT_TRUE(it.pageEvidence.isEmpty());
    }
}

TEST(AgendaPages, RangeThatTheMapCannotPlaceStaysWithoutPdfPages)
{
    const layout::LayoutDocument doc = pack(5, {});
    QList<AgendaItem> items {item(QStringLiteral("2"), PageRange {40, 45})};
    parse::AgendaParser::assignPages(items, doc, offsetMap(5, 0, 1));
    EXPECT_FALSE(items.at(0).pdfPages);
    EXPECT_EQ(items.at(0).packPages, (PageRange {40, 45}));
}

TEST(AgendaPages, ItemKnownOnlyFromItsStampIsAddedAndFlagged)
{
    const layout::LayoutDocument doc = pack(48, {{3, 6}});
    QList<AgendaItem> items;
    parse::AgendaParser::assignPages(items, doc, offsetMap(48, 2, 3));
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.at(0).number, QStringLiteral("6"));
    EXPECT_EQ(items.at(0).pdfPages, (PageRange {3, 48}));
    EXPECT_EQ(items.at(0).packPages, (PageRange {1, 46}));
    EXPECT_EQ(items.at(0).pageEvidence, QStringLiteral("stamps"));
    EXPECT_EQ(items.at(0).pdfPage, 3);
    EXPECT_FALSE(items.at(0).title.isNull());
    EXPECT_EQ(items.at(0).flags.size(), 1);
}

TEST(AgendaPages, ReportAuthorFillsAnEmptyReportOfAndFlagsADifferentOne)
{
    const layout::LayoutDocument doc = pack(6, {{3, 3}, {5, 4}},
                                            {{3, QStringLiteral("From: Roger Gough, Leader of the Council")},
                                             {5, QStringLiteral("Report of: Head of Regulation and Compliance")}});
    QList<AgendaItem> items {item(QStringLiteral("3"), PageRange {3, 4}), item(QStringLiteral("4"), PageRange {5, 6})};
    items[1].reportOf = QStringLiteral("Chief Legal and Democratic Officer");
    parse::AgendaParser::assignPages(items, doc, offsetMap(6, 0, 1));
    EXPECT_EQ(items.at(0).reportOf, QStringLiteral("Roger Gough, Leader of the Council"));
    EXPECT_EQ(items.at(1).reportOf, QStringLiteral("Chief Legal and Democratic Officer"));
    ASSERT_EQ(items.at(1).flags.size(), 1);
    EXPECT_TRUE(items.at(1).flags.at(0).contains(QStringLiteral("Head of Regulation and Compliance")));
}

TEST(AgendaPages, RangesThatDoNotTileThePackAreFlagged)
{
    const layout::LayoutDocument doc = pack(40, {});
    QList<AgendaItem> items {item(QStringLiteral("3"), PageRange {5, 20}),
                             item(QStringLiteral("4"), PageRange {23, 30}),
                             item(QStringLiteral("5"), PageRange {29, 40})};
    parse::AgendaParser::assignPages(items, doc, offsetMap(40, 0, 1));
    EXPECT_TRUE(items.at(0).flags.isEmpty());
    ASSERT_EQ(items.at(1).flags.size(), 1);
    EXPECT_TRUE(items.at(1).flags.at(0).contains(QStringLiteral("21-22")));
    ASSERT_EQ(items.at(2).flags.size(), 1);
    EXPECT_TRUE(items.at(2).flags.at(0).contains(QStringLiteral("overlaps")));
}
