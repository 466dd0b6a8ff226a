#include "agenda/AgendaParser.h"
#include "AgendaFixtures.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::blankPage;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::stack;

namespace {

const AgendaItem* itemNumbered(const QList<AgendaItem>& items, const QString& number)
{
    for (const AgendaItem& item : items) {
        if (item.number == number)
            return &item;
    }
    return nullptr;
}

int countTitled(const QList<AgendaItem>& items, const QString& part)
{
    int n = 0;
    for (const AgendaItem& item : items)
        n += item.title.contains(part) ? 1 : 0;
    return n;
}

} // namespace

TEST(AgendaParser, NumberedListWithRangesReportOfAndGuidance)
{
    PageBuilder page(1);
    page.text(62, 303, QStringLiteral("A G E N D A"), 10);
    stack(page, 62, 322, 18.6,
          {QStringLiteral("1. Apologies for Absence"), QStringLiteral("2. Declarations of Interest"),
           QStringLiteral("Members are requested at a meeting where a disclosable pecuniary interest or personal")});
    stack(page, 62, 372, 19,
          {QStringLiteral("interest arises, to declare any interests that relate to an item on the agenda."),
           QStringLiteral("Where a Member discloses a Disclosable Pecuniary Interest, he/she must withdraw.")});
    stack(page, 62, 410, 18.6,
          {QStringLiteral("3. Minutes of the Previous Meeting (Pages 5 - 20)"),
           QStringLiteral("Minutes of the meeting held on 10 July 2018"),
           QStringLiteral("4. Children's Social Care Continuous Improvement Plan (Pages 21 - 60)"),
           QStringLiteral("Report of the Director of Social Care and Health"),
           QStringLiteral("5. Inspection Letter (Page 61)")});
    const QList<AgendaItem> items = parse::AgendaParser::parse(documentOf({page.build(), blankPage(2)}));
    ASSERT_EQ(items.size(), 5);
    EXPECT_EQ(items.at(0).title, QStringLiteral("Apologies for Absence"));
    EXPECT_FALSE(items.at(0).packPages);
    EXPECT_EQ(items.at(1).title, QStringLiteral("Declarations of Interest"));
    EXPECT_TRUE(items.at(1).description.startsWith(QStringLiteral("Members are requested")));
    EXPECT_FALSE(items.at(1).description.contains(QStringLiteral("Where a Member"))); // next paragraph
    EXPECT_EQ(items.at(2).title, QStringLiteral("Minutes of the Previous Meeting"));
    EXPECT_EQ(items.at(2).packPages, (PageRange {5, 20}));
    EXPECT_EQ(items.at(2).description, QStringLiteral("Minutes of the meeting held on 10 July 2018"));
    EXPECT_EQ(items.at(3).reportOf, QStringLiteral("Director of Social Care and Health"));
    EXPECT_EQ(items.at(3).packPages, (PageRange {21, 60}));
    EXPECT_EQ(items.at(4).packPages, (PageRange {61, 61}));
    EXPECT_EQ(items.at(4).pdfPage, 1);
}

TEST(AgendaParser, WrappedTitlesWithTheRangeOnEitherLineOrMidTitle)
{
    PageBuilder page(1);
    page.text(62, 60, QStringLiteral("AGENDA"), 12);
    stack(page, 62, 100, 13,
          {QStringLiteral("9. Effectiveness of Local Authority Overview and Scrutiny Committees - Government"),
           QStringLiteral("Response to DCLG Select Committee Report (Pages 155 - 232)")});
    page.text(62, 132, QStringLiteral("Report of the Chief Legal and Democratic Officer"), 10);
    page.row(170,
             {{62, QStringLiteral("10.")},
              {90, QStringLiteral("Annual Report of the Corporate Parenting Panel and")},
              {420, QStringLiteral("(Pages 233 - 240)")}},
             10);
    page.text(90, 183, QStringLiteral("Update on the Sufficiency Strategy 2023-26"), 10);
    page.text(62, 220, QStringLiteral("11. Budget Monitoring (Pages 241 - 250) Quarter 2 Update"), 10);
    const QList<AgendaItem> items = parse::AgendaParser::parse(documentOf({page.build()}));
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items.at(0).title,
              QStringLiteral("Effectiveness of Local Authority Overview and Scrutiny Committees - "
                             "Government Response to DCLG Select Committee Report"));
    EXPECT_EQ(items.at(0).packPages, (PageRange {155, 232}));
    EXPECT_EQ(items.at(0).reportOf, QStringLiteral("Chief Legal and Democratic Officer"));
    EXPECT_EQ(items.at(1).title,
              QStringLiteral(
                  "Annual Report of the Corporate Parenting Panel and Update on the Sufficiency Strategy 2023-26"));
    EXPECT_EQ(items.at(1).packPages, (PageRange {233, 240}));
    EXPECT_EQ(items.at(2).title, QStringLiteral("Budget Monitoring Quarter 2 Update"));
    EXPECT_EQ(items.at(2).packPages, (PageRange {241, 250}));
}

