#include "pages/RunningLines.h"
#include "../LayoutBuilders.h"
#include "pages/Furniture.h"
#include "pages/FurnitureKinds.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;

namespace {

// Distinct body text per page: lines differing only in their digits would count as repeats.
QString bodyText(int n)
{
    static const QStringList words {QStringLiteral("apologies"), QStringLiteral("declarations"),
                                    QStringLiteral("minutes"),   QStringLiteral("budget"),
                                    QStringLiteral("fostering"), QStringLiteral("adoption"),
                                    QStringLiteral("schools"),   QStringLiteral("transport"),
                                    QStringLiteral("housing"),   QStringLiteral("libraries")};
    return QStringLiteral("Discussion of %1 and %2")
        .arg(words.at(n % words.size()), words.at((n / words.size()) % words.size()));
}

QStringList lineTexts(const layout::LayoutPage& page)
{
    QStringList texts;
    for (const layout::LayoutLine& line : page.lines)
        texts.append(line.text());
    return texts;
}

layout::LayoutDocument strippedDocument(const QList<layout::LayoutPage>& pages)
{
    layout::LayoutDocument document = documentOf(pages);
    parse::Furniture::strip(document);
    return document;
}

} // namespace

TEST(RunningLines, SignatureNormalisesDigitsCaseAndSpaces)
{
    EXPECT_EQ(parse::RunningLines::signature(QStringLiteral("Minutes  -  TUESDAY 10TH JULY, 2018")),
              QStringLiteral("minutes - tuesday #th july, #"));
    EXPECT_EQ(parse::RunningLines::signature(QStringLiteral("Page 3 of 12")),
              parse::RunningLines::signature(QStringLiteral("Page 11 of 12")));
}

TEST(RunningLines, WrappedRunningHeaderIsRemovedFromEveryPage)
{
    QList<layout::LayoutPage> pages;
    for (int n = 1; n <= 6; ++n) {
        PageBuilder page(n);
        page.text(62, 76, QStringLiteral("OVERVIEW AND SCRUTINY COMMITTEE (CHILDREN'S SERVICES AND SAFEGUARDING)"),
                  10.2)
            .text(62, 90, QStringLiteral("- TUESDAY 10TH JULY, 2018"), 10.2)
            .text(62, 108, bodyText(n), 10.2)
            .text(62, 400, QStringLiteral("More text"), 10.2);
        pages.append(page.raw());
    }
    const layout::LayoutDocument document = strippedDocument(pages);
    for (const layout::LayoutPage& page : document.pages) {
        const QStringList texts = lineTexts(page);
        ASSERT_EQ(texts.size(), 2) << texts.join(QLatin1Char('|')).toStdString();
        EXPECT_EQ(texts.first(), bodyText(page.number));
        EXPECT_EQ(page.furniture.removedLines.size(), 2);
        EXPECT_TRUE(parse::furniture::hasEntry(page.furniture.removedLines, parse::furniture::Kind::RunningHeader));
    }
}

TEST(RunningLines, HeaderAtNearlyTheSameHeightWithChangingNumbers)
{
    QList<layout::LayoutPage> pages;
    for (int n = 1; n <= 4; ++n) {
        PageBuilder page(n);
        page.text(62, 40 + (n % 2) * 1.5, QStringLiteral("Cabinet report %1 of 4 - 13 March 2025").arg(n), 9)
            .text(62, 200, QStringLiteral("Body %1").arg(n));
        pages.append(page.raw());
    }
    const layout::LayoutDocument document = strippedDocument(pages);
    for (const layout::LayoutPage& page : document.pages)
        EXPECT_EQ(lineTexts(page), QStringList {QStringLiteral("Body %1").arg(page.number)});
}

// "Nearly the same height" is a share of the type: the same header printed twice the size, its
// place varying twice as much, is still one header.
TEST(RunningLines, HeaderAtNearlyTheSameHeightOnALargerPage)
{
    const qreal scale = 2;
    QList<layout::LayoutPage> pages;
    for (int n = 1; n <= 4; ++n) {
        PageBuilder page(n, QSizeF(595 * scale, 842 * scale));
        page.text(62 * scale, (40 + (n % 2) * 3) * scale, QStringLiteral("Cabinet report - 13 March 2025"), 10 * scale)
            .text(62 * scale, 200 * scale, bodyText(n), 11 * scale);
        pages.append(page.raw());
    }
    const layout::LayoutDocument document = strippedDocument(pages);
    for (const layout::LayoutPage& page : document.pages)
        EXPECT_EQ(lineTexts(page), QStringList {bodyText(page.number)});
}

