#include "tables/HeadingSplitter.h"
#include "LayoutBuilders.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::PageBuilder;

namespace {

using Fit = HeadingSplitter::Fit;

// The texts of the headings the splitter finds on the page's first line.
QStringList splitterHeadings(const PageBuilder& page)
{
    const HeadingSplitter splitter(Lexicon::instance());
    const layout::LayoutPage built = page.build();
    QStringList texts;
    for (const HeadingSplitter::Group& group : splitter.groups(built.lines.first()))
        texts.append(group.text);
    return texts;
}

} // namespace

TEST(HeadingSplitter, SplitsAtWideGaps)
{
    PageBuilder page(1, QSizeF(842, 595));
    page.row(80, {{40, QStringLiteral("Ref")}, {90, QStringLiteral("Action")}, {330, QStringLiteral("Lead Officer")}},
             9);
    EXPECT_EQ(splitterHeadings(page),
              (QStringList {QStringLiteral("Ref"), QStringLiteral("Action"), QStringLiteral("Lead Officer")}));
}

TEST(HeadingSplitter, SplitsKnownHeadingsPrintedCloseTogether)
{
    PageBuilder page(1, QSizeF(842, 595));
    page.text(40, 80, QStringLiteral("Ref Action"), 9);
    page.text(330, 80, QStringLiteral("Lead"), 9);
    const HeadingSplitter splitter(Lexicon::instance());
    const layout::LayoutPage built = page.build();
    const QList<HeadingSplitter::Group> groups = splitter.groups(built.lines.first());
    ASSERT_EQ(groups.size(), 3);
    EXPECT_EQ(groups.at(0).text.toStdString(), "Ref");
    EXPECT_EQ(groups.at(1).text.toStdString(), "Action");
    // The pieces keep their own words' edges.
    EXPECT_DOUBLE_EQ(groups.at(0).left, 40);
    EXPECT_DOUBLE_EQ(groups.at(1).right, groups.at(1).words.last().box.right());
    EXPECT_LT(groups.at(0).right, groups.at(1).left);
}

TEST(HeadingSplitter, SplitsAfterAWordBrokenAcrossTheCell)
{
    // "Timescal e" is "Timescale" broken where its cell wrapped; it still ends a heading.
    PageBuilder page(1, QSizeF(842, 595));
    page.text(40, 80, QStringLiteral("Ref Action Timescal e Lead"), 9);
    EXPECT_EQ(splitterHeadings(page),
              (QStringList {QStringLiteral("Ref"), QStringLiteral("Action"), QStringLiteral("Timescal e"),
                            QStringLiteral("Lead")}));
}

TEST(HeadingSplitter, KeepsAWholePhraseAndBodyTextInOnePiece)
{
    PageBuilder page(1, QSizeF(842, 595));
    page.text(40, 80, QStringLiteral("Lead Officer"), 9);
    page.text(330, 80, QStringLiteral("Review the protocol with partners and report back to the board in March"), 9);
    EXPECT_EQ(
        splitterHeadings(page),
        (QStringList {QStringLiteral("Lead Officer"),
                      QStringLiteral("Review the protocol with partners and report back to the board in March")}));
}

TEST(HeadingSplitter, GradesTextsAgainstTheLexicon)
{
    const HeadingSplitter splitter(Lexicon::instance());
    EXPECT_EQ(splitter.fit(QStringLiteral("Action")), Fit::Phrase);
    EXPECT_EQ(splitter.fit(QStringLiteral("Requires")), Fit::Prefix); // "Requires Improvement" wraps
    EXPECT_EQ(splitter.fit(QStringLiteral("Lorem ipsum")), Fit::Unknown);
    EXPECT_EQ(splitter.fit(QString()), Fit::Unknown);
    EXPECT_TRUE(splitter.spanning(QStringLiteral("Thresholds")));
    EXPECT_FALSE(splitter.spanning(QStringLiteral("Action")));
}
