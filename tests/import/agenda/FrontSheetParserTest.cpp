#include "agenda/FrontSheetParser.h"
#include "AgendaFixtures.h"
#include "agenda/DocumentKindDetector.h"
#include "agenda/MeetingDetailsReader.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::blankPage;
using scrutineer::testing::documentOf;
using scrutineer::testing::memberNamed;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::stack;

namespace {

// A ModernGov front sheet: labelled particulars, then Member and Substitute lists read one
// after the other (the table's columns came out as two lists), spilling onto page 2.
layout::LayoutDocument labelledFrontSheet()
{
    PageBuilder one(1);
    one.text(62, 77, QStringLiteral("Public Document Pack"), 12.9);
    stack(one, 62, 104, 13,
          {QStringLiteral("MEETING: OVERVIEW AND SCRUTINY COMMITTEE (CHILDREN'S SERVICES AND"),
           QStringLiteral("SAFEGUARDING)")});
    stack(one, 62, 136, 19,
          {QStringLiteral("DATE: Tuesday, 25th September 2018"), QStringLiteral("TIME: 6.30 pm"),
           QStringLiteral("VENUE: Committee Room, Town Hall Bootle"), QStringLiteral("Member"),
           QStringLiteral("Councillor"), QStringLiteral("Cllr. Paula Murphy (Chair)"),
           QStringLiteral("Cllr. Clare Carragher (Vice-Chair)"), QStringLiteral("Cllr. Richard Hands"),
           QStringLiteral("Cllr. Catie Page"), QStringLiteral("Mrs Sandra Cain"), QStringLiteral("Substitute"),
           QStringLiteral("Councillor"), QStringLiteral("Cllr. Michael O'Brien"),
           QStringLiteral("Cllr. Iain Brodie - Browne")});
    PageBuilder two(2);
    stack(two, 62, 76, 19,
          {QStringLiteral("Cllr. Terry Jones"),
           QStringLiteral("COMMITTEE OFFICER: Debbie Campbell, Senior Democratic Services Officer"),
           QStringLiteral("Telephone: 0151 934 2254"), QStringLiteral("E-mail: debbie.campbell@example.gov.uk"),
           QStringLiteral("A G E N D A"), QStringLiteral("1. Apologies for Absence")});
    return documentOf({one.build(), two.build()});
}

} // namespace

TEST(FrontSheetParser, ReadsLabelledParticularsWithWrappedBodyInTitleCase)
{
    const parse::FrontSheet front = parse::FrontSheetParser::parse(labelledFrontSheet());
    EXPECT_TRUE(front.found);
    EXPECT_EQ(front.kind, DocumentKind::AgendaPack);
    const Meeting& m = front.meeting;
    EXPECT_EQ(m.body, QStringLiteral("Overview and Scrutiny Committee (Children's Services and Safeguarding)"));
    EXPECT_EQ(m.date, QDate(2018, 9, 25));
    EXPECT_EQ(m.time, QTime(18, 30));
    EXPECT_EQ(m.venue, QStringLiteral("Committee Room, Town Hall Bootle"));
    EXPECT_EQ(m.officer, QStringLiteral("Debbie Campbell, Senior Democratic Services Officer"));
    EXPECT_TRUE(m.officerContact.contains(QStringLiteral("0151 934 2254")));
    EXPECT_TRUE(m.officerContact.contains(QStringLiteral("debbie.campbell@example.gov.uk")));
    // Only the e-mail domain names the council: no authority.
    EXPECT_TRUE(m.authority.isEmpty());
}

TEST(FrontSheetParser, MemberAndSubstituteListsReadInTurnAcrossPages)
{
    const QList<Member> members = parse::FrontSheetParser::parse(labelledFrontSheet()).meeting.members;
    ASSERT_EQ(members.size(), 8);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Paula Murphy"))->role, MemberRole::Chair);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Paula Murphy"))->roleText, QStringLiteral("Chair"));
    EXPECT_EQ(memberNamed(members, QStringLiteral("Clare Carragher"))->role, MemberRole::ViceChair);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Catie Page"))->role, MemberRole::Member);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Sandra Cain"))->role, MemberRole::Member);
    const auto brodie = memberNamed(members, QStringLiteral("Iain Brodie - Browne"));
    ASSERT_TRUE(brodie);
    EXPECT_EQ(brodie->role, MemberRole::Substitute);
    EXPECT_TRUE(brodie->substituteFor.isEmpty()); // lists read in turn: no row to pair by
    const auto jones = memberNamed(members, QStringLiteral("Terry Jones"));
    ASSERT_TRUE(jones);
    EXPECT_EQ(jones->role, MemberRole::Substitute);
    EXPECT_EQ(jones->pdfPage, 2);
}