TEST(RunningLines, UsStyleFooterWithThreeFieldsAndPageNumber)
{
    QList<layout::LayoutPage> pages;
    for (int n = 1; n <= 4; ++n) {
        PageBuilder page(n, QSizeF(612, 792));
        page.row(52,
                 {{55, QStringLiteral("City Council")},
                  {253, QStringLiteral("Regular Meeting Agenda")},
                  {484, QStringLiteral("January 10, 2023")}},
                 9)
            .text(55, 300, QStringLiteral("Item %1 text").arg(n))
            .row(747,
                 {{55, QStringLiteral("City of Hermosa Beach")},
                  {293, QStringLiteral("Page %1").arg(n)},
                  {490, QStringLiteral("Printed on 1/6/2023")}},
                 9);
        pages.append(page.raw());
    }
    const layout::LayoutDocument document = strippedDocument(pages);
    for (const layout::LayoutPage& page : document.pages) {
        EXPECT_EQ(page.furniture.printedPage, page.number);
        EXPECT_EQ(lineTexts(page), QStringList {QStringLiteral("Item %1 text").arg(page.number)});
        EXPECT_TRUE(parse::furniture::hasEntry(page.furniture.removedLines, parse::furniture::Kind::RunningFooter));
    }
}

// The outer margin, where a header of three fields may run, is a share of the page: the US-style
// header 52 pt from the top of a Letter page is still in it on the page printed 1.41 times larger.
TEST(RunningLines, ThreeFieldHeaderOnALargerPage)
{
    const qreal scale = 1.41;
    QList<layout::LayoutPage> pages;
    for (int n = 1; n <= 4; ++n) {
        PageBuilder page(n, QSizeF(612 * scale, 792 * scale));
        page.row(52 * scale,
                 {{55 * scale, QStringLiteral("City Council")},
                  {253 * scale, QStringLiteral("Regular Meeting Agenda")},
                  {484 * scale, QStringLiteral("January 10, 2023")}},
                 9 * scale)
            .text(55 * scale, 300 * scale, QStringLiteral("Item %1 text").arg(n), 11 * scale);
        pages.append(page.raw());
    }
    const layout::LayoutDocument document = strippedDocument(pages);
    for (const layout::LayoutPage& page : document.pages) {
        EXPECT_EQ(lineTexts(page), QStringList {QStringLiteral("Item %1 text").arg(page.number)});
        EXPECT_TRUE(parse::furniture::hasEntry(page.furniture.removedLines, parse::furniture::Kind::RunningHeader));
    }
}

// The same header on content set 40 pt further in (a page grown around it): it stands apart above
// the text, so it is still in the outer margin and its three fields are allowed.
TEST(RunningLines, ThreeFieldHeaderOfContentSetIn)
{
    const qreal shift = 40;
    QList<layout::LayoutPage> pages;
    for (int n = 1; n <= 4; ++n) {
        PageBuilder page(n, QSizeF(612 + shift, 792 + shift));
        page.row(52 + shift,
                 {{55 + shift, QStringLiteral("City Council")},
                  {253 + shift, QStringLiteral("Regular Meeting Agenda")},
                  {484 + shift, QStringLiteral("January 10, 2023")}},
                 9)
            .text(55 + shift, 90 + shift, bodyText(n), 11)
            .text(55 + shift, 300 + shift, bodyText(n + 10), 11);
        pages.append(page.raw());
    }
    const layout::LayoutDocument document = strippedDocument(pages);
    for (const layout::LayoutPage& page : document.pages) {
        EXPECT_EQ(lineTexts(page), QStringList({bodyText(page.number), bodyText(page.number + 10)}));
        EXPECT_TRUE(parse::furniture::hasEntry(page.furniture.removedLines, parse::furniture::Kind::RunningHeader));
    }
}

// Content moved further in than a margin (80 pt down on a Letter page, whose margin is 62 pt; at
// other scales too): the header starts beyond the two margins a band may start within on a page
// of its own, but within them counted from where the document's pages begin, so it stays a band
// in the outer margin and its three fields are allowed.
TEST(RunningLines, ThreeFieldHeaderOfContentMovedDownMoreThanAMargin)
{
    const qreal shift = 80;
    for (const qreal scale : {0.7, 1.0, 1.41}) {
        QList<layout::LayoutPage> pages;
        for (int n = 1; n <= 4; ++n) {
            PageBuilder page(n, QSizeF(612 * scale, 792 * scale + shift));
            page.row(52 * scale + shift,
                     {{55 * scale, QStringLiteral("City Council")},
                      {253 * scale, QStringLiteral("Regular Meeting Agenda")},
                      {484 * scale, QStringLiteral("January 10, 2023")}},
                     9 * scale)
                .text(55 * scale, 90 * scale + shift, bodyText(n), 11 * scale)
                .text(55 * scale, 300 * scale + shift, bodyText(n + 10), 11 * scale);
            pages.append(page.raw());
        }
        const layout::LayoutDocument document = strippedDocument(pages);
        for (const layout::LayoutPage& page : document.pages) {
            EXPECT_EQ(lineTexts(page), QStringList({bodyText(page.number), bodyText(page.number + 10)}))
                << "scale " << scale;
            EXPECT_TRUE(
                parse::furniture::hasEntry(page.furniture.removedLines, parse::furniture::Kind::RunningHeader))
                << "scale " << scale;
        }
    }
}

