#include "MinutesSheet.h"

#include "PersonName.h"
#include "TextUtil.h"
#include "agenda/MemberRoles.h"
#include "minutes/AttendanceParser.h"
#include "minutes/NameListParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::MinutesSheet;

// Clergy and other titles are honorifics, not forenames: "Father Crilly" and "Revd Ted Crilly"
// can be one person, and "Canon" never becomes an initial that contradicts "T Crilly".

TEST(MinutesHonorifics, ClericalAndOtherTitlesAreStripped)
{
    EXPECT_EQ(text::stripHonorifics(QStringLiteral("Father Ted Crilly")), QStringLiteral("Ted Crilly"));
    EXPECT_EQ(text::stripHonorifics(QStringLiteral("Fr. Dougal McGuire")), QStringLiteral("Dougal McGuire"));
    EXPECT_EQ(text::stripHonorifics(QStringLiteral("Reverend Jane Smith")), QStringLiteral("Jane Smith"));
    EXPECT_EQ(text::stripHonorifics(QStringLiteral("The Revd Canon A Brown")), QStringLiteral("A Brown"));
    EXPECT_EQ(text::stripHonorifics(QStringLiteral("The Very Reverend P Grey")), QStringLiteral("P Grey"));
    EXPECT_EQ(text::stripHonorifics(QStringLiteral("Canon Mary White")), QStringLiteral("Mary White"));
    EXPECT_EQ(text::stripHonorifics(QStringLiteral("Dame Joan Green")), QStringLiteral("Joan Green"));
    EXPECT_EQ(text::stripHonorifics(QStringLiteral("Sir Paul Carter, CBE")), QStringLiteral("Paul Carter"));
    EXPECT_EQ(text::stripHonorifics(QStringLiteral("The Rt Hon A Black MP")), QStringLiteral("A Black"));
    // A title alone is not stripped to nothing, and a surname that looks like a title stays.
    EXPECT_EQ(text::stripHonorifics(QStringLiteral("Councillor Father")), QStringLiteral("Father"));
    EXPECT_EQ(text::stripHonorifics(QStringLiteral("Mr Canon")), QStringLiteral("Canon"));
    // Words that merely begin like a title are names.
    EXPECT_EQ(text::stripHonorifics(QStringLiteral("Frank Reverley")), QStringLiteral("Frank Reverley"));
    EXPECT_EQ(text::stripHonorifics(QStringLiteral("Sirah Canning")), QStringLiteral("Sirah Canning"));
}

TEST(MinutesHonorifics, TitlesAreNotForenameInitials)
{
    EXPECT_EQ(text::forenameInitials(QStringLiteral("Father Crilly")), QString());
    EXPECT_EQ(text::forenameInitials(QStringLiteral("Canon T. Crilly")), QStringLiteral("t"));
    EXPECT_EQ(text::surnameKey(QStringLiteral("Reverend Brodie - Browne")), QStringLiteral("brodie-browne"));

    const QList<PersonName> members {PersonName::parse(QStringLiteral("Revd Ted Crilly")),
                                     PersonName::parse(QStringLiteral("Councillor Ann Smith"))};
    EXPECT_EQ(matchPerson(PersonName::parse(QStringLiteral("Father Crilly")), members), 0);
    EXPECT_EQ(matchPerson(PersonName::parse(QStringLiteral("Canon T Crilly")), members), 0);
    EXPECT_EQ(matchPerson(PersonName::parse(QStringLiteral("Dame Ann Smith")), members), 1);
    // A different forename still keeps two people apart.
    EXPECT_EQ(matchPerson(PersonName::parse(QStringLiteral("Father Dougal Crilly")), members), -1);
    // Two people sharing a surname are never guessed between.
    const QList<PersonName> two {PersonName::parse(QStringLiteral("Father Ted Crilly")),
                                 PersonName::parse(QStringLiteral("Sir Tom Crilly"))};
    EXPECT_EQ(matchPerson(PersonName::parse(QStringLiteral("Canon Crilly")), two), -1);
}

TEST(MinutesHonorifics, ListsAndMembershipReadTitledPeople)
{
    const QList<ListedPerson> people = NameListParser::parse(
        QStringLiteral("Father Ted Crilly, Diocesan Representative; Canon Mary White and Councillor A Smith"));
    ASSERT_EQ(people.size(), 3);
    EXPECT_EQ(people.at(0).name, QStringLiteral("Ted Crilly"));
    EXPECT_EQ(people.at(0).roleText, QStringLiteral("Diocesan Representative"));
    EXPECT_EQ(people.at(0).printed, QStringLiteral("Father Ted Crilly"));
    EXPECT_EQ(people.at(1).name, QStringLiteral("Mary White"));

    EXPECT_EQ(MemberRoles::personName(QStringLiteral("Father Ted Crilly")), QStringLiteral("Ted Crilly"));
    EXPECT_EQ(MemberRoles::personName(QStringLiteral("Reverend Jane Smith (Church of England)")),
              QStringLiteral("Jane Smith"));

    // "Fr." abbreviates a title: it ends no sentence.
    const QStringList sentences
        = minutes::splitSentences(QStringLiteral("Apologies were received from Fr. Crilly. The meeting began."));
    ASSERT_EQ(sentences.size(), 2);
    EXPECT_EQ(sentences.first(), QStringLiteral("Apologies were received from Fr. Crilly."));

    QList<Attendance> out;
    EXPECT_TRUE(AttendanceParser::parseApologies(
        QStringLiteral("Apologies for absence were received from Father Crilly and Councillor Smith."), 2, out));
    ASSERT_EQ(out.size(), 2);
    EXPECT_EQ(out.at(0).name, QStringLiteral("Crilly"));
}

TEST(MinutesHonorifics, TitlesStayWhenTheyAloneTellTwoPeopleApart)
{
    const QList<ListedPerson> people
        = NameListParser::parse(QStringLiteral("Mr A Booth, Ms J Meade, Mr J Meade and Mrs S Prendergast"));
    ASSERT_EQ(people.size(), 4);
    EXPECT_EQ(people.at(0).name, QStringLiteral("A Booth"));
    EXPECT_EQ(people.at(1).name, QStringLiteral("Ms J Meade"));
    EXPECT_EQ(people.at(2).name, QStringLiteral("Mr J Meade"));
    EXPECT_EQ(people.at(3).name, QStringLiteral("S Prendergast"));
}