TEST(FrontSheetParser, SubstitutesPairWithTheMemberOnTheirRowNotByPosition)
{
    PageBuilder page(1);
    page.text(62, 104, QStringLiteral("MEETING: CABINET"), 10).text(62, 123, QStringLiteral("DATE: 5 March 2019"), 10);
    page.row(190, {{62, QStringLiteral("Member")}, {300, QStringLiteral("Substitute")}}, 10);
    page.row(210, {{62, QStringLiteral("Councillor")}, {300, QStringLiteral("Councillor")}}, 10);
    page.row(229, {{62, QStringLiteral("Cllr. Paula Murphy (Chair)")}, {300, QStringLiteral("Cllr. Michael O'Brien")}},
             10);
    page.row(248, {{62, QStringLiteral("Cllr. Clare Carragher (Vice-Chair)")}}, 10); // no substitute on this row
    page.row(267, {{62, QStringLiteral("Cllr. Richard Hands")}, {300, QStringLiteral("Cllr. Iain Brodie - Browne")}},
             10);
    page.row(286, {{62, QStringLiteral("Mrs Sandra Cain")}}, 10);
    page.text(62, 320, QStringLiteral("COMMITTEE OFFICER: Debbie Campbell"), 10);
    const QList<Member> members = parse::FrontSheetParser::parse(documentOf({page.build()})).meeting.members;
    ASSERT_EQ(members.size(), 6);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Michael O'Brien"))->substituteFor, QStringLiteral("Paula Murphy"));
    EXPECT_EQ(memberNamed(members, QStringLiteral("Iain Brodie - Browne"))->substituteFor,
              QStringLiteral("Richard Hands"));
    EXPECT_EQ(memberNamed(members, QStringLiteral("Iain Brodie - Browne"))->role, MemberRole::Substitute);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Clare Carragher"))->role, MemberRole::ViceChair);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Sandra Cain"))->role, MemberRole::Member);
}

TEST(FrontSheetParser, MembershipWithRoleLabelsAndCoOptedSecondColumn)
{
    PageBuilder one(1);
    one.text(62, 77, QStringLiteral("Public Document Pack"), 12.9).text(62, 108, QStringLiteral("Agenda"), 14);
    one.text(62, 135, QStringLiteral("Children and Young People Scrutiny Committee"), 12.7);
    stack(one, 62, 156, 31, {QStringLiteral("Date: Tuesday 12 October 2021"), QStringLiteral("Time: 2.30 pm")});
    stack(one, 62, 219, 19,
          {QStringLiteral("Place: Herefordshire Council Offices, Plough Lane, Hereford,"), QStringLiteral("HR4 0LE")});
    stack(one, 62, 269, 19,
          {QStringLiteral("Notes: Please note the time, date and venue of the meeting."),
           QStringLiteral("For any further information please contact:"),
           QStringLiteral("Sarah Buffrey, Democratic Services Officer"), QStringLiteral("Tel: 01432 260176"),
           QStringLiteral("Email: sarah.buffrey@example.gov.uk")});
    PageBuilder two(2);
    two.text(62, 187, QStringLiteral("Membership"), 12.7);
    stack(two, 62, 208, 19,
          {QStringLiteral("Chairperson Councillor Phillip Howells"),
           QStringLiteral("Vice-chairperson Councillor Jennie Hewitt"), QStringLiteral("Councillor Graham Andrews"),
           QStringLiteral("Councillor Helen l'Anson")});
    PageBuilder three(3);
    stack(three, 62, 76, 19,
          {QStringLiteral("Andy James"), QStringLiteral("Sam Pratley"), QStringLiteral("Co-Opted Member"),
           QStringLiteral("Co-Opted Member"), QStringLiteral("Agenda")});
    const parse::FrontSheet front
        = parse::FrontSheetParser::parse(documentOf({one.build(), two.build(), three.build()}));
    const Meeting& m = front.meeting;
    EXPECT_EQ(m.body, QStringLiteral("Children and Young People Scrutiny Committee"));
    EXPECT_EQ(m.date, QDate(2021, 10, 12));
    EXPECT_EQ(m.time, QTime(14, 30));
    EXPECT_EQ(m.venue, QStringLiteral("Herefordshire Council Offices, Plough Lane, Hereford, HR4 0LE"));
    EXPECT_EQ(m.officer, QStringLiteral("Sarah Buffrey, Democratic Services Officer"));
    EXPECT_TRUE(m.authority.isEmpty());
    ASSERT_EQ(m.members.size(), 6);
    EXPECT_EQ(memberNamed(m.members, QStringLiteral("Phillip Howells"))->role, MemberRole::Chair);
    EXPECT_EQ(memberNamed(m.members, QStringLiteral("Phillip Howells"))->roleText, QStringLiteral("Chairperson"));
    EXPECT_EQ(memberNamed(m.members, QStringLiteral("Jennie Hewitt"))->role, MemberRole::ViceChair);
    EXPECT_EQ(memberNamed(m.members, QStringLiteral("Helen l'Anson"))->role, MemberRole::Member);
    EXPECT_EQ(memberNamed(m.members, QStringLiteral("Andy James"))->role, MemberRole::CoOpted);
    EXPECT_EQ(memberNamed(m.members, QStringLiteral("Sam Pratley"))->role, MemberRole::CoOpted);
    EXPECT_EQ(memberNamed(m.members, QStringLiteral("Sam Pratley"))->roleText, QStringLiteral("Co-Opted Member"));
}