TEST(RunningLines, BodyLineRepeatedTwiceInALongDocumentStays)
{
    QList<layout::LayoutPage> pages;
    for (int n = 1; n <= 20; ++n) {
        PageBuilder page(n);
        if (n == 3 || n == 10 || n == 17) // a report template's heading, at the top of scattered pages
            page.text(62, 76, QStringLiteral("Reasons for the Recommendation(s):"));
        else if (n == 6 || n == 7) // the same sentence twice on consecutive pages
            page.text(62, 76, QStringLiteral("That the report be noted."));
        else
            page.text(62, 76, bodyText(n));
        page.text(62, 300, QStringLiteral("Body"));
        pages.append(page.raw());
    }
    const layout::LayoutDocument document = strippedDocument(pages);
    for (const layout::LayoutPage& page : document.pages) {
        EXPECT_EQ(page.lines.size(), 2) << page.number;
        EXPECT_TRUE(page.furniture.removedLines.isEmpty());
    }
}

TEST(RunningLines, RepeatedTableHeaderRowsStay)
{
    QList<layout::LayoutPage> pages;
    for (int n = 1; n <= 5; ++n) {
        PageBuilder page(n);
        page.row(78,
                 {{65, QStringLiteral("Ref")},
                  {92, QStringLiteral("Action")},
                  {343, QStringLiteral("Progress")},
                  {402, QStringLiteral("Lead")},
                  {460, QStringLiteral("Update")}},
                 9)
            .row(90, {{343, QStringLiteral("Review Date")}, {460, QStringLiteral("Commentary")}}, 9)
            .row(120, {{65, QStringLiteral("1.1.%1").arg(n)}, {92, QStringLiteral("Do the thing")}}, 9);
        pages.append(page.raw());
    }
    const layout::LayoutDocument document = strippedDocument(pages);
    for (const layout::LayoutPage& page : document.pages) {
        EXPECT_EQ(page.lines.size(), 3);
        EXPECT_TRUE(page.furniture.removedLines.isEmpty());
    }
}

// A header row of three cells over the table's rows (no band apart, so not in the outer margin),
// gutters 18 pt apart in 9 pt type and half that at half size: its cells part at 1.5 type
// heights at any scale (a 12 pt floor joined them at half size), so it is not a running line.
TEST(RunningLines, RepeatedTableHeaderRowsStayAtAnyScale)
{
    for (const qreal scale : {0.5, 1.0, 2.0}) {
        QList<layout::LayoutPage> pages;
        for (int n = 1; n <= 5; ++n) {
            PageBuilder page(n, QSizeF(595, 842) * scale);
            page.row(78 * scale,
                     {{65 * scale, QStringLiteral("Ref")},
                      {96.5 * scale, QStringLiteral("Progress")},
                      {150.5 * scale, QStringLiteral("Lead")}},
                     9 * scale)
                .row(90 * scale, {{65 * scale, QStringLiteral("1.1.%1").arg(n)}, {96.5 * scale, bodyText(n)}},
                     9 * scale)
                .text(96.5 * scale, 102 * scale, bodyText(n + 10), 9 * scale)
                .text(96.5 * scale, 114 * scale, bodyText(n + 20), 9 * scale);
            pages.append(page.raw());
        }
        const layout::LayoutDocument document = strippedDocument(pages);
        for (const layout::LayoutPage& page : document.pages) {
            EXPECT_EQ(page.lines.size(), 4) << "scale " << scale;
            EXPECT_TRUE(page.furniture.removedLines.isEmpty()) << "scale " << scale;
        }
    }
}

TEST(RunningLines, RepeatedTitleInLargerTypeStays)
{
    QList<layout::LayoutPage> pages;
    for (int n = 1; n <= 5; ++n) {
        PageBuilder page(n, QSizeF(720, 540));
        page.text(260, 39, QStringLiteral("Budget Amendment Form"), 24);
        for (int l = 0; l < 6; ++l)
            page.text(49, 103 + l * 14, QStringLiteral("Proposer line %1 on form %2").arg(l).arg(n), 12);
        pages.append(page.raw());
    }
    const layout::LayoutDocument document = strippedDocument(pages);
    for (const layout::LayoutPage& page : document.pages)
        EXPECT_EQ(page.lines.first().text(), QStringLiteral("Budget Amendment Form"));
}

TEST(RunningLines, TwoPageDocumentStripsOnlyTheOuterMargin)
{
    QList<layout::LayoutPage> pages;
    for (int n = 1; n <= 2; ++n) {
        PageBuilder page(n);
        page.text(62, 30, QStringLiteral("Agenda - Cabinet"), 9)
            .text(62, 100, QStringLiteral("Apologies for absence"))
            .text(62, 300, QStringLiteral("Body %1").arg(n));
        pages.append(page.raw());
    }
    const layout::LayoutDocument document = strippedDocument(pages);
    for (const layout::LayoutPage& page : document.pages) {
        EXPECT_EQ(lineTexts(page),
                  (QStringList {QStringLiteral("Apologies for absence"), QStringLiteral("Body %1").arg(page.number)}));
    }
}
