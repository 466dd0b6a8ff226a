#include "../minutes/MinutesSheet.h"
#include "AgendaFixtures.h"
#include "agenda/AgendaParser.h"
#include "agenda/FrontSheetParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::memberNamed;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::SheetGeometry;

// A business list as Scottish councils print one, over several page geometries: a summons
// addressed to the members by their body ("The Members of the … COMMITTEE are requested to meet
// in … on TUESDAY, 5 MARCH 2024 at 10.00am."), the membership as one sentence after a label
// with semicolons between its parts, a co-opted member after a label with a colon, and items
// numbered within their sections (1.1, 5.1, 9.1, 9.2) under unnumbered capital headings and
// sub-headings that are no items, with the pages in brackets. Councils, names and titles are
// illustrative.

namespace {

class SectionNumberedAgenda : public ::testing::TestWithParam<SheetGeometry> { };

const AgendaItem* sectionItem(const QList<AgendaItem>& items, const QString& number)
{
    for (const AgendaItem& item : items) {
        if (item.number == number)
            return &item;
    }
    return nullptr;
}

QStringList sectionNumbers(const QList<AgendaItem>& items)
{
    QStringList out;
    for (const AgendaItem& item : items)
        out.append(item.number);
    return out;
}

void sectionRow(MinutesSheet& sheet, const QString& number, const QString& title)
{
    sheet.row({{sheet.x(72), number}, {sheet.x(110), title}});
}

void sectionSummons(MinutesSheet& sheet)
{
    sheet.line(QStringLiteral("ABERLOCH CITY COUNCIL")).line(QStringLiteral("LICENSING AND SAFETY COMMITTEE")).gap();
    sheet.line(QStringLiteral("The Members of the LICENSING AND SAFETY COMMITTEE are requested to meet"));
    sheet.line(QStringLiteral("in Committee Room 4 - Town House on TUESDAY, 5 MARCH 2024 at 10.00am.")).gap();
    sheet.line(QStringLiteral("Members: Councillor Ailsa Munro (Convener); Councillor Iain Baird (Vice"));
    sheet.line(QStringLiteral("Convener); and Councillors Kirsty Dunn, Angus Reid and Morag Sim."));
    sheet.gap();
    sheet.line(QStringLiteral("Non-voting co-opted member: Mrs Eilidh Ross (Aberloch Tenants' Forum)."));
    sheet.gap();
}

} // namespace

TEST_P(SectionNumberedAgenda, ItemsNumberedWithinCapitalSectionsUnderSpacedBusinessHeading)
{
    MinutesSheet sheet(1, GetParam(), false);
    sectionSummons(sheet);
    sheet.pageBreak();
    sheet.line(QStringLiteral("B U S I N E S S")).gap();
    sheet.line(QStringLiteral("DETERMINATION OF EXEMPT BUSINESS"));
    sectionRow(sheet, QStringLiteral("1.1"),
               QStringLiteral("Members are requested to determine that the exempt business be"));
    sheet.at(sheet.x(110), QStringLiteral("considered in private"));
    sheet.gap().line(QStringLiteral("MINUTE OF PREVIOUS MEETING"));
    sectionRow(sheet, QStringLiteral("2.1"),
               QStringLiteral("Minute of Previous Meeting of 9 January 2024 (Pages 5 - 12)"));
    sheet.gap().line(QStringLiteral("COMMITTEE BUSINESS"));
    sheet.line(QStringLiteral("Performance"));
    sectionRow(sheet, QStringLiteral("3.1"), QStringLiteral("Taxi Licensing Performance - COM/24/012"));
    sheet.at(sheet.x(110), QStringLiteral("(Pages 13 - 30)"));
    sectionRow(sheet, QStringLiteral("3.2"), QStringLiteral("Street Trader Licences (Pages 31 - 40)"));
    sheet.gap().line(QStringLiteral("EXEMPT / CONFIDENTIAL BUSINESS"));
    sectionRow(sheet, QStringLiteral("4.1"),
               QStringLiteral("Licence Review - Premises on Dock Street (Pages 41 - 48)"));

    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    EXPECT_EQ(sectionNumbers(items),
              QStringList({QStringLiteral("1.1"), QStringLiteral("2.1"), QStringLiteral("3.1"), QStringLiteral("3.2"),
                           QStringLiteral("4.1")}));
    const AgendaItem* determination = sectionItem(items, QStringLiteral("1.1"));
    ASSERT_TRUE(determination);
    EXPECT_EQ(determination->title,
              QStringLiteral("Members are requested to determine that the exempt business be considered in private"));
    EXPECT_FALSE(determination->exempt); // its heading names exempt business but opens no exempt part
    const AgendaItem* minute = sectionItem(items, QStringLiteral("2.1"));
    ASSERT_TRUE(minute);
    EXPECT_EQ(minute->title, QStringLiteral("Minute of Previous Meeting of 9 January 2024"));
    EXPECT_EQ(minute->packPages, (PageRange {5, 12}));
    const AgendaItem* taxis = sectionItem(items, QStringLiteral("3.1"));
    ASSERT_TRUE(taxis);
    EXPECT_EQ(taxis->title, QStringLiteral("Taxi Licensing Performance - COM/24/012"));
    EXPECT_EQ(taxis->packPages, (PageRange {13, 30}));
    const AgendaItem* review = sectionItem(items, QStringLiteral("4.1"));
    ASSERT_TRUE(review);
    EXPECT_TRUE(review->exempt);
    EXPECT_FALSE(sectionItem(items, QStringLiteral("3.2"))->exempt);
}

