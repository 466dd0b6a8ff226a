#include "MinutesSheet.h"

#include "minutes/DeclarationParser.h"
#include "minutes/MinutesParser.h"
#include "minutes/ReferenceParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::MinutesSheet;

TEST(MinutesReferences, BodyDateClauseAndAbove)
{
    auto refs = ReferenceParser::parse(
        QStringLiteral(
            "Further to Minute No. 5 of the meeting of the Overview and Scrutiny Committee (Adult Social Care "
            "and Health) of 26 June 2018, the Committee considered the report."),
        5);
    ASSERT_EQ(refs.size(), 1);
    EXPECT_EQ(refs.first().number, QStringLiteral("5"));
    EXPECT_EQ(refs.first().body, QStringLiteral("Overview and Scrutiny Committee (Adult Social Care and Health)"));
    EXPECT_EQ(refs.first().date, QStringLiteral("2018-06-26"));
    EXPECT_FALSE(refs.first().above);
    EXPECT_EQ(refs.first().pdfPage, 5);

    refs = ReferenceParser::parse(
        QStringLiteral("Further to Minute No. 102 (7) of the Cabinet meeting of 11 January 2018, "
                       "the possibility of a site visit was investigated."),
        18);
    ASSERT_EQ(refs.size(), 1);
    EXPECT_EQ(refs.first().clause, QStringLiteral("7"));
    EXPECT_EQ(refs.first().body, QStringLiteral("Cabinet"));
    EXPECT_EQ(refs.first().date, QStringLiteral("2018-01-11"));

    refs = ReferenceParser::parse(QStringLiteral("Further to Minute No. 5 of the meeting of the Overview and Scrutiny "
                                                 "Committee (Regeneration and Skills), the Committee considered it."),
                                  12);
    ASSERT_EQ(refs.size(), 1);
    EXPECT_EQ(refs.first().body, QStringLiteral("Overview and Scrutiny Committee (Regeneration and Skills)"));
    EXPECT_TRUE(refs.first().date.isEmpty());

    refs = ReferenceParser::parse(
        QStringLiteral("Further to Minutes nod. 6 (3), 7(2) and 8 (4) above, the Committee had "
                       "requested certain additional items."),
        18);
    ASSERT_EQ(refs.size(), 3);
    EXPECT_EQ(refs.at(1).number, QStringLiteral("7"));
    EXPECT_EQ(refs.at(1).clause, QStringLiteral("2"));
    EXPECT_TRUE(refs.at(2).above);
    EXPECT_TRUE(refs.at(2).body.isEmpty());
    EXPECT_EQ(refs.at(2).raw, QStringLiteral("Minutes nod. 6 (3), 7(2) and 8 (4) above"));

    refs = ReferenceParser::parse(
        QStringLiteral("Further to Minute No. 27 of 5 December 2017, the Committee considered."), 7);
    ASSERT_EQ(refs.size(), 1);
    EXPECT_EQ(refs.first().date, QStringLiteral("2017-12-05"));
    EXPECT_TRUE(refs.first().body.isEmpty());

    refs = ReferenceParser::parse(QStringLiteral("be requested to consider the matter;\u201d (Minute No. 12 refers)."),
                                  40);
    ASSERT_EQ(refs.size(), 1);
    EXPECT_EQ(refs.first().number, QStringLiteral("12"));

    EXPECT_TRUE(
        ReferenceParser::parse(QStringLiteral("The Minutes of the meeting held on 20 March 2018 were agreed."), 1)
            .isEmpty());
}

