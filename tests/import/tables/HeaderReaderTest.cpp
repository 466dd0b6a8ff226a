#include "tables/HeaderReader.h"
#include "LayoutBuilders.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::PageBuilder;

namespace {

QStringList keys(const TableHeader& header)
{
    return header.keys();
}

} // namespace

TEST(HeaderReader, MatchesMultiLineHeaderWithDriftingWording)
{
    const HeaderReader reader;
    PageBuilder page(1, QSizeF(842, 595));
    page.row(80,
             {{40, QStringLiteral("Ref")},
              {90, QStringLiteral("Action")},
              {330, QStringLiteral("Progress")},
              {420, QStringLiteral("Lead")},
              {560, QStringLiteral("Commentary")}},
             9);
    page.row(91, {{330, QStringLiteral("Review")}, {560, QStringLiteral("Update")}}, 9);
    page.row(102, {{330, QStringLiteral("Date")}}, 9);
    page.row(125, {{40, QStringLiteral("1.1.1")}, {90, QStringLiteral("Review the protocol")}}, 9);
    const auto built = page.build();
    const auto header = reader.read(built.lines, 0);
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(keys(*header),
              (QStringList {QStringLiteral("ref"), QStringLiteral("action"), QStringLiteral("due"),
                            QStringLiteral("owner"), QStringLiteral("commentary")}));
    EXPECT_EQ(header->lineCount, 3);
    EXPECT_EQ(header->columns.at(2).heading, QStringLiteral("Progress Review Date"));
    EXPECT_DOUBLE_EQ(header->columns.at(2).left, 330);
    EXPECT_FALSE(reader.read(built.lines, 3).has_value()); // a body row is no header
}

TEST(HeaderReader, SlashedAndReorderedWordings)
{
    const HeaderReader reader;
    PageBuilder page(1, QSizeF(842, 595));
    page.row(80,
             {{40, QStringLiteral("Ref")},
              {90, QStringLiteral("Action")},
              {330, QStringLiteral("Progress / Review Date")},
              {450, QStringLiteral("Lead")},
              {560, QStringLiteral("Commentary Update")}},
             9);
    const auto header = reader.read(page.build().lines, 0);
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(header->columns.size(), 5);
    EXPECT_EQ(header->columns.at(2).key, QStringLiteral("due"));
    EXPECT_EQ(header->columns.at(4).key, QStringLiteral("commentary"));
}

TEST(HeaderReader, HeadingWrappedInsideItsCell)
{
    // "What does it" above "show?": the heading's last word wraps below its first words while the
    // other headings stay on one line.
    const HeaderReader reader;
    PageBuilder page(1);
    page.row(80,
             {{60, QStringLiteral("Measure")},
              {180, QStringLiteral("What does it")},
              {300, QStringLiteral("Lead")},
              {400, QStringLiteral("Good")}},
             10);
    page.row(91, {{180, QStringLiteral("show?")}}, 10);
    page.row(120, {{60, QStringLiteral("Review the protocol")}, {180, QStringLiteral("That it works")}}, 10);
    const auto built = page.build();
    const auto header = reader.read(built.lines, 0);
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(keys(*header),
              (QStringList {QStringLiteral("measure"), QStringLiteral("description"), QStringLiteral("owner"),
                            QStringLiteral("Good")}));
    EXPECT_EQ(header->lineCount, 2);
    EXPECT_DOUBLE_EQ(header->columns.at(1).left, 180);
}

TEST(HeaderReader, AHeadingThatNeverFinishesStaysUnnamedAndTakesNoLineBelow)
{
    const HeaderReader reader;
    PageBuilder page(1);
    // The wrapped heading is never completed: the line below is no continuation of it.
    page.row(80, {{60, QStringLiteral("Action")}, {180, QStringLiteral("What does it")}, {300, QStringLiteral("Lead")}},
             10);
    page.row(91, {{180, QStringLiteral("mean?")}}, 10);
    // Nor is a completion under another heading.
    page.row(130,
             {{60, QStringLiteral("Action")}, {180, QStringLiteral("What does it")}, {300, QStringLiteral("Lead")}},
             10);
    page.row(141, {{300, QStringLiteral("show")}}, 10);
    const auto built = page.build();
    for (const qsizetype start : {0, 2}) {
        const auto header = reader.read(built.lines, start);
        ASSERT_TRUE(header.has_value()) << start;
        EXPECT_EQ(header->lineCount, 1) << start;
        EXPECT_TRUE(header->columns.at(1).roles.isEmpty()) << start;
        EXPECT_EQ(header->columns.at(2).key, QStringLiteral("owner")) << start;
    }
}

