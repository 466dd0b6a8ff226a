#include "pages/PageMap.h"
#include "../LayoutBuilders.h"
#include "pages/Furniture.h"

#include <gtest/gtest.h>

#include <functional>

using namespace scrutineer;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;

namespace {

// What is printed on a page of a hand-built pack.
struct Sheet {
    std::optional<int> stamp; // "Page N" in the footer
    std::optional<int> bare; // a bare number in the footer
    std::optional<int> agenda; // "Agenda Item N" top right
    bool blank = false; // "This page is intentionally left blank"
    QString label; // PDF page label
    QString stampText; // the footer text, when not "Page N"
};

Sheet stamped(int page, std::optional<int> agenda = std::nullopt)
{
    Sheet sheet;
    sheet.stamp = page;
    sheet.agenda = agenda;
    return sheet;
}

Sheet blankVerso()
{
    Sheet sheet;
    sheet.blank = true;
    return sheet;
}

Sheet bareNumber(int page)
{
    Sheet sheet;
    sheet.bare = page;
    return sheet;
}

Sheet itemStamp(int item)
{
    Sheet sheet;
    sheet.agenda = item;
    return sheet;
}

layout::LayoutDocument pack(const QList<Sheet>& sheets)
{
    QList<layout::LayoutPage> pages;
    for (int i = 0; i < sheets.size(); ++i) {
        const Sheet& sheet = sheets.at(i);
        PageBuilder page(i + 1);
        if (sheet.blank) {
            page.text(194, 397, QStringLiteral("This page is intentionally left blank"), 13);
        } else {
            page.text(72, 100, QStringLiteral("Text of sheet %1").arg(i + 1));
        }
        if (sheet.agenda)
            page.text(471, 31, QStringLiteral("Agenda Item %1").arg(*sheet.agenda));
        if (!sheet.stampText.isEmpty())
            page.text(260, 805, sheet.stampText, 9);
        else if (sheet.stamp)
            page.text(281, 805, QStringLiteral("Page %1").arg(*sheet.stamp), 9);
        if (sheet.bare)
            page.text(295, 805, QString::number(*sheet.bare), 9);
        layout::LayoutPage raw = page.raw();
        if (!sheet.label.isEmpty())
            raw.label = sheet.label;
        pages.append(raw);
    }
    layout::LayoutDocument document = documentOf(pages);
    parse::Furniture::strip(document);
    return document;
}

QList<std::optional<int>> numbers(std::initializer_list<std::optional<int>> values)
{
    return values;
}

AgendaItem item(const QString& number, int first, int last)
{
    AgendaItem result;
    result.number = number;
    result.title = QStringLiteral("Item %1").arg(number);
    result.packPages = PageRange {first, last};
    return result;
}

} // namespace

TEST(PageMap, PrintedEqualsPhysicalWithUnstampedFrontSheet)
{
    QList<Sheet> sheets(4);
    for (int n = 5; n <= 9; ++n)
        sheets.append(stamped(n, 3));
    const parse::PageMapResult map = parse::PageMap::build(pack(sheets), {});
    EXPECT_EQ(map.offset, 0);
    EXPECT_EQ(map.packPages, numbers({1, 2, 3, 4, 5, 6, 7, 8, 9}));
    EXPECT_EQ(map.evidence.at(0), QStringLiteral("offset"));
    EXPECT_EQ(map.evidence.at(4), QStringLiteral("stamp"));
    EXPECT_TRUE(map.flags.isEmpty());
    EXPECT_EQ(map.physicalFor(7), 7);
}

TEST(PageMap, CoveringLetterAndBlankVersoBeforePageOne)
{
    QList<Sheet> sheets {Sheet(), blankVerso()};
    for (int n = 1; n <= 5; ++n)
        sheets.append(stamped(n));
    const parse::PageMapResult map = parse::PageMap::build(pack(sheets), {});
    EXPECT_EQ(map.offset, 2);
    EXPECT_EQ(map.packPages, numbers({std::nullopt, std::nullopt, 1, 2, 3, 4, 5}));
    EXPECT_EQ(map.evidence.at(0), QString());
    EXPECT_EQ(map.physicalFor(1), 3);
}

TEST(PageMap, UnstampedBlankVersosInsideTheRunAreInterpolated)
{
    // Printed = physical - 2; versos at 4, 8 and the last page carry no stamp.
    QList<Sheet> sheets {Sheet(),    blankVerso(), stamped(1, 6), blankVerso(), stamped(3),
                         stamped(4), stamped(5),   blankVerso(),  stamped(7),   blankVerso()};
    const parse::PageMapResult map = parse::PageMap::build(pack(sheets), {});
    EXPECT_EQ(map.packPages, numbers({std::nullopt, std::nullopt, 1, 2, 3, 4, 5, 6, 7, 8}));
    EXPECT_EQ(map.evidence.at(3), QStringLiteral("interpolated"));
    EXPECT_EQ(map.evidence.at(7), QStringLiteral("interpolated"));
    EXPECT_EQ(map.evidence.at(9), QStringLiteral("offset"));
    EXPECT_TRUE(map.flags.isEmpty());
}