TEST(MinutesDeclarations, SentencesTablesAndNone)
{
    auto d = DeclarationParser::fromSentence(
        QStringLiteral("Mrs F M Oborski declared an interest as Chairman of the Wyre Forest Local Children's Trust."),
        QStringLiteral("390"), 1);
    ASSERT_EQ(d.size(), 1);
    EXPECT_EQ(d.first().member, QStringLiteral("F M Oborski"));
    EXPECT_EQ(d.first().minute, QStringLiteral("390"));
    EXPECT_TRUE(d.first().text.contains(QStringLiteral("Wyre Forest")));

    d = DeclarationParser::fromSentence(
        QStringLiteral("Later in the meeting Mr Sole declared an interest under Item 16 - "
                       "Pay Policy Statement 2025/26 - that a family member worked for KCC."),
        QStringLiteral("293"), 1);
    ASSERT_EQ(d.size(), 1);
    EXPECT_EQ(d.first().member, QStringLiteral("Sole"));

    d = DeclarationParser::fromSentence(
        QStringLiteral("Councillor Jones declared a disclosable pecuniary interest in the "
                       "item and left the room."),
        QStringLiteral("7"), 3);
    ASSERT_EQ(d.size(), 1);
    EXPECT_EQ(d.first().kind, QStringLiteral("pecuniary"));
    EXPECT_TRUE(d.first().withdrew);

    EXPECT_TRUE(DeclarationParser::fromSentence(QStringLiteral("The Chair declared the meeting closed."), QString(), 1)
                    .isEmpty());
    EXPECT_TRUE(DeclarationParser::isNoDeclarations(
        QStringLiteral("No declarations of personal or pecuniary interest were received.")));
    EXPECT_TRUE(DeclarationParser::isNoDeclarations(QStringLiteral("There were no declarations of interest.")));
    EXPECT_TRUE(DeclarationParser::isNoDeclarations(QStringLiteral("No declarations of interest were made.")));
    EXPECT_FALSE(
        DeclarationParser::isNoDeclarations(QStringLiteral("Declarations of interest were made by two members.")));

    MinutesSheet sheet;
    sheet.row({{72, QStringLiteral("Member")},
               {220, QStringLiteral("Minute No.")},
               {400, QStringLiteral("Nature of Interest")}});
    sheet.row({{72, QStringLiteral("Councillor A Jones")},
               {220, QStringLiteral("Minute No. 7 \u2013 Budget Update")},
               {400, QStringLiteral("Her husband is a school")}});
    sheet.row({{400, QStringLiteral("governor.")}});
    sheet.row({{72, QStringLiteral("Councillor B Smith")},
               {220, QStringLiteral("Minute No. 9")},
               {400, QStringLiteral("Personal interest as a foster carer.")}});
    sheet.line(QStringLiteral("The Committee then considered the agenda in the order printed."));
    const auto lines = sheet.lines();
    const QList<Declaration> table = DeclarationParser::fromTable(lines, 0, lines.size(), QStringLiteral("2"));
    ASSERT_EQ(table.size(), 2);
    EXPECT_EQ(table.at(0).member, QStringLiteral("A Jones"));
    EXPECT_EQ(table.at(0).minute, QStringLiteral("7"));
    EXPECT_EQ(table.at(0).text, QStringLiteral("Her husband is a school governor."));
    EXPECT_EQ(table.at(1).kind, QStringLiteral("personal"));
}

TEST(MinutesDeclarations, TableColumnsByTheirHeadingsInAnyOrder)
{
    // The interest before the item, an "Action taken" column saying who left, and no minute
    // column at all in a second table: each column is known by its heading.
    MinutesSheet sheet;
    sheet.row({{72, QStringLiteral("Councillor")},
               {200, QStringLiteral("Nature of interest")},
               {360, QStringLiteral("Item")},
               {440, QStringLiteral("Action taken")}});
    sheet.row({{72, QStringLiteral("Cllr C Dunn")},
               {200, QStringLiteral("Pecuniary: owns land at")},
               {360, QStringLiteral("6")},
               {440, QStringLiteral("Left the room")}});
    sheet.row({{200, QStringLiteral("Mill Lane")}});
    sheet.row({{72, QStringLiteral("Cllr E Fry")},
               {200, QStringLiteral("Personal: school governor")},
               {360, QStringLiteral("8")},
               {440, QStringLiteral("Remained")}});
    sheet.line(QStringLiteral("The Committee then considered the agenda in the order printed."));
    const auto lines = sheet.lines();
    const QList<Declaration> table = DeclarationParser::fromTable(lines, 0, lines.size(), QStringLiteral("2"));
    ASSERT_EQ(table.size(), 2);
    EXPECT_EQ(table.at(0).member.toStdString(), "C Dunn");
    EXPECT_EQ(table.at(0).minute.toStdString(), "6");
    EXPECT_EQ(table.at(0).text.toStdString(), "Pecuniary: owns land at Mill Lane");
    EXPECT_EQ(table.at(0).kind.toStdString(), "pecuniary");
    EXPECT_TRUE(table.at(0).withdrew);
    EXPECT_EQ(table.at(1).minute.toStdString(), "8");
    EXPECT_FALSE(table.at(1).withdrew);

    MinutesSheet twoColumns;
    twoColumns.row({{72, QStringLiteral("Member")}, {260, QStringLiteral("Interest declared")}});
    twoColumns.row({{72, QStringLiteral("Councillor G Hale")}, {260, QStringLiteral("Other registrable interest")}});
    const auto shortLines = twoColumns.lines();
    const QList<Declaration> two = DeclarationParser::fromTable(shortLines, 0, shortLines.size(), QStringLiteral("3"));
    ASSERT_EQ(two.size(), 1);
    EXPECT_EQ(two.first().member.toStdString(), "G Hale");
    EXPECT_EQ(two.first().minute.toStdString(), "3"); // the minute the table sits in
}

