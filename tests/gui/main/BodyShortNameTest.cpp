// A committee's name in short for a narrow column: the resource's phrases, longest first, whole
// words only, any case; a name with none of them is itself.
#include "common/BodyShortName.h"

#include <gtest/gtest.h>

using scrutineer::gui::BodyShortName;

TEST(BodyShortName, ShortensTheKnownPhrasesLongestFirst)
{
    EXPECT_EQ(BodyShortName::of(QStringLiteral("Marshfield Health and Wellbeing Board")), QStringLiteral("Marshfield HWB"));
    EXPECT_EQ(BodyShortName::of(QStringLiteral("Children's Services Overview and Scrutiny Committee")),
              QStringLiteral("Children's Services OSC"));
    EXPECT_EQ(BodyShortName::of(QStringLiteral("Overview and Scrutiny Management Board")),
              QStringLiteral("O&S Management Board"));
    EXPECT_EQ(BodyShortName::of(QStringLiteral("Planning Sub-Committee")), QStringLiteral("Planning Sub-Cttee"));
    EXPECT_EQ(BodyShortName::of(QStringLiteral("Improvement and Assurance Board")),
              QStringLiteral("Improvement & Assurance Board"));
}

TEST(BodyShortName, LeavesWordsThatOnlyContainAPhrase)
{
    EXPECT_EQ(BodyShortName::of(QStringLiteral("Standards Panel")), QStringLiteral("Standards Panel"));
    EXPECT_EQ(BodyShortName::of(QStringLiteral("Committees Forum")), QStringLiteral("Committees Forum"));
    EXPECT_EQ(BodyShortName::of(QStringLiteral("Cabinet")), QStringLiteral("Cabinet"));
}

TEST(BodyShortName, ATableOfTheCallersOwnMatchesAnyCase)
{
    const BodyShortName::Phrases table {{QStringLiteral("Scrutiny Panel"), QStringLiteral("SP")},
                                        {QStringLiteral("and"), QStringLiteral("&")}};
    EXPECT_EQ(BodyShortName::of(QStringLiteral("HOUSING AND PLANNING SCRUTINY PANEL"), table),
              QStringLiteral("HOUSING & PLANNING SP"));
    EXPECT_EQ(BodyShortName::of(QStringLiteral("  Brand   new  "), table), QStringLiteral("Brand new"));
}