TEST(FrontSheetParser, CoOptedLabelBesideTheNameInOneRow)
{
    PageBuilder page(1);
    page.text(62, 108, QStringLiteral("Agenda"), 14).text(62, 135, QStringLiteral("Scrutiny Committee"), 12.7);
    page.text(62, 187, QStringLiteral("Membership"), 12.7);
    page.text(62, 208, QStringLiteral("Councillor Graham Andrews"), 10);
    page.row(227, {{62, QStringLiteral("Andy James")}, {300, QStringLiteral("Co-Opted Member")}}, 10);
    page.text(62, 260, QStringLiteral("Agenda"), 12.7);
    const QList<Member> members = parse::FrontSheetParser::parse(documentOf({page.build()})).meeting.members;
    ASSERT_EQ(members.size(), 2);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Graham Andrews"))->role, MemberRole::Member);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Andy James"))->role, MemberRole::CoOpted);
}

TEST(FrontSheetParser, CoveringLetterIsASupplementForTheMeetingLineDateNotTheLetterDate)
{
    PageBuilder one(1);
    one.row(290, {{354, QStringLiteral("Direct Dial/Ext:")}, {424, QStringLiteral("03000416892")}}, 10);
    one.row(301, {{386, QStringLiteral("e-mail:")}, {424, QStringLiteral("joel.cook@example.gov.uk")}}, 10);
    one.row(311, {{383, QStringLiteral("Ask for:")}, {424, QStringLiteral("Joel Cook")}}, 10);
    one.row(321, {{392, QStringLiteral("Date:")}, {424, QStringLiteral("7 January 2025")}}, 10);
    stack(one, 57, 355, 26,
          {QStringLiteral("Dear Member"), QStringLiteral("COUNTY COUNCIL - THURSDAY, 9 JANUARY 2025"),
           QStringLiteral(
               "Please find enclosed the documents for Item 3 - English Devolution White Paper, which were not")},
          12);
    one.text(57, 420, QStringLiteral("available when the main agenda was first published."), 12);
    one.text(57, 458, QStringLiteral("Agenda Item No"), 12);
    one.row(471, {{57, QStringLiteral("3")}, {135, QStringLiteral("English Devolution White Paper (Pages 1 - 18)")}},
            12);
    stack(one, 57, 534, 13, {QStringLiteral("Yours sincerely"), QStringLiteral("Benjamin Watts")}, 12);
    layout::LayoutDocument doc = documentOf({one.build(), blankPage(2)});
    doc.subject = QStringLiteral("County Council, 09/01/2025 10:00");
    const parse::FrontSheet front = parse::FrontSheetParser::parse(doc);
    EXPECT_EQ(front.kind, DocumentKind::Supplement);
    EXPECT_TRUE(front.found);
    EXPECT_EQ(front.meeting.body, QStringLiteral("County Council"));
    EXPECT_EQ(front.meeting.date, QDate(2025, 1, 9));
    EXPECT_FALSE(front.meeting.time.isValid()); // the Subject's 10:00 is not printed on the page
    EXPECT_EQ(front.meeting.officer, QStringLiteral("Joel Cook"));
    EXPECT_TRUE(front.meeting.officerContact.contains(QStringLiteral("03000416892")));
    EXPECT_TRUE(front.meeting.officerContact.contains(QStringLiteral("joel.cook@example.gov.uk")));
    EXPECT_TRUE(front.meeting.members.isEmpty());
    EXPECT_TRUE(front.meeting.authority.isEmpty());
}

TEST(FrontSheetParser, BudgetAmendmentsLetterIsASupplement)
{
    PageBuilder one(1);
    stack(one, 57, 355, 26,
          {QStringLiteral("Dear Member"), QStringLiteral("COUNTY COUNCIL - THURSDAY, 13 FEBRUARY 2025"),
           QStringLiteral("Enclosed are the Budget amendments that were proposed during the meeting on 13 February")},
          12);
    one.text(57, 420, QStringLiteral("2025. The letter is dated 27 February 2025."), 12);
    const parse::FrontSheet front = parse::FrontSheetParser::parse(documentOf({one.build()}));
    EXPECT_EQ(front.kind, DocumentKind::Supplement);
    EXPECT_EQ(front.meeting.date, QDate(2025, 2, 13));
}