TEST(AgendaParser, PagesColumnWithBareAndWrappedRangesThenNumberingRestartEndsTheAgenda)
{
    PageBuilder one(1);
    one.text(62, 155, QStringLiteral("Agenda"), 12.7).text(480, 179, QStringLiteral("Pages"), 9.2);
    one.row(196, {{65, QStringLiteral("1.")}, {85, QStringLiteral("APOLOGIES FOR ABSENCE")}}, 9.2);
    one.text(85, 208, QStringLiteral("To receive apologies for absence"), 9.2);
    one.row(230, {{65, QStringLiteral("4.")}, {85, QStringLiteral("MINUTES")}, {480, QStringLiteral("9 - 14")}}, 9.2);
    one.text(85, 242, QStringLiteral("To approve and sign the minutes of the meeting on 7 September 2021."), 9.2);
    one.row(265,
            {{65, QStringLiteral("8.")},
             {85, QStringLiteral("EFFECTIVE SCRUTINY OF CHILDREN'S SERVICES: TRAINING AND DEVELOPMENT")},
             {480, QStringLiteral("31 - 78")}},
            11);
    one.text(85, 277, QStringLiteral("OFFER"), 11);
    one.row(300,
            {{65, QStringLiteral("9.")}, {85, QStringLiteral("WORK PROGRAMME REVIEW")}, {480, QStringLiteral("79 -")}},
            9.2);
    one.row(312, {{85, QStringLiteral("To review the attached work programme")}, {480, QStringLiteral("114")}}, 9.2);
    one.text(62, 340, QStringLiteral("10. DATE OF NEXT MEETING"), 10);
    one.text(62, 359, QStringLiteral("Tuesday 23 November 2021 at 2:30pm"), 10);
    PageBuilder two(2);
    two.text(62, 216, QStringLiteral("The Seven Principles of Public Life"), 10);
    stack(two, 62, 253, 19,
          {QStringLiteral("1. Selflessness"), QStringLiteral("Holders of public office should act.")});
    const QList<AgendaItem> items = parse::AgendaParser::parse(documentOf({one.build(), two.build()}));
    ASSERT_EQ(items.size(), 5);
    EXPECT_EQ(items.at(0).title, QStringLiteral("APOLOGIES FOR ABSENCE"));
    EXPECT_EQ(items.at(0).description, QStringLiteral("To receive apologies for absence"));
    EXPECT_EQ(items.at(1).packPages, (PageRange {9, 14}));
    EXPECT_EQ(items.at(1).title, QStringLiteral("MINUTES"));
    EXPECT_EQ(items.at(2).title,
              QStringLiteral("EFFECTIVE SCRUTINY OF CHILDREN'S SERVICES: TRAINING AND DEVELOPMENT OFFER"));
    EXPECT_EQ(items.at(2).packPages, (PageRange {31, 78}));
    EXPECT_EQ(items.at(3).packPages, (PageRange {79, 114}));
    EXPECT_EQ(items.at(3).description, QStringLiteral("To review the attached work programme"));
    EXPECT_EQ(items.at(4).number, QStringLiteral("10"));
    EXPECT_EQ(items.at(4).title, QStringLiteral("DATE OF NEXT MEETING"));
    EXPECT_EQ(countTitled(items, QStringLiteral("Selflessness")), 0);
}

