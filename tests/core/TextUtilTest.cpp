#include "TextUtil.h"

#include <gtest/gtest.h>

using namespace scrutineer;

TEST(TextUtil, CollapseWhitespace)
{
    EXPECT_EQ(text::collapseWhitespace(QStringLiteral("  a \n\t b\u00a0 c ")), QStringLiteral("a b c"));
    // Text already single-spaced comes back as it is; any stray space or other white space is not.
    EXPECT_EQ(text::collapseWhitespace(QStringLiteral("Cabinet, 18 March")), QStringLiteral("Cabinet, 18 March"));
    EXPECT_EQ(text::collapseWhitespace(QStringLiteral("a b ")), QStringLiteral("a b"));
    EXPECT_EQ(text::collapseWhitespace(QStringLiteral(" a")), QStringLiteral("a"));
    EXPECT_EQ(text::collapseWhitespace(QStringLiteral("a  b")), QStringLiteral("a b"));
    EXPECT_EQ(text::collapseWhitespace(QStringLiteral("a\tb")), QStringLiteral("a b"));
    EXPECT_EQ(text::collapseWhitespace(QStringLiteral(" ")), QString());
    EXPECT_EQ(text::collapseWhitespace(QString()), QString());
}

TEST(TextUtil, NormaliseForMatch)
{
    EXPECT_EQ(text::normaliseForMatch(QStringLiteral("Children\u2019s  Services \u2013 Plan")),
              QStringLiteral("children's services - plan"));
}

TEST(TextUtil, StripHonorifics)
{
    EXPECT_EQ(text::stripHonorifics(QStringLiteral("Cllr. Paula Murphy (Chair)")), QStringLiteral("Paula Murphy"));
    EXPECT_EQ(text::stripHonorifics(QStringLiteral("Mr R C Love, OBE")), QStringLiteral("R C Love"));
    EXPECT_EQ(text::stripHonorifics(QStringLiteral("Sir Paul Carter, CBE")), QStringLiteral("Paul Carter"));
    EXPECT_EQ(text::stripHonorifics(QStringLiteral("Councillor Dan T. Lewis.")), QStringLiteral("Dan T. Lewis"));
}

TEST(TextUtil, SurnameKeyJoinsSpacedHyphens)
{
    EXPECT_EQ(text::surnameKey(QStringLiteral("Cllr. Iain Brodie - Browne")), QStringLiteral("brodie-browne"));
    EXPECT_EQ(text::surnameKey(QStringLiteral("Councillor Brodie-Browne")), QStringLiteral("brodie-browne"));
    EXPECT_EQ(text::surnameKey(QStringLiteral("Mrs. S. Cain")), QStringLiteral("cain"));
    EXPECT_EQ(text::forenameInitials(QStringLiteral("Mrs P Murphy")), QStringLiteral("p"));
    EXPECT_EQ(text::forenameInitials(QStringLiteral("Cllr. Paula Murphy")), QStringLiteral("p"));
}

TEST(TextUtil, TitleCaseFromCapitals)
{
    EXPECT_EQ(text::titleCaseFromCapitals(
                  QStringLiteral("OVERVIEW AND SCRUTINY COMMITTEE (CHILDREN'S SERVICES AND SAFEGUARDING)")),
              QStringLiteral("Overview and Scrutiny Committee (Children's Services and Safeguarding)"));
    EXPECT_TRUE(text::isMostlyUpperCase(QStringLiteral("CABINET MEMBER REPORT")));
    EXPECT_FALSE(text::isMostlyUpperCase(QStringLiteral("Cabinet Member Report")));
}

// Counted in pieces, quotation marks come out as openQuotes of the whole text, a closing curly
// quote with none open included.
TEST(TextUtil, QuoteCountInPiecesIsOpenQuotesOfTheWhole)
{
    const QStringList pieces {QStringLiteral("The motion read \u201cThat the Council"),
                              QStringLiteral(" notes \"the plan"), QStringLiteral("\" and\u201d \u201d agrees"),
                              QStringLiteral(" \u201cto act.")};
    text::QuoteCount count;
    QString whole;
    for (const QString& piece : pieces) {
        count.add(piece);
        whole += piece;
        EXPECT_EQ(count.open(), text::openQuotes(whole)) << whole.toStdString();
    }
    EXPECT_EQ(count.open(), 1);
}