TEST(HeaderReader, SpanningHeadingIsNotAColumn)
{
    const HeaderReader reader;
    PageBuilder page(1);
    page.row(80, {{60, QStringLiteral("Measure")}, {330, QStringLiteral("Thresholds")}}, 8);
    page.row(92, {{330, QStringLiteral("Inadequate")}, {450, QStringLiteral("Good")}}, 8);
    const auto header = reader.read(page.build().lines, 0);
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(keys(*header),
              (QStringList {QStringLiteral("measure"), QStringLiteral("Inadequate"), QStringLiteral("Good")}));
}

TEST(HeaderReader, ProseIsNoHeader)
{
    const HeaderReader reader;
    PageBuilder page(1);
    page.text(60, 80, QStringLiteral("Action was taken to review the date of the meeting"), 10);
    page.text(60, 100, QStringLiteral("Lead"), 10); // one heading word alone is not a header row
    // Justified prose: wide gaps between words, but the words are no headings.
    page.row(120,
             {{60, QStringLiteral("The")},
              {120, QStringLiteral("officer")},
              {200, QStringLiteral("reported")},
              {280, QStringLiteral("progress")},
              {360, QStringLiteral("since")},
              {440, QStringLiteral("then")}},
             10);
    const auto built = page.build();
    for (qsizetype i = 0; i < built.lines.size(); ++i)
        EXPECT_FALSE(reader.read(built.lines, i).has_value()) << i;
}

TEST(HeaderReader, PhraseHeadingsOfOutcomeBasedPlans)
{
    // Nine columns on a landscape page, headed with whole phrases, several wrapping in their cells.
    const HeaderReader reader;
    PageBuilder page(1, QSizeF(1190, 842));
    constexpr qreal f = 8;
    page.row(60,
             {{30, QStringLiteral("Outcome")},
              {140, QStringLiteral("Ref")},
              {175, QStringLiteral("Objective")},
              {300, QStringLiteral("What we will do")},
              {520, QStringLiteral("How we will know it")},
              {660, QStringLiteral("Who leads")},
              {760, QStringLiteral("RAG")},
              {820, QStringLiteral("By when")},
              {900, QStringLiteral("Detailed plan")}},
             f);
    page.row(70, {{520, QStringLiteral("has worked")}}, f);
    const auto header = reader.read(page.build().lines, 0);
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(keys(*header),
              (QStringList {QStringLiteral("outcome"), QStringLiteral("ref"), QStringLiteral("objective"),
                            QStringLiteral("action"), QStringLiteral("evidence"), QStringLiteral("owner"),
                            QStringLiteral("status"), QStringLiteral("due"), QStringLiteral("plan")}));
    EXPECT_EQ(header->lineCount, 2);
    EXPECT_EQ(header->knownColumns(), 9);
}