TEST(MinutesDeclarations, SeveralMembersAGroupAndNumberedClauses)
{
    // Two titled people in one numbered clause: one declaration each, without the clause number.
    auto d = DeclarationParser::fromSentence(
        QStringLiteral("1) Mrs Ash and Mr Birch declared a pecuniary interest in item 12 \u2013 Rural Rates \u2013 "
                       "and would not participate in the debate or vote."),
        QStringLiteral("71"), 2);
    ASSERT_EQ(d.size(), 2);
    EXPECT_EQ(d.at(0).member, QStringLiteral("Ash"));
    EXPECT_EQ(d.at(1).member, QStringLiteral("Birch"));
    EXPECT_EQ(d.at(0).kind, QStringLiteral("pecuniary"));
    EXPECT_TRUE(d.at(0).withdrew);
    EXPECT_TRUE(d.at(1).text.startsWith(QStringLiteral("Mrs Ash and Mr Birch declared")));

    d = DeclarationParser::fromSentence(
        QStringLiteral("(b) Councillor Jones declared an interest as a school governor."), QStringLiteral("4"), 1);
    ASSERT_EQ(d.size(), 1);
    EXPECT_EQ(d.first().member, QStringLiteral("Jones"));
    EXPECT_TRUE(d.first().text.startsWith(QStringLiteral("Councillor Jones")));

    // Members declaring as a group: recorded, with the group as printed.
    d = DeclarationParser::fromSentence(
        QStringLiteral("Members who were district or borough councillors declared an interest."), QStringLiteral("84"),
        1);
    ASSERT_EQ(d.size(), 1);
    EXPECT_EQ(d.first().member, QStringLiteral("Members who were district or borough councillors"));
    // A sentence whose subject is neither a person nor members is still not a declaration.
    EXPECT_TRUE(
        DeclarationParser::fromSentence(QStringLiteral("The report declared an interest rate of 4%."), QString(), 1)
            .isEmpty());
}

TEST(MinutesDeclarations, MeetingRecordsNoDeclarationsOnlyWhenNoneWereMade)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("Children and Families Overview and Scrutiny Panel"));
    sheet.line(QStringLiteral("Wednesday, 11 September 2019, County Hall, Worcester - 10.00 am"));
    sheet.line(QStringLiteral("Present: Mrs F M Oborski (Chairman)"));
    sheet.line(QStringLiteral("390 Declaration of Interest and of any Party Whip"));
    sheet.line(QStringLiteral("No declarations of interest were made."));
    sheet.line(QStringLiteral("391 Public Participation"));
    sheet.line(QStringLiteral("The Panel had visited the centre on 25 September 2019 and welcomed its progress."));
    auto result = MinutesParser::parse(sheet.document(), MinutesContext {});
    ASSERT_EQ(result.meetings.size(), 1);
    EXPECT_TRUE(result.meetings.first().noDeclarations);
    EXPECT_TRUE(result.meetings.first().declarations.isEmpty());
    // A meeting on 11 September cannot have visited on the 25th: kept as printed, flagged.
    ASSERT_EQ(result.warnings.size(), 1);
    EXPECT_TRUE(result.warnings.first().contains(QStringLiteral("25 September 2019")));
    EXPECT_TRUE(result.warnings.first().contains(QStringLiteral("minute 391")));

    sheet.line(QStringLiteral("Later in the meeting Mrs F M Oborski declared an interest as a school governor."));
    result = MinutesParser::parse(sheet.document(), MinutesContext {});
    EXPECT_FALSE(result.meetings.first().noDeclarations);
    ASSERT_EQ(result.meetings.first().declarations.size(), 1);
    EXPECT_EQ(result.meetings.first().declarations.first().minute, QStringLiteral("391"));
}