TEST(FrontSheetParser, TwoColumnAgendaPageKeepsContactColumnOutOfTheVenue)
{
    PageBuilder page(1);
    page.text(270, 179, QStringLiteral("AGENDA"), 14.5).text(264, 207, QStringLiteral("CABINET"), 16.8);
    page.row(250,
             {{78, QStringLiteral("Thursday, 13th March, 2025, at 3.00 pm")},
              {329, QStringLiteral("Ask for:")},
              {407, QStringLiteral("Georgina Little")}},
             12);
    page.text(78, 264, QStringLiteral("(or on the rising of Full Council,"), 12);
    page.text(78, 277, QStringLiteral("whichever is the later)"), 12);
    page.row(291,
             {{78, QStringLiteral("Council Chamber, Sessions House,")},
              {329, QStringLiteral("Telephone:")},
              {407, QStringLiteral("Tel: 03000 414043")}},
             12);
    page.row(305, {{78, QStringLiteral("County Hall, Maidstone")}, {407, QStringLiteral("Email:")}}, 12);
    page.text(407, 319, QStringLiteral("georgina.little@example"), 12);
    page.text(407, 333, QStringLiteral(".gov.uk"), 12);
    page.text(231, 429, QStringLiteral("UNRESTRICTED ITEMS"), 12);
    page.row(490, {{54, QStringLiteral("1.")}, {82, QStringLiteral("Apologies")}}, 12);
    layout::LayoutDocument doc = documentOf({page.build(), blankPage(2)});
    doc.subject = QStringLiteral("Cabinet, 13/03/2025 15:00");
    const parse::FrontSheet front = parse::FrontSheetParser::parse(doc);
    const Meeting& m = front.meeting;
    EXPECT_EQ(front.kind, DocumentKind::AgendaPack);
    EXPECT_EQ(m.body, QStringLiteral("Cabinet"));
    EXPECT_EQ(m.date, QDate(2025, 3, 13));
    EXPECT_EQ(m.time, QTime(15, 0));
    EXPECT_EQ(m.venue, QStringLiteral("Council Chamber, Sessions House, County Hall, Maidstone"));
    EXPECT_EQ(m.officer, QStringLiteral("Georgina Little"));
    EXPECT_TRUE(m.officerContact.contains(QStringLiteral("03000 414043")));
    EXPECT_TRUE(m.officerContact.contains(QStringLiteral("georgina.little@example.gov.uk")));
}

TEST(FrontSheetParser, UsRosterStopsAtTheOfficersListedAfterTheCouncil)
{
    PageBuilder page(1, QSizeF(612, 792));
    page.text(208, 86, QStringLiteral("City of Hermosa Beach"), 20);
    stack(page, 245, 116, 12.5,
          {QStringLiteral("City Hall"), QStringLiteral("1315 Valley Drive"), QStringLiteral("Hermosa Beach, CA 90254")},
          11);
    page.text(211, 290, QStringLiteral("Regular Meeting Agenda"), 18);
    stack(page, 228, 314, 19, {QStringLiteral("Tuesday, January 10, 2023"), QStringLiteral("5:00 PM")}, 13.7);
    page.text(236, 385, QStringLiteral("Open Session - 6:00 PM"), 13.7);
    page.text(259, 422, QStringLiteral("City Council"), 18);
    stack(page, 271, 448, 12.5,
          {QStringLiteral("Mayor"), QStringLiteral("Ray Jackson"), QStringLiteral("Mayor Pro Tem"),
           QStringLiteral("Justin Massey"), QStringLiteral("Councilmembers"), QStringLiteral("Dean Francois"),
           QStringLiteral("Mike Detoy")},
          10.8);
    page.row(545, {{216, QStringLiteral("City Treasurer")}, {329, QStringLiteral("City Attorney")}}, 10.8);
    page.row(557, {{216, QStringLiteral("Karen Nowicki")}, {322, QStringLiteral("Patrick Donegan")}}, 10.8);
    page.text(269, 580, QStringLiteral("Executive Team"), 11);
    page.text(242, 595, QStringLiteral("Suja Lowenthal, City Manager"), 10);
    const parse::FrontSheet front = parse::FrontSheetParser::parse(documentOf({page.build()}));
    const Meeting& m = front.meeting;
    EXPECT_EQ(m.authority, QStringLiteral("City of Hermosa Beach"));
    EXPECT_EQ(m.body, QStringLiteral("City Council"));
    EXPECT_EQ(m.date, QDate(2023, 1, 10));
    EXPECT_EQ(m.time, QTime(17, 0));
    EXPECT_TRUE(m.venue.contains(QStringLiteral("1315 Valley Drive")));
    ASSERT_EQ(m.members.size(), 4);
    EXPECT_EQ(memberNamed(m.members, QStringLiteral("Ray Jackson"))->role, MemberRole::Chair);
    EXPECT_EQ(memberNamed(m.members, QStringLiteral("Justin Massey"))->role, MemberRole::ViceChair);
    EXPECT_EQ(memberNamed(m.members, QStringLiteral("Mike Detoy"))->role, MemberRole::Member);
    EXPECT_FALSE(memberNamed(m.members, QStringLiteral("Karen Nowicki")));
}