TEST(HeaderReader, BrokenWordsCueWordsAndUnknownColumns)
{
    const HeaderReader reader;
    PageBuilder page(1, QSizeF(960, 540));
    constexpr qreal f = 12;
    // "Timescal" above "e" (a word broken by its narrow cell), "Shared" above "Outcome", a heading
    // named only by a cue word ("Key milestones 2024/25"), and one the lexicon does not know.
    page.row(40,
             {{45, QStringLiteral("What we have committed to")},
              {430, QStringLiteral("Led by")},
              {560, QStringLiteral("Timescal")},
              {640, QStringLiteral("Key milestones 2024/25")},
              {800, QStringLiteral("Partners")},
              {880, QStringLiteral("Shared")}},
             f);
    page.row(54, {{560, QStringLiteral("e")}, {880, QStringLiteral("Outcome")}}, f);
    const auto header = reader.read(page.build().lines, 0);
    ASSERT_TRUE(header.has_value());
    ASSERT_EQ(header->columns.size(), 6);
    EXPECT_EQ(header->columns.at(0).key, QStringLiteral("action"));
    EXPECT_EQ(header->columns.at(1).key, QStringLiteral("owner"));
    EXPECT_EQ(header->columns.at(2).key, QStringLiteral("due"));
    EXPECT_TRUE(header->columns.at(2).byPhrase);
    EXPECT_EQ(header->columns.at(3).key, QStringLiteral("due"));
    EXPECT_FALSE(header->columns.at(3).byPhrase);
    EXPECT_TRUE(header->columns.at(4).roles.isEmpty());
    EXPECT_EQ(header->columns.at(5).roles, (QStringList {QStringLiteral("outcome"), QStringLiteral("tag")}));
    EXPECT_EQ(header->lineCount, 2);
}

TEST(HeaderReader, ScorecardHeadings)
{
    const HeaderReader reader;
    PageBuilder page(1, QSizeF(842, 595));
    page.row(50,
             {{40, QStringLiteral("Measure")},
              {300, QStringLiteral("Target")},
              {360, QStringLiteral("Q3 Actual")},
              {430, QStringLiteral("RAG")},
              {480, QStringLiteral("Direction")},
              {560, QStringLiteral("Previous")}},
             9);
    const auto header = reader.read(page.build().lines, 0);
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(keys(*header),
              (QStringList {QStringLiteral("measure"), QStringLiteral("target"), QStringLiteral("actual"),
                            QStringLiteral("status"), QStringLiteral("direction"), QStringLiteral("previous")}));
    EXPECT_EQ(header->columns.at(2).heading, QStringLiteral("Q3 Actual"));
}

TEST(HeaderReader, HeadingsCentredInTallCellsStartAboveTheFirstFullLine)
{
    // Word tables centre headings vertically: the long heading starts a line above the others and
    // the first line holding two headings ends it.
    const HeaderReader reader;
    PageBuilder page(1, QSizeF(842, 595));
    page.text(40, 20, QStringLiteral("Improvement plan 2025"), 14);
    page.row(50, {{300, QStringLiteral("How we will know it")}}, 9);
    page.row(61,
             {{40, QStringLiteral("Ref")},
              {80, QStringLiteral("Action")},
              {300, QStringLiteral("has worked")},
              {500, QStringLiteral("Lead")},
              {600, QStringLiteral("Due")}},
             9);
    const auto built = page.build();
    const auto header = reader.read(built.lines, 2);
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(header->keys(),
              (QStringList {QStringLiteral("ref"), QStringLiteral("action"), QStringLiteral("evidence"),
                            QStringLiteral("owner"), QStringLiteral("due")}));
    EXPECT_DOUBLE_EQ(header->top, 50);
    EXPECT_EQ(header->columns.at(2).heading, QStringLiteral("How we will know it has worked"));
    // The title above is no part of the header.
    EXPECT_FALSE(reader.read(built.lines, 0).has_value());
}

TEST(HeaderReader, AHeadingStandingHigherThanItsNeighboursWithItsDateBelow)
{
    const HeaderReader reader;
    PageBuilder page(1);
    page.text(344, 325, QStringLiteral("Actual"), 12.3);
    page.row(331.3, {{90.5, QStringLiteral("Credit risk indicator")}, {425, QStringLiteral("Minimum")}}, 12.3);
    page.text(333, 337.7, QStringLiteral("30/09/2024"), 12.3);
    page.row(355.7,
             {{90.5, QStringLiteral("Portfolio average credit rating")},
              {350, QStringLiteral("AA+")},
              {440, QStringLiteral("AA-")}},
             12.3);
    const auto built = page.build();
    ASSERT_EQ(built.lines.size(), 4);
    const auto header = reader.read(built.lines, 1);
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(header->keys(),
              (QStringList {QStringLiteral("measure"), QStringLiteral("actual"), QStringLiteral("floor")}));
    EXPECT_EQ(header->columns.at(1).heading, QStringLiteral("Actual 30/09/2024"));
    EXPECT_EQ(header->lineCount, 2);
}