TEST(AgendaParser, ExemptSectionMarksItsItemsAndHeadingsAreNotItems)
{
    PageBuilder page(1);
    page.text(270, 100, QStringLiteral("AGENDA"), 14).text(264, 125, QStringLiteral("CABINET"), 16);
    page.text(231, 200, QStringLiteral("UNRESTRICTED ITEMS"), 12);
    page.text(126, 214, QStringLiteral("(During these items the meeting is likely to be open to the public)"), 12);
    page.row(250, {{54, QStringLiteral("1.")}, {82, QStringLiteral("Apologies")}}, 12);
    page.row(275,
             {{54, QStringLiteral("2.")}, {82, QStringLiteral("Consideration of Decision 24/00093 (if required)")}},
             12);
    page.text(245, 320, QStringLiteral("EXEMPT ITEMS"), 12);
    page.text(96, 334, QStringLiteral("(During these items the meeting is likely NOT to be open to the public)"), 12);
    page.row(370, {{54, QStringLiteral("3.")}, {82, QStringLiteral("Property Disposal (Pages 20 - 24)")}}, 12);
    page.text(82, 384, QStringLiteral("Exempt under paragraph 3 of Part 1 of Schedule 12A"), 12);
    stack(page, 54, 673, 13.4, {QStringLiteral("Benjamin Watts"), QStringLiteral("General Counsel")}, 12);
    const QList<AgendaItem> items = parse::AgendaParser::parse(documentOf({page.build(), blankPage(2)}));
    ASSERT_EQ(items.size(), 3);
    EXPECT_FALSE(items.at(0).exempt);
    EXPECT_EQ(items.at(1).title, QStringLiteral("Consideration of Decision 24/00093 (if required)"));
    EXPECT_FALSE(items.at(1).exempt);
    EXPECT_TRUE(items.at(2).exempt);
    EXPECT_EQ(items.at(2).exemptParagraphs, QStringLiteral("3"));
    EXPECT_EQ(countTitled(items, QStringLiteral("EXEMPT ITEMS")), 0);
    EXPECT_EQ(countTitled(items, QStringLiteral("General Counsel")), 0);
}

TEST(AgendaParser, CoveringLetterListsTheEnclosedItem)
{
    PageBuilder one(1);
    stack(one, 57, 355, 26,
          {QStringLiteral("Dear Member"), QStringLiteral("COUNTY COUNCIL - THURSDAY, 9 JANUARY 2025")}, 12);
    one.text(57, 458, QStringLiteral("Agenda Item No"), 12);
    one.row(471, {{57, QStringLiteral("3")}, {135, QStringLiteral("English Devolution White Paper (Pages 1 - 18)")}},
            12);
    stack(one, 57, 534, 72, {QStringLiteral("Yours sincerely"), QStringLiteral("Benjamin Watts")}, 12);
    PageBuilder three(3);
    three.text(71, 640, QStringLiteral("1. Background"), 13);
    const QList<AgendaItem> items = parse::AgendaParser::parse(documentOf({one.build(), blankPage(2), three.build()}));
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.at(0).number, QStringLiteral("3"));
    EXPECT_EQ(items.at(0).title, QStringLiteral("English Devolution White Paper"));
    EXPECT_EQ(items.at(0).packPages, (PageRange {1, 18}));
}