TEST(FrontSheetParser, NameCommaRoleLinesAndAnAuthorityThatIsTheBody)
{
    PageBuilder one(1, QSizeF(612, 792));
    stack(one, 220, 196, 18,
          {QStringLiteral("AGENDA"), QStringLiteral("HOUSING AUTHORITY"), QStringLiteral("NOVEMBER 15, 2022")}, 16);
    stack(one, 176, 262, 14,
          {QStringLiteral("REGULAR MEETING"), QStringLiteral("NORWALK CITY HALL/COUNCIL CHAMBERS"),
           QStringLiteral("AND VIA VIDEOCONFERENCE"), QStringLiteral("5:45 P.M.")},
          13);
    stack(one, 220, 460, 14,
          {QStringLiteral("Rick Ramirez, Chair"), QStringLiteral("Ana Valencia, Vice Chair"),
           QStringLiteral("Margarita L. Rios, Commissioner")},
          13);
    one.text(34, 575, QStringLiteral("Public Comment: See above."), 12);
    PageBuilder two(2, QSizeF(612, 792));
    two.text(36, 34, QStringLiteral("CALL TO ORDER"), 16);
    two.text(36, 755, QStringLiteral("Norwalk Housing Authority, November 15, 2022"), 12);
    const parse::FrontSheet front = parse::FrontSheetParser::parse(documentOf({one.build(), two.build()}));
    const Meeting& m = front.meeting;
    EXPECT_EQ(m.body, QStringLiteral("Housing Authority"));
    EXPECT_EQ(m.authority, QStringLiteral("Norwalk Housing Authority"));
    EXPECT_EQ(m.date, QDate(2022, 11, 15));
    EXPECT_EQ(m.time, QTime(17, 45));
    EXPECT_EQ(m.venue, QStringLiteral("NORWALK CITY HALL/COUNCIL CHAMBERS AND VIA VIDEOCONFERENCE"));
    ASSERT_EQ(m.members.size(), 3);
    EXPECT_EQ(memberNamed(m.members, QStringLiteral("Rick Ramirez"))->role, MemberRole::Chair);
    EXPECT_EQ(memberNamed(m.members, QStringLiteral("Ana Valencia"))->role, MemberRole::ViceChair);
    EXPECT_EQ(memberNamed(m.members, QStringLiteral("Margarita L. Rios"))->role, MemberRole::Member);
    EXPECT_EQ(memberNamed(m.members, QStringLiteral("Margarita L. Rios"))->roleText, QStringLiteral("Commissioner"));
}

TEST(FrontSheetParser, PrintedMinutesAreNotAFrontSheetButNameTheAuthority)
{
    PageBuilder page(1);
    page.text(234, 72, QStringLiteral("KENT COUNTY COUNCIL"), 13.4)
        .text(252, 116, QStringLiteral("COUNTY COUNCIL"), 13.4);
    page.text(90, 157, QStringLiteral("MINUTES of a meeting of the County Council held in the Council Chamber,"), 13.4);
    page.text(90, 171, QStringLiteral("Sessions House, County Hall, Maidstone on Thursday, 13 March 2025."), 13.4);
    const parse::FrontSheet front = parse::FrontSheetParser::parse(documentOf({page.build()}));
    EXPECT_EQ(front.kind, DocumentKind::Minutes);
    EXPECT_FALSE(front.found);
    EXPECT_EQ(front.meeting.authority, QStringLiteral("Kent County Council"));
    EXPECT_TRUE(front.meeting.members.isEmpty());
}

// A partnership's attendance sets each person beside the body they come from: a council named there
// is a member's, not the meeting's authority; a council named on its own line still is.
TEST(FrontSheetParser, APersonBesideTheirCouncilDoesNotNameTheAuthority)
{
    for (const qreal scale : {0.8, 1.0, 1.5}) {
        PageBuilder page(1);
        page.text(90 * scale, 72 * scale, QStringLiteral("WESTMARSH COMMUNITY SAFETY PARTNERSHIP BOARD"), 13 * scale);
        page.text(90 * scale, 100 * scale, QStringLiteral("Minutes of the meeting held on Thursday 7 March 2024"),
                  11 * scale);
        page.text(90 * scale, 128 * scale, QStringLiteral("Present:"), 11 * scale);
        page.text(90 * scale, 146 * scale, QStringLiteral("Cllr Victor Lamb"), 11 * scale)
            .text(300 * scale, 146 * scale, QStringLiteral("Westmarsh District Council"), 11 * scale);
        page.text(90 * scale, 164 * scale, QStringLiteral("Supt Gareth Pryor"), 11 * scale)
            .text(300 * scale, 164 * scale, QStringLiteral("Southvale Police"), 11 * scale);
        const parse::FrontSheet front = parse::FrontSheetParser::parse(documentOf({page.build()}));
        EXPECT_EQ(front.meeting.authority, QString()) << "scale " << scale;
    }
    EXPECT_EQ(parse::MeetingDetailsReader::authorityName(QStringLiteral("Cllr Victor Lamb Westmarsh District Council")),
              QString());
    EXPECT_EQ(parse::MeetingDetailsReader::authorityName(QStringLiteral("Westmarsh District Council")),
              QStringLiteral("Westmarsh District Council"));
    EXPECT_EQ(parse::MeetingDetailsReader::authorityName(QStringLiteral("Hartmoor and Westdale Fire Authority")),
              QStringLiteral("Hartmoor and Westdale Fire Authority"));
}