TEST_P(SectionNumberedAgenda, AReportsNumberedParagraphIsNoItem)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("AGENDA")).gap();
    sectionRow(sheet, QStringLiteral("1."), QStringLiteral("Apologies for absence"));
    sectionRow(sheet, QStringLiteral("2."), QStringLiteral("Budget Monitoring (Pages 3 - 20)"));
    sheet.gap();
    // Set as running text: one word space after the number, not a number column.
    sheet.line(QStringLiteral("2.1 Note the forecast overspend on the revenue budget."));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    EXPECT_EQ(sectionNumbers(items), QStringList({QStringLiteral("1"), QStringLiteral("2")}));
}

TEST_P(SectionNumberedAgenda, NumberedSectionsWithTheirItemsNumberedUnderThem)
{
    // "4. Minutes" ⏎ "4.1 Minute of …": the section is numbered too, and both are entries.
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("AGENDA")).gap();
    sectionRow(sheet, QStringLiteral("1."), QStringLiteral("Order of Business"));
    sectionRow(sheet, QStringLiteral("2."), QStringLiteral("Minutes"));
    sectionRow(sheet, QStringLiteral("2.1"),
               QStringLiteral("Minute of the Committee of 12 December 2023 (Pages 5 - 10)"));
    sectionRow(sheet, QStringLiteral("3."), QStringLiteral("Forward Planning"));
    sectionRow(sheet, QStringLiteral("3.1"), QStringLiteral("Work Programme (Pages 11 - 14)"));
    sectionRow(sheet, QStringLiteral("3.2"), QStringLiteral("Rolling Actions Log (Pages 15 - 22)"));
    sectionRow(sheet, QStringLiteral("4."), QStringLiteral("Executive Decisions"));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    EXPECT_EQ(sectionNumbers(items),
              QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("2.1"), QStringLiteral("3"),
                           QStringLiteral("3.1"), QStringLiteral("3.2"), QStringLiteral("4")}));
    const AgendaItem* log = sectionItem(items, QStringLiteral("3.2"));
    ASSERT_TRUE(log);
    EXPECT_EQ(log->title, QStringLiteral("Rolling Actions Log"));
    EXPECT_EQ(log->packPages, (PageRange {15, 22}));
}

TEST_P(SectionNumberedAgenda, SummonsAddressedToTheMembersGivesTheMeeting)
{
    MinutesSheet sheet(1, GetParam(), false);
    sectionSummons(sheet);
    sheet.line(QStringLiteral("B U S I N E S S")).gap();
    sectionRow(sheet, QStringLiteral("1.1"), QStringLiteral("There are no items of urgent business"));
    const parse::FrontSheet front = parse::FrontSheetParser::parse(sheet.document());
    EXPECT_EQ(front.kind, DocumentKind::AgendaPack);
    EXPECT_EQ(front.meeting.date, QDate(2024, 3, 5));
    EXPECT_EQ(front.meeting.time, QTime(10, 0));
    EXPECT_EQ(front.meeting.venue, QStringLiteral("Committee Room 4 - Town House"));
    EXPECT_TRUE(front.meeting.body.contains(QStringLiteral("Licensing and Safety Committee"), Qt::CaseInsensitive))
        << front.meeting.body.toStdString();
}

TEST_P(SectionNumberedAgenda, MembershipAsALabelledSentenceWithSemicolons)
{
    MinutesSheet sheet(1, GetParam(), false);
    sectionSummons(sheet);
    sheet.line(QStringLiteral("B U S I N E S S")).gap();
    sectionRow(sheet, QStringLiteral("1.1"), QStringLiteral("There are no items of urgent business"));
    const QList<Member> members = parse::FrontSheetParser::parse(sheet.document()).meeting.members;
    ASSERT_EQ(members.size(), 6);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Ailsa Munro"))->role, MemberRole::Chair);
    EXPECT_EQ(memberNamed(members, QStringLiteral("Iain Baird"))->role, MemberRole::ViceChair);
    for (const char* name : {"Kirsty Dunn", "Angus Reid", "Morag Sim"}) {
        const auto member = memberNamed(members, QString::fromLatin1(name));
        ASSERT_TRUE(member) << name;
        EXPECT_EQ(member->role, MemberRole::Member) << name;
    }
    const auto coopted = memberNamed(members, QStringLiteral("Eilidh Ross"));
    ASSERT_TRUE(coopted);
    EXPECT_EQ(coopted->role, MemberRole::CoOpted);
}

INSTANTIATE_TEST_SUITE_P(Geometries, SectionNumberedAgenda, ::testing::ValuesIn(SheetGeometry::varied()));