TEST(AgendaParser, UsAgendaWithRomanSectionsLetteredSubItemsAndClosedSession)
{
    PageBuilder one(1, QSizeF(612, 792));
    one.text(211, 40, QStringLiteral("Regular Meeting Agenda"), 18);
    one.text(227, 85, QStringLiteral("5:00 PM - CLOSED SESSION"), 12.7);
    one.text(55, 118, QStringLiteral("CALL TO ORDER"), 12.8);
    one.row(150,
            {{55, QStringLiteral("a)")},
             {90, QStringLiteral("23-0028")},
             {168, QStringLiteral("MINUTES: Approval of minutes of Closed Session held on November 29 and")}},
            12);
    one.text(168, 167, QStringLiteral("December 13, 2022."), 11);
    one.row(200,
            {{55, QStringLiteral("b)")},
             {90, QStringLiteral("23-0025")},
             {168, QStringLiteral("CONFERENCE WITH LEGAL COUNSEL:")}},
            12);
    one.text(168, 217, QStringLiteral("Anticipated Litigation - Government Code Section 54956.9(d)(2)"), 11);
    one.text(235, 300, QStringLiteral("6:00 PM - OPEN SESSION"), 12.7);
    stack(one, 55, 330, 30, {QStringLiteral("I. CALL TO ORDER"), QStringLiteral("II. ROLL CALL")}, 12.7);
    stack(one, 55, 390, 15,
          {QStringLiteral("III. PUBLIC PARTICIPATION: ORAL AND WRITTEN COMMUNICATIONS FROM THE"),
           QStringLiteral("PUBLIC")},
          12.7);
    one.text(55, 430, QStringLiteral("1. IN PERSON - Council Chambers, 1315 Valley Drive"), 11);
    PageBuilder two(2, QSizeF(612, 792));
    two.text(55, 90, QStringLiteral("IV. CONSENT CALENDAR"), 12.7);
    two.text(55, 120, QStringLiteral("The following matters will be acted upon collectively."), 11);
    two.row(150, {{55, QStringLiteral("a)")}, {90, QStringLiteral("REPORT")}, {250, QStringLiteral("CHECK REGISTERS")}},
            12);
    two.row(167, {{90, QStringLiteral("23-0013")}, {230, QStringLiteral("(Finance Director Viki Copeland)")}}, 12);
    two.row(188,
            {{90, QStringLiteral("Recommendation:")},
             {168, QStringLiteral("Staff recommends City Council ratify the registers.")}},
            9);
    two.row(220,
            {{55, QStringLiteral("b)")},
             {90, QStringLiteral("REPORT")},
             {201, QStringLiteral("REVENUE REPORT, EXPENDITURE REPORT, AND CIP REPORT")}},
            12);
    two.row(
        237,
        {{90, QStringLiteral("23-0010")}, {194, QStringLiteral("BY PROJECT FOR SEPTEMBER, OCTOBER AND NOVEMBER 2022")}},
        12);
    two.text(230, 254, QStringLiteral("(Finance Director Viki Copeland)"), 12);
    two.text(55, 300, QStringLiteral("V. ADJOURNMENT"), 12.7);
    two.text(55, 340, QStringLiteral("FUTURE MEETINGS AND CITY HOLIDAYS"), 12.7);
    two.text(55, 360, QStringLiteral("February 14, 2023 - Tuesday - No Meeting (Dark)"), 11);
    const QList<AgendaItem> items = parse::AgendaParser::parse(documentOf({one.build(), two.build()}));

    const AgendaItem* minutes = itemNumbered(items, QStringLiteral("a"));
    ASSERT_TRUE(minutes);
    EXPECT_TRUE(minutes->exempt);
    EXPECT_EQ(minutes->title,
              QStringLiteral("MINUTES: Approval of minutes of Closed Session held on November 29 and "
                             "December 13, 2022."));
    const AgendaItem* counsel = itemNumbered(items, QStringLiteral("b"));
    ASSERT_TRUE(counsel);
    EXPECT_TRUE(counsel->exempt);
    EXPECT_EQ(counsel->title, QStringLiteral("CONFERENCE WITH LEGAL COUNSEL:"));
    EXPECT_TRUE(counsel->description.startsWith(QStringLiteral("Anticipated Litigation")));

    ASSERT_TRUE(itemNumbered(items, QStringLiteral("I")));
    EXPECT_FALSE(itemNumbered(items, QStringLiteral("I"))->exempt);
    EXPECT_EQ(itemNumbered(items, QStringLiteral("III"))->title,
              QStringLiteral("PUBLIC PARTICIPATION: ORAL AND WRITTEN COMMUNICATIONS FROM THE PUBLIC"));
    const AgendaItem* registers = itemNumbered(items, QStringLiteral("IV.a"));
    ASSERT_TRUE(registers);
    EXPECT_EQ(registers->title, QStringLiteral("CHECK REGISTERS"));
    EXPECT_EQ(registers->reportOf, QStringLiteral("Finance Director Viki Copeland"));
    EXPECT_EQ(registers->description, QStringLiteral("Staff recommends City Council ratify the registers."));
    const AgendaItem* revenue = itemNumbered(items, QStringLiteral("IV.b"));
    ASSERT_TRUE(revenue);
    EXPECT_EQ(revenue->title,
              QStringLiteral("REVENUE REPORT, EXPENDITURE REPORT, AND CIP REPORT BY PROJECT FOR "
                             "SEPTEMBER, OCTOBER AND NOVEMBER 2022"));
    EXPECT_EQ(itemNumbered(items, QStringLiteral("V"))->title, QStringLiteral("ADJOURNMENT"));
    EXPECT_EQ(items.last().number, QStringLiteral("V"));
    EXPECT_FALSE(itemNumbered(items, QStringLiteral("1"))); // instructions, not items
    EXPECT_EQ(countTitled(items, QStringLiteral("No Meeting")), 0);
    EXPECT_EQ(countTitled(items, QStringLiteral("CALL TO ORDER")), 2); // closed and open session
}

