#include "RegexCache.h"

#include <gtest/gtest.h>

#include <thread>

using namespace scrutineer;

TEST(RegexCache, MatchesAsAFreshExpressionWouldAndKeepsOptionsApart)
{
    const QString pattern = QStringLiteral("^the\\s+cabinet\\s+agreed");
    const QRegularExpression sensitive = RegexCache::get(pattern);
    const QRegularExpression caseless = RegexCache::caseless(pattern);
    EXPECT_TRUE(sensitive.isValid());
    EXPECT_TRUE(sensitive.match(QStringLiteral("the cabinet agreed that")).hasMatch());
    EXPECT_FALSE(sensitive.match(QStringLiteral("The Cabinet agreed that")).hasMatch());
    EXPECT_TRUE(caseless.match(QStringLiteral("The Cabinet agreed that")).hasMatch());
    // Asked again, the same expression comes back.
    EXPECT_EQ(RegexCache::caseless(pattern), caseless);
    EXPECT_EQ(RegexCache::get(pattern).patternOptions(), QRegularExpression::NoPatternOption);
}

TEST(RegexCache, AnInvalidPatternStaysInvalidAndMatchesNothing)
{
    const QRegularExpression broken = RegexCache::get(QStringLiteral("(unclosed"));
    EXPECT_FALSE(broken.isValid());
    EXPECT_FALSE(broken.match(QStringLiteral("(unclosed")).hasMatch());
}

TEST(RegexCache, ManyDistinctPatternsStayCorrectPastTheCapacity)
{
    QRegularExpression held = RegexCache::get(QStringLiteral("^held$"));
    for (int i = 0; i < RegexCache::kCapacity * 2 + 3; ++i) {
        const QRegularExpression re = RegexCache::get(QStringLiteral("^item %1$").arg(i));
        ASSERT_TRUE(re.match(QStringLiteral("item %1").arg(i)).hasMatch()) << i;
    }
    // An expression handed out before the cache started again still works.
    EXPECT_TRUE(held.match(QStringLiteral("held")).hasMatch());
}

TEST(RegexCache, EachThreadHasItsOwn)
{
    bool otherMatched = false;
    std::thread other([&] {
        for (int i = 0; i < 200; ++i)
            otherMatched = RegexCache::caseless(QStringLiteral("minute %1").arg(i % 7))
                               .match(QStringLiteral("MINUTE 3"))
                               .hasMatch()
                || otherMatched;
    });
    bool mineMatched = false;
    for (int i = 0; i < 200; ++i)
        mineMatched
            = RegexCache::caseless(QStringLiteral("minute %1").arg(i % 7)).match(QStringLiteral("Minute 5")).hasMatch()
            || mineMatched;
    other.join();
    EXPECT_TRUE(otherMatched);
    EXPECT_TRUE(mineMatched);
}