TEST(FrontSheetParser, SubjectFillsBodyAndDateButNeverTheTime)
{
    PageBuilder page(1);
    page.text(62, 100, QStringLiteral("AGENDA"), 14);
    page.text(62, 140, QStringLiteral("Please bring this agenda with you."), 10);
    layout::LayoutDocument doc = documentOf({page.build()});
    doc.subject = QStringLiteral("Cabinet, 13/03/2025 15:00");
    const parse::FrontSheet front = parse::FrontSheetParser::parse(doc);
    EXPECT_EQ(front.meeting.body, QStringLiteral("Cabinet"));
    EXPECT_EQ(front.meeting.date, QDate(2025, 3, 13));
    EXPECT_FALSE(front.meeting.time.isValid());
}

TEST(FrontSheetParser, NothingFrontSheetLikeIsNotFound)
{
    PageBuilder page(1);
    page.text(62, 100, QStringLiteral("Some notes about nothing in particular."), 10);
    const parse::FrontSheet front = parse::FrontSheetParser::parse(documentOf({page.build()}));
    EXPECT_FALSE(front.found);
    EXPECT_EQ(front.kind, DocumentKind::Other);
    EXPECT_TRUE(front.meeting.members.isEmpty());
}

TEST(FrontSheetParser, ASentenceWrappedToEndInABodysNameNamesNoBody)
{
    // A members' paper with no front sheet. Its running text has a line that ends in a body's
    // name ("…, the Cabinet") and mentions a record of decision, but begins mid-sentence.
    const QString midSentence = QStringLiteral(
        "assessments shows no material difference between the Proposed Record of Decision, the Cabinet");
    PageBuilder one(1);
    stack(one, 62, 100, 15,
          {QStringLiteral("Call-in Request for Executive Decision 24/00001"), QStringLiteral("Proposer: Ms A Member"),
           QStringLiteral("Seconder: Mr B Member")});
    PageBuilder two(2);
    stack(two, 62, 100, 15,
          {QStringLiteral("A brief statement is made in the report, but comparison of the financial"), midSentence,
           QStringLiteral("Committee Report and the final paperwork.")});
    const parse::FrontSheet paper = parse::FrontSheetParser::parse(documentOf({one.build(), two.build()}));
    EXPECT_TRUE(paper.meeting.body.isEmpty()) << paper.meeting.body.toStdString();

    // On the first page, the line is not the heading of a record of decision either.
    PageBuilder first(1);
    stack(first, 62, 100, 15,
          {QStringLiteral("A brief statement is made, but comparison of the financial"), midSentence});
    const parse::FrontSheet front = parse::FrontSheetParser::parse(documentOf({first.build()}));
    EXPECT_NE(front.kind, DocumentKind::DecisionRecord) << front.kindReason.toStdString();

    // The same name on a line of its own is still read.
    PageBuilder heading(1);
    stack(heading, 62, 100, 15,
          {QStringLiteral("Proposer: Ms A Member"), QStringLiteral("Seconder: Mr B Member"),
           QStringLiteral("Children and Young People Scrutiny Committee")});
    EXPECT_EQ(parse::FrontSheetParser::parse(documentOf({heading.build()})).meeting.body,
              QStringLiteral("Children and Young People Scrutiny Committee"));
}