TEST(AgendaParser, UnnumberedHeadingsAndCapitalTitleWithSentence)
{
    PageBuilder one(1, QSizeF(612, 792));
    one.text(271, 196, QStringLiteral("AGENDA"), 16);
    one.text(22, 331, QStringLiteral("UNTIL FURTHER NOTICE, MEETINGS WILL BE CONDUCTED PURSUANT TO THE PROVISIONS OF"),
             12);
    one.text(22, 344, QStringLiteral("ASSEMBLY BILL 361, WHICH ALLOWS MEMBERS TO PARTICIPATE FROM A REMOTE LOCATION"),
             12);
    PageBuilder two(2, QSizeF(612, 792));
    two.row(34, {{36, QStringLiteral("CALL TO ORDER")}, {180, QStringLiteral("Chair Ramirez")}}, 14);
    two.text(36, 106, QStringLiteral("CONSENT CALENDAR"), 14);
    two.text(36, 133, QStringLiteral("Consent calendar items are considered routine matters."), 13);
    two.text(36, 189, QStringLiteral("1. MEETING MINUTES - Staff recommends the Housing Authority approve the minutes"),
             13);
    two.row(202, {{54, QStringLiteral("of October 18, 2022, as submitted.")}, {540, QStringLiteral("315-05-03")}}, 13);
    two.text(36, 230, QStringLiteral("2. WARRANTS - Staff recommends the Housing Authority approve the warrant runs."),
             13);
    stack(two, 36, 273, 28,
          {QStringLiteral("COMMUNITY DEVELOPMENT DIRECTOR'S REPORT"), QStringLiteral("ORAL COMMUNICATIONS"),
           QStringLiteral("ADJOURNMENT")},
          14);
    two.text(36, 395, QStringLiteral("I hereby certify under penalty of perjury that the foregoing agenda was posted."),
             11);
    PageBuilder three(3, QSizeF(612, 792));
    stack(three, 195, 88, 14,
          {QStringLiteral("MINUTES OF THE REGULAR MEETING"), QStringLiteral("COMMUNITY DEVELOPMENT DIRECTOR REPORT")},
          14);
    const QList<AgendaItem> items = parse::AgendaParser::parse(documentOf({one.build(), two.build(), three.build()}));
    ASSERT_EQ(items.size(), 7);
    EXPECT_EQ(items.at(0).title, QStringLiteral("CALL TO ORDER"));
    EXPECT_EQ(items.at(0).number, QStringLiteral(""));
    EXPECT_EQ(items.at(0).description, QStringLiteral("Chair Ramirez"));
    const AgendaItem* minutes = itemNumbered(items, QStringLiteral("1"));
    ASSERT_TRUE(minutes);
    EXPECT_EQ(minutes->title, QStringLiteral("MEETING MINUTES"));
    EXPECT_TRUE(minutes->description.startsWith(QStringLiteral("Staff recommends")));
    EXPECT_TRUE(minutes->description.endsWith(QStringLiteral("as submitted.")));
    EXPECT_FALSE(minutes->packPages);
    EXPECT_EQ(itemNumbered(items, QStringLiteral("2"))->title, QStringLiteral("WARRANTS"));
    EXPECT_EQ(countTitled(items, QStringLiteral("COMMUNITY DEVELOPMENT DIRECTOR")), 1);
    EXPECT_EQ(countTitled(items, QStringLiteral("UNTIL FURTHER NOTICE")), 0);
    EXPECT_EQ(items.last().title, QStringLiteral("ADJOURNMENT"));
}