TEST(PageMap, OutlierStampIsFlaggedAndOverruled)
{
    QList<Sheet> sheets;
    for (int n = 1; n <= 10; ++n)
        sheets.append(stamped(n == 6 ? 60 : n));
    const parse::PageMapResult map = parse::PageMap::build(pack(sheets), {});
    EXPECT_EQ(map.offset, 0);
    EXPECT_EQ(map.packPages.at(5), 6);
    EXPECT_EQ(map.evidence.at(5), QStringLiteral("interpolated"));
    ASSERT_EQ(map.flags.size(), 1);
    EXPECT_TRUE(map.flags.first().contains(QStringLiteral("60"))) << map.flags.first().toStdString();
}

TEST(PageMap, SupplementRestartingAtOneIsASecondNumbering)
{
    QList<Sheet> sheets;
    for (int n = 1; n <= 6; ++n)
        sheets.append(stamped(n));
    sheets.append(Sheet()); // the supplement's letter
    sheets.append(blankVerso()); // its blank verso
    for (int n = 1; n <= 4; ++n)
        sheets.append(stamped(n));
    const parse::PageMapResult map = parse::PageMap::build(pack(sheets), {});
    EXPECT_EQ(map.packPages, numbers({1, 2, 3, 4, 5, 6, std::nullopt, std::nullopt, 1, 2, 3, 4}));
    EXPECT_EQ(map.offset, 0);
    ASSERT_EQ(map.flags.size(), 1);
    EXPECT_TRUE(map.flags.first().contains(QStringLiteral("PDF page 9")));
}

TEST(PageMap, PageOfTotalBoundsTheNumbering)
{
    QList<Sheet> sheets(6);
    sheets[1].stampText = QStringLiteral("Page 2 of 2");
    const parse::PageMapResult map = parse::PageMap::build(pack(sheets), {});
    EXPECT_EQ(map.packPages, numbers({1, 2, std::nullopt, std::nullopt, std::nullopt, std::nullopt}));
}

TEST(PageMap, SingleStampMapsOnlyItsOwnPage)
{
    QList<Sheet> sheets(6);
    sheets[3].stamp = 4;
    const parse::PageMapResult map = parse::PageMap::build(pack(sheets), {});
    EXPECT_EQ(map.packPages, numbers({std::nullopt, std::nullopt, std::nullopt, 4, std::nullopt, std::nullopt}));
}

TEST(PageMap, LoneStampsThatDisagreeAreKeptAndFlagged)
{
    QList<Sheet> sheets(6);
    sheets[1].stamp = 9;
    sheets[4].stamp = 1;
    const parse::PageMapResult map = parse::PageMap::build(pack(sheets), {});
    EXPECT_EQ(map.packPages, numbers({std::nullopt, 9, std::nullopt, std::nullopt, 1, std::nullopt}));
    EXPECT_EQ(map.flags.size(), 1);
}

TEST(PageMap, BareNumbersNeedARunAndOutliersAreFlagged)
{
    QList<Sheet> sheets;
    for (int n = 1; n <= 8; ++n)
        sheets.append(bareNumber(n == 5 ? 86 : n));
    const parse::PageMapResult map = parse::PageMap::build(pack(sheets), {});
    EXPECT_EQ(map.packPages, numbers({1, 2, 3, 4, 5, 6, 7, 8}));
    EXPECT_EQ(map.evidence.at(0), QStringLiteral("stamp"));
    EXPECT_EQ(map.evidence.at(4), QStringLiteral("interpolated"));
    ASSERT_EQ(map.flags.size(), 1);
    EXPECT_TRUE(map.flags.first().contains(QStringLiteral("86")));
}

TEST(PageMap, TwoBareNumbersAreNotEnough)
{
    QList<Sheet> sheets(6);
    sheets[2].bare = 1;
    sheets[3].bare = 2;
    const parse::PageMapResult map = parse::PageMap::build(pack(sheets), {});
    for (const std::optional<int>& page : map.packPages)
        EXPECT_FALSE(page.has_value());
}

TEST(PageMap, StampsWinOverBareNumbers)
{
    QList<Sheet> sheets;
    for (int n = 1; n <= 4; ++n)
        sheets.append(stamped(n + 10));
    sheets.append(bareNumber(2)); // an embedded document's own page number
    const parse::PageMapResult map = parse::PageMap::build(pack(sheets), {});
    EXPECT_EQ(map.packPages.at(4), 15);
    EXPECT_EQ(map.evidence.at(4), QStringLiteral("offset"));
}