TEST(FrontSheetParser, DocumentKindHeadings)
{
    using parse::DocumentKindDetector;
    EXPECT_TRUE(DocumentKindDetector::isMinutesHeading(QStringLiteral("MINUTES OF THE REGULAR MEETING")));
    EXPECT_TRUE(DocumentKindDetector::isMinutesHeading(
        QStringLiteral("MINUTES of a meeting of the County Council held in the Council Chamber,")));
    EXPECT_TRUE(DocumentKindDetector::isMinutesHeading(QStringLiteral("Minutes")));
    EXPECT_FALSE(DocumentKindDetector::isMinutesHeading(QStringLiteral("Minutes of the meeting held on 10 July 2018")));
    EXPECT_TRUE(DocumentKindDetector::isAgendaHeading(QStringLiteral("A G E N D A")));
    EXPECT_TRUE(DocumentKindDetector::isAgendaHeading(QStringLiteral("Regular Meeting Agenda")));
    EXPECT_TRUE(DocumentKindDetector::isAgendaHeading(QStringLiteral("Agenda Item No")));
    EXPECT_FALSE(DocumentKindDetector::isAgendaHeading(QStringLiteral("Agenda Item 3")));
    EXPECT_FALSE(
        DocumentKindDetector::isAgendaHeading(QStringLiteral("City Council Regular Meeting Agenda January 10, 2023")));
}

TEST(FrontSheetParser, AQuestionsSupplementMentionedInTheAgendaDoesNotMakeASupplement)
{
    PageBuilder page(1);
    page.text(62, 108, QStringLiteral("Agenda"), 14).text(62, 135, QStringLiteral("Scrutiny Committee"), 12.7);
    page.text(62, 160, QStringLiteral("Date: Tuesday 12 October 2021"), 10);
    page.row(196, {{65, QStringLiteral("5.")}, {85, QStringLiteral("QUESTIONS FROM MEMBERS OF THE PUBLIC")}}, 9.2);
    page.text(85, 208, QStringLiteral("Accepted questions and answers will be published as a supplement."), 9.2);
    EXPECT_EQ(parse::FrontSheetParser::parse(documentOf({page.build()})).kind, DocumentKind::AgendaPack);
}

TEST(FrontSheetParser, AuthorityFromALetterheadTheFurnitureRemoved)
{
    PageBuilder page(1);
    page.text(62, 104, QStringLiteral("MEETING: PLANNING COMMITTEE"), 10)
        .text(62, 123, QStringLiteral("DATE: 5 March 2019"), 10);
    layout::LayoutPage built = page.build();
    built.furniture.removedLines = {QStringLiteral("Sefton Metropolitan Borough Council")};
    const parse::FrontSheet front = parse::FrontSheetParser::parse(documentOf({built}));
    EXPECT_EQ(front.meeting.authority, QStringLiteral("Sefton Metropolitan Borough Council"));
    EXPECT_EQ(front.meeting.body, QStringLiteral("Planning Committee"));
}

TEST(FrontSheetParser, AReportNamesTheMeetingItIsWrittenFor)
{
    // "To: <body> – <date>" with a colon, and the same labels in a column of their own; the date
    // the report was written is not the meeting's.
    PageBuilder labelled(1);
    stack(labelled, 50, 60, 15,
          {QStringLiteral("From: Director of Place"),
           QStringLiteral("To: Policy and Resources Committee \u2013 Wednesday, 2 July 2025"),
           QStringLiteral("Subject: Highways asset management plan"), QStringLiteral("Date: 12 June 2025")},
          10);
    parse::FrontSheet sheet = parse::FrontSheetParser::parse(documentOf({labelled.build()}));
    EXPECT_EQ(sheet.kind, DocumentKind::Report);
    EXPECT_EQ(sheet.meeting.date, QDate(2025, 7, 2));
    EXPECT_EQ(sheet.meeting.body.toStdString(), "Policy and Resources Committee");

    PageBuilder columns(1, QSizeF(842, 595));
    columns.row(60, {{40, QStringLiteral("By")}, {120, QStringLiteral("Cabinet Member for Housing")}}, 11);
    columns.row(78, {{40, QStringLiteral("To")}, {120, QStringLiteral("Executive - 18 September 2025")}}, 11);
    columns.row(96, {{40, QStringLiteral("Subject")}, {120, QStringLiteral("Homelessness strategy")}}, 11);
    columns.row(114, {{40, QStringLiteral("Classification")}, {120, QStringLiteral("Unrestricted")}}, 11);
    sheet = parse::FrontSheetParser::parse(documentOf({columns.build()}));
    EXPECT_EQ(sheet.meeting.date, QDate(2025, 9, 18));
    EXPECT_EQ(sheet.meeting.body.toStdString(), "Executive");

    PageBuilder separate(1);
    stack(separate, 50, 60, 15,
          {QStringLiteral("Report to: Scrutiny Board (Children and Families)"),
           QStringLiteral("Date of meeting: 5 March 2025"),
           QStringLiteral("Report of: Director of Children's Services"),
           QStringLiteral("Subject: Fostering recruitment")},
          10);
    sheet = parse::FrontSheetParser::parse(documentOf({separate.build()}));
    EXPECT_EQ(sheet.meeting.date, QDate(2025, 3, 5));
    EXPECT_EQ(sheet.meeting.body.toStdString(), "Scrutiny Board (Children and Families)");
}