TEST(AgendaParser, NoAgendaInAReportOrInMinutes)
{
    PageBuilder report(1);
    stack(report, 71, 57, 28,
          {QStringLiteral("From: Roger Gough, Leader of the Council"),
           QStringLiteral("To: County Council - 9 January 2025"),
           QStringLiteral("Subject: English Devolution White Paper"), QStringLiteral("1. Background")},
          12);
    EXPECT_TRUE(parse::AgendaParser::parse(documentOf({report.build()})).isEmpty());

    PageBuilder minutes(1);
    stack(minutes, 62, 78, 21,
          {QStringLiteral("Children and Families Overview and Scrutiny Panel"), QStringLiteral("Minutes"),
           QStringLiteral("Agenda"), QStringLiteral("389 Apologies and Welcome"),
           QStringLiteral("390 Declaration of Interest")},
          9);
    EXPECT_TRUE(parse::AgendaParser::parse(documentOf({minutes.build()})).isEmpty());

    PageBuilder letter(1);
    stack(letter, 57, 355, 26, {QStringLiteral("Dear Member"), QStringLiteral("Enclosed are the Budget amendments.")},
          12);
    EXPECT_TRUE(parse::AgendaParser::parse(documentOf({letter.build()})).isEmpty());
}

TEST(AgendaParser, LeftoverStampsAndRunningHeadersAreNotItemsOrTitles)
{
    PageBuilder one(1);
    one.text(62, 303, QStringLiteral("A G E N D A"), 10);
    stack(one, 62, 322, 18.6,
          {QStringLiteral("1. Apologies for Absence"), QStringLiteral("2. Declarations of Interest")});
    one.text(282, 805, QStringLiteral("Page 1"), 9);
    PageBuilder two(2);
    two.text(62, 40, QStringLiteral("OVERVIEW AND SCRUTINY COMMITTEE"), 10);
    stack(two, 62, 76, 18.6,
          {QStringLiteral("3. Minutes of the Previous Meeting (Pages 5 - 20)"),
           QStringLiteral("Minutes of the meeting held on 10 July 2018")});
    two.text(282, 805, QStringLiteral("Page 2"), 9);
    PageBuilder three(3);
    three.text(471, 31, QStringLiteral("Agenda Item 3"), 11);
    stack(three, 62, 76, 18.6,
          {QStringLiteral("1. APOLOGIES FOR ABSENCE"), QStringLiteral("2. DECLARATIONS OF INTEREST")});
    const QList<AgendaItem> items = parse::AgendaParser::parse(documentOf({one.build(), two.build(), three.build()}));
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items.at(1).title, QStringLiteral("Declarations of Interest"));
    EXPECT_TRUE(items.at(1).description.isEmpty());
    EXPECT_EQ(items.at(2).title, QStringLiteral("Minutes of the Previous Meeting"));
    EXPECT_EQ(countTitled(items, QStringLiteral("OVERVIEW")), 0);
}

TEST(AgendaParser, WrappedReportOfLine)
{
    PageBuilder page(1);
    page.text(62, 60, QStringLiteral("AGENDA"), 12);
    stack(page, 62, 100, 19,
          {QStringLiteral("4. Town Centre Regeneration (Pages 21 - 60)"),
           QStringLiteral("Report of the Executive Director (Place) and the Head of")});
    page.text(62, 132, QStringLiteral("Regeneration"), 10);
    page.text(62, 170, QStringLiteral("5. Work Programme (Pages 61 - 70)"), 10);
    const QList<AgendaItem> items = parse::AgendaParser::parse(documentOf({page.build()}));
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).reportOf, QStringLiteral("Executive Director (Place) and the Head of Regeneration"));
    EXPECT_TRUE(items.at(0).description.isEmpty());
}

