#include "SearchIndex.h"
#include "Snippet.h"

#include <gtest/gtest.h>

using namespace scrutineer;

namespace {
QString plain(const QString& text, const QString& userQuery)
{
    const QString fts = SearchIndex::toFtsQuery(userQuery);
    return SearchIndex::snippetAsPlainText(snippet::make(text, snippet::termsOfFtsQuery(fts), SearchIndex::kMarkStart,
                                                         SearchIndex::kMarkEnd, 8));
}
} // namespace

TEST(Snippet, MarksWholeWordsPrefixesAndPhrases)
{
    const QString text = QStringLiteral("The committee noted the Fostering report. Foster carers were thanked for fostering.");
    const QString around = plain(text, QStringLiteral("carers "));
    EXPECT_TRUE(around.startsWith(QStringLiteral("…"))) << around.toStdString(); // a window, not the whole text
    EXPECT_TRUE(around.contains(QStringLiteral("Foster [carers] were thanked"))) << around.toStdString();
    EXPECT_FALSE(around.contains(QStringLiteral("The committee")));
    EXPECT_TRUE(plain(text, QStringLiteral("foster")).contains(QStringLiteral("[Fostering]")));
    EXPECT_TRUE(plain(text, QStringLiteral("\"foster carers\" ")).contains(QStringLiteral("[Foster carers]")));
    EXPECT_FALSE(plain(text, QStringLiteral("foster ")).contains(QStringLiteral("[Fostering]"))); // a finished word is not a prefix
}

TEST(Snippet, IgnoresCaseAccentsAndExcludedWords)
{
    const QString text = QStringLiteral("Café provision reviewed; the cafe budget was agreed.");
    const QString out = plain(text, QStringLiteral("cafe -budget "));
    EXPECT_TRUE(out.contains(QStringLiteral("[Café]"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("[cafe]")));
    EXPECT_FALSE(out.contains(QStringLiteral("[budget]")));
}

TEST(Snippet, StartsAtTheTextWhenNothingMatches)
{
    EXPECT_EQ(plain(QStringLiteral("Apologies for absence were received."), QStringLiteral("zebra ")),
              QStringLiteral("Apologies for absence were received."));
}
