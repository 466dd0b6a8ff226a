#include "PersonName.h"

#include <gtest/gtest.h>

using namespace scrutineer;

TEST(PersonName, VariantsOfOneNameAreCompatible)
{
    const PersonName full = PersonName::parse(QStringLiteral("Cllr. Paula Murphy"));
    EXPECT_TRUE(full.compatibleWith(PersonName::parse(QStringLiteral("Councillor Murphy"))));
    EXPECT_TRUE(full.compatibleWith(PersonName::parse(QStringLiteral("Mrs P Murphy"))));
    EXPECT_TRUE(PersonName::parse(QStringLiteral("Cllr. Daniel Terence Lewis"))
                    .compatibleWith(PersonName::parse(QStringLiteral("Councillor Dan T. Lewis"))));
    EXPECT_TRUE(PersonName::parse(QStringLiteral("Cllr. Iain Brodie - Browne"))
                    .compatibleWith(PersonName::parse(QStringLiteral("Councillor Brodie-Browne"))));
    EXPECT_TRUE(PersonName::parse(QStringLiteral("Mrs Sandra Cain")).compatibleWith(PersonName::parse(QStringLiteral("Mrs. S. Cain"))));
}

TEST(PersonName, DifferentForenamesAreDifferentPeople)
{
    EXPECT_FALSE(PersonName::parse(QStringLiteral("Brenda O'Brien")).compatibleWith(PersonName::parse(QStringLiteral("Michael O'Brien"))));
    EXPECT_FALSE(PersonName::parse(QStringLiteral("Paula Murphy")).compatibleWith(PersonName::parse(QStringLiteral("Paula Murray"))));
}

TEST(PersonName, SurnameAloneDoesNotChooseBetweenTwoPeople)
{
    const QList<PersonName> members{PersonName::parse(QStringLiteral("Brenda O'Brien")),
                                    PersonName::parse(QStringLiteral("Michael O'Brien")),
                                    PersonName::parse(QStringLiteral("Paula Murphy"))};
    EXPECT_EQ(matchPerson(PersonName::parse(QStringLiteral("Councillor O'Brien")), members), -1);
    EXPECT_EQ(matchPerson(PersonName::parse(QStringLiteral("Councillor M. O'Brien")), members), 1);
    EXPECT_EQ(matchPerson(PersonName::parse(QStringLiteral("Councillor Murphy")), members), 2);
    EXPECT_EQ(matchPerson(PersonName::parse(QStringLiteral("Councillor Webster")), members), -1);
}

TEST(PersonName, SpecificityPrefersForenames)
{
    EXPECT_GT(PersonName::parse(QStringLiteral("Paula Murphy")).specificity(),
              PersonName::parse(QStringLiteral("Mrs P Murphy")).specificity());
    EXPECT_GT(PersonName::parse(QStringLiteral("Mrs P Murphy")).specificity(),
              PersonName::parse(QStringLiteral("Councillor Murphy")).specificity());
}

TEST(PersonName, AnEarlierBareSurnameDoesNotBlockAFullerMatch)
{
    const QList<PersonName> known{PersonName::parse(QStringLiteral("Michael O'Brien")), PersonName::parse(QStringLiteral("O'Brien"))};
    EXPECT_EQ(matchPerson(PersonName::parse(QStringLiteral("M. O'Brien")), known), 0);
    EXPECT_EQ(matchPerson(PersonName::parse(QStringLiteral("Councillor O'Brien")), known), -1);
}