TEST(PageMap, CalibratedFromFirstAgendaStampWithoutPageStamps)
{
    QList<Sheet> sheets {Sheet(),      blankVerso(), itemStamp(2), itemStamp(2),
                         itemStamp(3), itemStamp(3), Sheet(),      Sheet()};
    const QList<AgendaItem> agenda {item(QStringLiteral("1"), 0, 0), item(QStringLiteral("2"), 1, 2),
                                    item(QStringLiteral("3"), 3, 5)};
    const parse::PageMapResult map = parse::PageMap::build(pack(sheets), agenda);
    EXPECT_EQ(map.offset, 2);
    EXPECT_EQ(map.packPages, numbers({std::nullopt, std::nullopt, 1, 2, 3, 4, 5, std::nullopt}));
    EXPECT_EQ(map.evidence.at(2), QStringLiteral("agenda-calibrated"));
    EXPECT_TRUE(map.flags.isEmpty());
}

TEST(PageMap, CalibrationFlagsAnItemStartingOutsideItsRange)
{
    QList<Sheet> sheets {Sheet(), itemStamp(2), itemStamp(2), itemStamp(2), itemStamp(3)};
    // Item 3's stamp is on pack page 4 by item 2's calibration, but the agenda starts it at 5.
    const QList<AgendaItem> agenda {item(QStringLiteral("2"), 1, 2), item(QStringLiteral("3"), 5, 8)};
    const parse::PageMapResult map = parse::PageMap::build(pack(sheets), agenda);
    EXPECT_EQ(map.packPages.at(1), 1);
    ASSERT_EQ(map.flags.size(), 1);
    EXPECT_TRUE(map.flags.first().contains(QStringLiteral("Agenda Item 3")));
}

TEST(PageMap, PageLabelsAreUsedWithoutStamps)
{
    QList<Sheet> sheets(5);
    sheets[0].label = QStringLiteral("i");
    for (int i = 1; i < 5; ++i)
        sheets[i].label = QString::number(i);
    const parse::PageMapResult map = parse::PageMap::build(pack(sheets), {});
    EXPECT_EQ(map.packPages, numbers({std::nullopt, 1, 2, 3, 4}));
    EXPECT_EQ(map.evidence.at(1), QStringLiteral("label"));
}

TEST(PageMap, LabelsDisagreeingWithStampsAreFlagged)
{
    QList<Sheet> sheets;
    for (int n = 1; n <= 4; ++n)
        sheets.append([n] {
            Sheet sheet = stamped(n);
            sheet.label = QString::number(n + 20);
            return sheet;
        }());
    const parse::PageMapResult map = parse::PageMap::build(pack(sheets), {});
    EXPECT_EQ(map.packPages, numbers({1, 2, 3, 4}));
    EXPECT_EQ(map.flags.size(), 1);
}

TEST(PageMap, NoEvidenceLeavesEveryPageUnknown)
{
    // A two-page agenda: no stamps, no labels, no ranges, a blank back page.
    const QList<AgendaItem> agenda {[] {
        AgendaItem apologies;
        apologies.number = QStringLiteral("1");
        apologies.title = QStringLiteral("Apologies");
        return apologies;
    }()};
    const parse::PageMapResult map = parse::PageMap::build(pack({itemStamp(1), blankVerso()}), agenda);
    ASSERT_EQ(map.packPages.size(), 2);
    EXPECT_FALSE(map.packPages.at(0).has_value());
    EXPECT_FALSE(map.packPages.at(1).has_value());
    EXPECT_EQ(map.evidence, (QStringList {QString(), QString()}));
    EXPECT_FALSE(map.offset.has_value());
    EXPECT_TRUE(map.flags.isEmpty());
}

TEST(PageMap, PagesWithoutTextInsideTheRunAreInterpolated)
{
    QList<layout::LayoutPage> pages;
    for (int n = 1; n <= 6; ++n) {
        PageBuilder page(n);
        if (n != 3 && n != 4) // scanned pages: no text layer at all
            page.text(72, 100, QStringLiteral("Text")).text(281, 805, QStringLiteral("Page %1").arg(n), 9);
        pages.append(page.raw());
    }
    layout::LayoutDocument document = documentOf(pages);
    parse::Furniture::strip(document);
    const parse::PageMapResult map = parse::PageMap::build(document, {});
    EXPECT_EQ(map.packPages, numbers({1, 2, 3, 4, 5, 6}));
    EXPECT_EQ(map.evidence.at(2), QStringLiteral("interpolated"));
}