// Page ranges labelled in their own column ("Pages 5 - 12", "Page 61"), and public and private
// parts lettered A and B: the ranges are no part of the titles, and Part B's items are exempt.
TEST(AgendaParser, LabelledPageRangesAndLetteredParts)
{
    PageBuilder page(1);
    page.text(62, 120, QStringLiteral("AGENDA"), 12);
    page.text(62, 150, QStringLiteral("PART A \u2013 ITEMS FOR CONSIDERATION IN PUBLIC"), 10);
    page.row(170, {{62, QStringLiteral("1.")}, {90, QStringLiteral("Apologies for absence")}}, 10);
    page.row(190,
             {{62, QStringLiteral("2.")}, {90, QStringLiteral("Minutes")}, {440, QStringLiteral("Pages 5 - 12")}}, 10);
    page.row(210,
             {{62, QStringLiteral("3.")},
              {90, QStringLiteral("Revenue Budget Monitoring")},
              {440, QStringLiteral("pp. 13-40")}},
             10);
    page.row(230,
             {{62, QStringLiteral("4.")}, {90, QStringLiteral("Work Programme")}, {440, QStringLiteral("Page 41")}}, 10);
    page.text(62, 260, QStringLiteral("PART B \u2013 ITEMS LIKELY TO BE CONSIDERED IN PRIVATE"), 10);
    page.row(280,
             {{62, QStringLiteral("5.")},
              {90, QStringLiteral("Disposal of a depot site")},
              {440, QStringLiteral("Pages 42 - 50")}},
             10);
    const QList<AgendaItem> items = parse::AgendaParser::parse(documentOf({page.build()}));
    ASSERT_EQ(items.size(), 5);
    EXPECT_EQ(items.at(1).title, QStringLiteral("Minutes"));
    EXPECT_EQ(items.at(1).packPages, (PageRange {5, 12}));
    EXPECT_EQ(items.at(2).title, QStringLiteral("Revenue Budget Monitoring"));
    EXPECT_EQ(items.at(2).packPages, (PageRange {13, 40}));
    EXPECT_EQ(items.at(3).packPages, (PageRange {41, 41}));
    for (int i = 0; i < 4; ++i)
        EXPECT_FALSE(items.at(i).exempt) << i;
    EXPECT_TRUE(items.at(4).exempt);
    EXPECT_EQ(items.at(4).packPages, (PageRange {42, 50}));
}

// Roman numerals heading sections over arabic items that run on from one section to the next:
// the arabic numbers are the items (a US agenda restarts them under each numeral), and a
// planning application's number may open a title.
TEST(AgendaParser, RomanSectionsOverItemsNumberedThroughout)
{
    PageBuilder page(1);
    page.text(62, 120, QStringLiteral("AGENDA"), 12);
    page.row(150, {{62, QStringLiteral("I.")}, {100, QStringLiteral("PROCEDURAL ITEMS")}}, 10);
    page.row(166, {{62, QStringLiteral("1.")}, {100, QStringLiteral("Apologies for absence")}}, 10);
    page.row(182,
             {{62, QStringLiteral("2.")}, {100, QStringLiteral("Minutes of the last meeting")}, {440, QStringLiteral("3 - 10")}},
             10);
    page.row(198, {{62, QStringLiteral("II.")}, {100, QStringLiteral("APPLICATIONS FOR DETERMINATION")}}, 10);
    page.row(214,
             {{62, QStringLiteral("3.")},
              {100, QStringLiteral("23/01234/FUL - Land east of Home Farm, Ambridge")},
              {440, QStringLiteral("11 - 34")}},
             10);
    page.row(230,
             {{62, QStringLiteral("4.")},
              {100, QStringLiteral("23/01310/OUT - The Old Dairy, Hollerton Road")},
              {440, QStringLiteral("35 - 58")}},
             10);
    page.row(246, {{62, QStringLiteral("III.")}, {100, QStringLiteral("OTHER MATTERS")}}, 10);
    page.row(262,
             {{62, QStringLiteral("5.")}, {100, QStringLiteral("Planning appeals decided")}, {440, QStringLiteral("59 - 64")}},
             10);
    const QList<AgendaItem> items = parse::AgendaParser::parse(documentOf({page.build()}));
    ASSERT_EQ(items.size(), 5);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(items.at(i).number, QString::number(i + 1));
    EXPECT_EQ(items.at(2).title, QStringLiteral("23/01234/FUL - Land east of Home Farm, Ambridge"));
    EXPECT_EQ(items.at(2).packPages, (PageRange {11, 34}));
    EXPECT_EQ(items.at(4).title, QStringLiteral("Planning appeals decided"));
}
