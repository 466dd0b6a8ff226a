// The view's page words and the reader's selection of them, without a document: words handed in
// as the renderer would, the mouse as page points.
#include "pdf/WordSelector.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using scrutineer::gui::PageText;
using scrutineer::gui::WordSelector;

namespace {

PageText wordSelectorLine()
{
    QList<scrutineer::layout::LayoutWord> words;
    words.append({QStringLiteral("Questions"), QRectF(72, 100, 60, 10)});
    words.append({QStringLiteral("to"), QRectF(136, 100, 12, 10)});
    words.append({QStringLiteral("ask"), QRectF(152, 100, 20, 10)});
    return PageText(words, 2);
}

} // namespace

TEST(WordSelector, ADragEndedBeforeTheWordsCameSelectsThemWhenTheyCome)
{
    WordSelector selector;
    QSignalSpy selected(&selector, &WordSelector::selectionChanged);
    QSignalSpy read(&selector, &WordSelector::pageTextRead);
    selector.press(1, QPointF(75, 105), 0);
    EXPECT_TRUE(selector.isDragging());
    selector.dragTo(QPointF(170, 105));
    selector.release();
    EXPECT_FALSE(selector.isDragging());
    EXPECT_EQ(selected.count(), 0);
    EXPECT_FALSE(selector.hasSelection());

    selector.setPageText(1, wordSelectorLine());
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(selected.at(0).at(0).toInt(), 2);
    EXPECT_EQ(selected.at(0).at(1).toString().toStdString(), "Questions to ask");
    EXPECT_EQ(selector.selection().boxes.size(), 1);
    ASSERT_EQ(read.count(), 1);
    EXPECT_EQ(read.at(0).at(0).toInt(), 2);
}

TEST(WordSelector, AClickWithoutADragIsTheNoteUnderIt)
{
    WordSelector selector;
    selector.setPageText(0, wordSelectorLine());
    QSignalSpy clicked(&selector, &WordSelector::markClicked);
    QSignalSpy selected(&selector, &WordSelector::selectionChanged);
    selector.press(0, QPointF(80, 105), 42);
    selector.dragTo(QPointF(81, 105)); // within 3 points: still a click
    selector.release();
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.at(0).at(0).toLongLong(), 42);
    EXPECT_EQ(selected.count(), 0);
    EXPECT_EQ(selector.selection().page, -1);
}

TEST(WordSelector, WordsChosenByTheProgramAndClearingSayWhatChanged)
{
    WordSelector selector;
    QSignalSpy selected(&selector, &WordSelector::selectionChanged);
    selector.selectWords(0, 0, 1); // words not read: nothing
    EXPECT_EQ(selected.count(), 0);
    selector.setPageText(0, wordSelectorLine());
    selector.selectWords(0, 2, 2);
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(selected.at(0).at(1).toString().toStdString(), "ask");
    selector.clear(4);
    ASSERT_EQ(selected.count(), 2);
    EXPECT_EQ(selected.at(1).at(0).toInt(), 5);
    EXPECT_TRUE(selected.at(1).at(1).toString().isEmpty());
    selector.clear(4); // nothing left to clear
    EXPECT_EQ(selected.count(), 2);
}

TEST(WordSelector, APageReadBeforeIsToldAtOnceAndAResetForgetsIt)
{
    WordSelector selector;
    QSignalSpy read(&selector, &WordSelector::pageTextRead);
    selector.requestPageText(0); // no renderer, nothing read: nothing to say
    EXPECT_EQ(read.count(), 0);
    selector.setPageText(0, wordSelectorLine());
    selector.requestPageText(0);
    EXPECT_EQ(read.count(), 2);
    EXPECT_EQ(selector.pageText(0).size(), 3);
    selector.reset();
    EXPECT_TRUE(selector.pageText(0).isEmpty());
}