// A membership printed as a paragraph: several members to a line, separated by commas and "and",
// running on over a trailing comma; roles in brackets, a Scottish Convener among them.
TEST(FrontSheetParser, MembershipAsAParagraphOfNames)
{
    PageBuilder page(1);
    page.text(62, 104, QStringLiteral("Southvale Police and Crime Panel"), 13);
    page.text(62, 130, QStringLiteral("Date: Friday 22 September 2023"), 10);
    page.text(62, 170, QStringLiteral("Membership"), 10);
    page.text(62, 186,
              QStringLiteral("Councillor Jo Vale (Convener), Councillor Mike Ward (Vice-Chair), Councillor Al Young,"),
              10);
    page.text(62, 200, QStringLiteral("Councillor Priya Zia, Mrs Clare Abbott (Independent Member) and Mr Tom Best"),
              10);
    page.text(62, 230, QStringLiteral("AGENDA"), 12);
    page.text(62, 250, QStringLiteral("1. Apologies for absence"), 10);
    const QList<Member> members = parse::FrontSheetParser::parse(documentOf({page.build()})).meeting.members;
    ASSERT_EQ(members.size(), 6);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Jo Vale"))->role, MemberRole::Chair);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Mike Ward"))->role, MemberRole::ViceChair);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Al Young"))->role, MemberRole::Member);
    ASSERT_TRUE(memberNamed(members, QStringLiteral("Clare Abbott")).has_value());
    EXPECT_EQ(memberNamed(members, QStringLiteral("Clare Abbott"))->roleText, QStringLiteral("Independent Member"));
    EXPECT_TRUE(memberNamed(members, QStringLiteral("Tom Best")).has_value());
}

// A membership table whose second column holds each member's ward: the ward is no part of the
// name, and the roles in brackets are read.
TEST(FrontSheetParser, MembershipTableWithWards)
{
    PageBuilder page(1);
    page.text(62, 100, QStringLiteral("NOTICE OF MEETING"), 14);
    page.text(62, 124, QStringLiteral("Planning and Regulatory Committee"), 12);
    page.row(150, {{62, QStringLiteral("Date:")}, {150, QStringLiteral("Wednesday, 17 January 2024")}}, 11);
    page.text(62, 190, QStringLiteral("Committee Membership"), 11);
    page.row(206, {{62, QStringLiteral("Councillor Tom Archer (Chairman)")}, {300, QStringLiteral("Hollerton Ward")}},
             11);
    page.row(
        222,
        {{62, QStringLiteral("Councillor Pat Grundy (Vice-Chairman)")}, {300, QStringLiteral("Penny Hassett Ward")}},
        11);
    page.row(238, {{62, QStringLiteral("Councillor Jennifer Carter")}, {300, QStringLiteral("Ambridge Ward")}}, 11);
    page.text(62, 270, QStringLiteral("AGENDA"), 12);
    const QList<Member> members = parse::FrontSheetParser::parse(documentOf({page.build()})).meeting.members;
    ASSERT_EQ(members.size(), 3);
    EXPECT_EQ(members.at(0).name, QStringLiteral("Tom Archer"));
    EXPECT_EQ(members.at(0).role, MemberRole::Chair);
    EXPECT_EQ(members.at(1).name, QStringLiteral("Pat Grundy"));
    EXPECT_EQ(members.at(1).role, MemberRole::ViceChair);
    EXPECT_EQ(members.at(2).name, QStringLiteral("Jennifer Carter"));
}

TEST(FrontSheetParser, ANameOpeningWithTheIndefiniteArticleIsNoBody)
{
    EXPECT_EQ(parse::MeetingDetailsReader::bodyName(QStringLiteral("A well-run council")), QString());
    EXPECT_EQ(parse::MeetingDetailsReader::bodyName(QStringLiteral("An engaged board")), QString());
    EXPECT_EQ(parse::MeetingDetailsReader::bodyName(QStringLiteral("Audit and Governance Committee")).toStdString(),
              "Audit and Governance Committee");
    EXPECT_EQ(parse::MeetingDetailsReader::bodyName(QStringLiteral("ADULT SOCIAL CARE SCRUTINY PANEL")).isEmpty(),
              false);
    EXPECT_EQ(parse::MeetingDetailsReader::bodyName(QStringLiteral("The Cabinet")).isEmpty(), false);

    // A scorecard's section title on its first page does not make a meeting of that name.
    PageBuilder one(1);
    stack(one, 60, 60, 16,
          {QStringLiteral("Aldwick Borough Council"), QStringLiteral("Corporate Scorecard 2024/25: Quarter 1"),
           QStringLiteral("A well-run council"), QStringLiteral("Council tax collected 28.9% 29.5% Amber")});
    const parse::FrontSheet front = parse::FrontSheetParser::parse(documentOf({one.build()}));
    EXPECT_NE(front.meeting.body, QStringLiteral("A well-run council"));
}