// "No." is an abbreviated heading, not the end of a sentence: the header is read with it.
TEST(HeaderReader, AbbreviatedHeadingWithAFullStop)
{
    const HeaderReader reader;
    PageBuilder page(1, QSizeF(842, 595));
    page.row(80,
             {{40, QStringLiteral("No.")},
              {80, QStringLiteral("What we will do")},
              {330, QStringLiteral("Who leads")},
              {460, QStringLiteral("By when")},
              {700, QStringLiteral("RAG")}},
             9);
    page.row(96, {{40, QStringLiteral("Reports are due.")}, {330, QStringLiteral("See above.")}}, 9);
    const auto built = page.build();
    const auto header = reader.read(built.lines, 0);
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(keys(*header),
              (QStringList {QStringLiteral("ref"), QStringLiteral("action"), QStringLiteral("owner"),
                            QStringLiteral("due"), QStringLiteral("status")}));
    EXPECT_FALSE(reader.read(built.lines, 1).has_value()); // sentences are still no header
}

// A heading's second line starting 2 pt past the end of its first (in 9 pt type) still continues
// it, on the page printed at half size or twice the size too: the slack is a share of the type
// height, not 3 pt (at twice the size the 4 pt gap was more than 3 pt).
TEST(HeaderReader, WrappedHeadingJustPastItsColumnAtAnyScale)
{
    const HeaderReader reader;
    for (const qreal scale : {0.5, 1.0, 2.0}) {
        PageBuilder page(1, QSizeF(842, 595) * scale);
        page.row(80 * scale,
                 {{40 * scale, QStringLiteral("Ref")},
                  {90 * scale, QStringLiteral("Action")},
                  {330 * scale, QStringLiteral("Progress")},
                  {420 * scale, QStringLiteral("Lead")},
                  {560 * scale, QStringLiteral("Commentary")}},
                 9 * scale);
        page.row(91 * scale, {{368 * scale, QStringLiteral("Review Date")}}, 9 * scale);
        page.row(125 * scale,
                 {{40 * scale, QStringLiteral("1.1.1")}, {90 * scale, QStringLiteral("Review the protocol")}},
                 9 * scale);
        const auto built = page.build();
        const auto header = reader.read(built.lines, 0);
        ASSERT_TRUE(header.has_value()) << "scale " << scale;
        EXPECT_EQ(header->columns.size(), 5) << "scale " << scale;
        EXPECT_EQ(header->columns.at(2).heading, QStringLiteral("Progress Review Date")) << "scale " << scale;
    }
}

// A card's labelled line just over its table ("Unit: Percentage   Annual target: 97.5%") is no
// heading stacked over the columns: the header is the one line of headings.
TEST(HeaderReader, LabelledLineAboveIsNoHeading)
{
    const HeaderReader reader;
    PageBuilder page(1);
    page.row(80, {{56, QStringLiteral("Unit:")}, {150, QStringLiteral("Percentage")}, {300, QStringLiteral("Annual target:")},
                  {390, QStringLiteral("97.5%")}},
             9);
    page.row(94,
             {{80, QStringLiteral("Month")},
              {160, QStringLiteral("Actual")},
              {240, QStringLiteral("Target")},
              {320, QStringLiteral("RAG")},
              {390, QStringLiteral("Direction")}},
             9);
    page.row(106, {{80, QStringLiteral("Apr-25")}, {160, QStringLiteral("95.9%")}, {240, QStringLiteral("97.5%")}}, 9);
    const auto built = page.build();
    const auto header = reader.read(built.lines, 1);
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(header->columns.size(), 5);
    EXPECT_EQ(header->columns.at(1).heading, QStringLiteral("Actual"));
    EXPECT_EQ(header->columns.at(4).heading, QStringLiteral("Direction"));
    EXPECT_GT(header->top, 90);
}
