#include "../minutes/MinutesSheet.h"
#include "agenda/AgendaParser.h"
#include "agenda/DocumentKindDetector.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::SheetGeometry;

// Agendas numbered other ways, over several page geometries: items whose titles open with a
// decision's reference ("24/00108 - …"), entries numbered by a resolution's own number
// ("2021-12"), lettered sub-items under numbered items, titles set justified so that they wrap
// (unlike a short title with a note under it), items without page ranges, and the agendas of
// boards and authorities. Councils, bodies and titles are illustrative.

namespace {

class AgendaShapes : public ::testing::TestWithParam<SheetGeometry> { };

const AgendaItem* numbered(const QList<AgendaItem>& items, const QString& number)
{
    for (const AgendaItem& item : items) {
        if (item.number == number)
            return &item;
    }
    return nullptr;
}

QStringList numbers(const QList<AgendaItem>& items)
{
    QStringList out;
    for (const AgendaItem& item : items)
        out.append(item.number);
    return out;
}

// "N." in the number column, the title beside it.
void item(MinutesSheet& sheet, const QString& number, const QString& title)
{
    sheet.row({{sheet.x(72), number}, {sheet.x(100), title}});
}

} // namespace

TEST_P(AgendaShapes, TitlesOpeningWithADecisionReference)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.at(sheet.geometry().page.width() / 2 - 25, QStringLiteral("AGENDA"));
    sheet.gap();
    item(sheet, QStringLiteral("1."), QStringLiteral("Apologies"));
    sheet.gap();
    item(sheet, QStringLiteral("2."), QStringLiteral("24/00108 - Revenue and Capital Budget Monitoring Report"));
    sheet.at(sheet.x(100), QStringLiteral("(Pages 11 - 84)"));
    sheet.gap();
    item(sheet, QStringLiteral("3."), QStringLiteral("Draft Revenue Budget 2025-26 (Pages 85 - 276)"));
    sheet.gap();
    item(sheet, QStringLiteral("4."), QStringLiteral("24/00109 - Transfer of the Independence Service (Pages"));
    sheet.at(sheet.x(100), QStringLiteral("277 - 326)"));
    sheet.gap();
    item(sheet, QStringLiteral("5."), QStringLiteral("2025/26 Fees and Charges (Pages 327 - 340)"));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    EXPECT_EQ(numbers(items),
              QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                           QStringLiteral("5")}));
    ASSERT_EQ(items.size(), 5);
    EXPECT_EQ(items.at(1).title, QStringLiteral("24/00108 - Revenue and Capital Budget Monitoring Report"));
    EXPECT_EQ(items.at(1).packPages, (PageRange {11, 84}));
    EXPECT_EQ(items.at(3).title, QStringLiteral("24/00109 - Transfer of the Independence Service"));
    EXPECT_EQ(items.at(3).packPages, (PageRange {277, 326}));
    EXPECT_EQ(items.at(4).title, QStringLiteral("2025/26 Fees and Charges"));
    EXPECT_FALSE(items.at(0).packPages); // no range printed: none invented
}

TEST_P(AgendaShapes, ACoveringLettersItemUnderAnItemNumberHeading)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("Dear Member"));
    sheet.gap();
    sheet.line(QStringLiteral("CABINET - THURSDAY, 30 JANUARY 2025"));
    sheet.gap();
    sheet.line(QStringLiteral("Agenda Item No"));
    sheet.row({{sheet.x(72), QStringLiteral("9")},
               {sheet.x(140), QStringLiteral("24/00096 - Commissioning Plan for Education Provision 2025-29")}});
    sheet.at(sheet.x(140), QStringLiteral("(Pages 1 - 4)"));
    sheet.gap();
    sheet.line(QStringLiteral("Yours sincerely"));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().number, QStringLiteral("9"));
    EXPECT_EQ(items.first().title, QStringLiteral("24/00096 - Commissioning Plan for Education Provision 2025-29"));
    EXPECT_EQ(items.first().packPages, (PageRange {1, 4}));
}

TEST_P(AgendaShapes, EntriesNumberedByTheirResolutionNumbers)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("BOARD OF TRUSTEES"));
    sheet.line(QStringLiteral("REGULAR MEETING AGENDA"));
    sheet.gap();
    item(sheet, QStringLiteral("1."), QStringLiteral("Call to Order"));
    item(sheet, QStringLiteral("2."), QStringLiteral("Approval of the Minutes of December 14, 2021"));
    item(sheet, QStringLiteral("3."), QStringLiteral("Resolutions"));
    sheet.row({{sheet.x(100), QStringLiteral("2021-12")},
               {sheet.x(170), QStringLiteral("Resolution approving the 2022 operating budget")}});
    sheet.row({{sheet.x(100), QStringLiteral("2021-13")},
               {sheet.x(170), QStringLiteral("Resolution authorising the Director to sign the lease")}});
    item(sheet, QStringLiteral("4."), QStringLiteral("Adjournment"));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    EXPECT_EQ(numbers(items),
              QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("2021-12"),
                           QStringLiteral("2021-13"), QStringLiteral("4")}));
    ASSERT_NE(numbered(items, QStringLiteral("2021-12")), nullptr);
    EXPECT_EQ(numbered(items, QStringLiteral("2021-12"))->title,
              QStringLiteral("Resolution approving the 2022 operating budget"));
    EXPECT_EQ(numbered(items, QStringLiteral("3"))->title, QStringLiteral("Resolutions"));
}

TEST_P(AgendaShapes, LetteredSubItemsUnderNumberedItems)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("AGENDA"));
    sheet.gap();
    item(sheet, QStringLiteral("5."), QStringLiteral("Reports of the Executive"));
    sheet.row(
        {{sheet.x(100), QStringLiteral("(a)")}, {sheet.x(130), QStringLiteral("Housing Strategy (Pages 20 - 30)")}});
    sheet.row(
        {{sheet.x(100), QStringLiteral("(b)")}, {sheet.x(130), QStringLiteral("Treasury Management (Pages 31 - 40)")}});
    sheet.gap();
    item(sheet, QStringLiteral("6."), QStringLiteral("Questions"));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    EXPECT_EQ(numbers(items),
              QStringList({QStringLiteral("5"), QStringLiteral("5.a"), QStringLiteral("5.b"), QStringLiteral("6")}));
    ASSERT_NE(numbered(items, QStringLiteral("5.b")), nullptr);
    EXPECT_EQ(numbered(items, QStringLiteral("5.b"))->title, QStringLiteral("Treasury Management"));
    EXPECT_EQ(numbered(items, QStringLiteral("5.b"))->packPages, (PageRange {31, 40}));
    EXPECT_FALSE(numbered(items, QStringLiteral("5"))->packPages);
}

TEST_P(AgendaShapes, AJustifiedTitleWrapsAShortOneKeepsItsNote)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("A G E N D A"));
    sheet.gap();
    item(sheet, QStringLiteral("1."), QStringLiteral("Apologies for Absence"));
    sheet.gap();
    sheet.justified(QStringLiteral("2. Declarations of Disclosable Pecuniary Interests or Other"));
    sheet.at(sheet.x(100), QStringLiteral("Significant Interests in items on the agenda"));
    sheet.gap();
    item(sheet, QStringLiteral("3."), QStringLiteral("Devolution White Paper"));
    sheet.at(sheet.x(100), QStringLiteral("- To follow"));
    sheet.gap();
    item(sheet, QStringLiteral("4."), QStringLiteral("Fostering Panel - October 2024 (Pages 15 - 30)"));
    sheet.at(sheet.x(100), QStringLiteral("Minutes for noting"));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    ASSERT_EQ(items.size(), 4);
    EXPECT_EQ(items.at(1).title,
              QStringLiteral("Declarations of Disclosable Pecuniary Interests or Other Significant "
                             "Interests in items on the agenda"));
    EXPECT_EQ(items.at(2).title, QStringLiteral("Devolution White Paper"));
    EXPECT_EQ(items.at(3).title, QStringLiteral("Fostering Panel - October 2024"));
    EXPECT_EQ(items.at(3).description, QStringLiteral("Minutes for noting"));
}

TEST_P(AgendaShapes, BoardAndAuthorityAgendaHeadings)
{
    for (const char* heading :
         {"BOARD OF DIRECTORS MEETING AGENDA", "Fire Authority Agenda", "AGENDA - BOARD OF TRUSTEES"}) {
        MinutesSheet sheet(1, GetParam(), false);
        sheet.line(QString::fromLatin1(heading));
        sheet.gap();
        item(sheet, QStringLiteral("1."), QStringLiteral("Apologies"));
        item(sheet, QStringLiteral("2."), QStringLiteral("Minutes of the Last Meeting"));
        const layout::LayoutDocument document = sheet.document();
        EXPECT_EQ(parse::DocumentKindDetector::detect(document), DocumentKind::AgendaPack) << heading;
        EXPECT_EQ(parse::AgendaParser::parse(document).size(), 2) << heading;
    }
}

TEST_P(AgendaShapes, PagesInAColumnLeftOfTheNumbers)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("AGENDA"));
    sheet.gap();
    sheet.row({{sheet.x(72), QStringLiteral("Pages")}, {sheet.x(125), QStringLiteral("Item")},
               {sheet.x(160), QStringLiteral("Business")}});
    sheet.row({{sheet.x(125), QStringLiteral("1")}, {sheet.x(160), QStringLiteral("Apologies for absence")}});
    sheet.row({{sheet.x(72), QStringLiteral("5 - 10")}, {sheet.x(125), QStringLiteral("2")},
               {sheet.x(160), QStringLiteral("Minutes of the last meeting")}});
    sheet.row({{sheet.x(72), QStringLiteral("11 - 24")}, {sheet.x(125), QStringLiteral("3")},
               {sheet.x(160), QStringLiteral("Annual audit letter")}});
    sheet.at(sheet.x(160), QStringLiteral("Report of the Treasurer"));
    sheet.row({{sheet.x(125), QStringLiteral("4")}, {sheet.x(160), QStringLiteral("Any other business")}});
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    EXPECT_EQ(numbers(items),
              QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
    ASSERT_EQ(items.size(), 4);
    EXPECT_FALSE(items.at(0).packPages);
    EXPECT_EQ(items.at(1).title, QStringLiteral("Minutes of the last meeting"));
    EXPECT_EQ(items.at(1).packPages, (PageRange {5, 10}));
    EXPECT_EQ(items.at(2).title, QStringLiteral("Annual audit letter"));
    EXPECT_EQ(items.at(2).packPages, (PageRange {11, 24}));
    EXPECT_EQ(items.at(2).reportOf, QStringLiteral("Treasurer"));
    EXPECT_FALSE(items.at(3).packPages);
}

TEST_P(AgendaShapes, AnItemsOwnNoteThatItIsNotForPublication)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("AGENDA"));
    sheet.gap();
    item(sheet, QStringLiteral("7."), QStringLiteral("Exclusion of the press and public"));
    item(sheet, QStringLiteral("8."), QStringLiteral("Disposal of the Mill Lane depot"));
    sheet.at(sheet.x(100), QStringLiteral("Not for publication: paragraph 3 (financial or business affairs)"));
    item(sheet, QStringLiteral("9."), QStringLiteral("Publication of the annual report"));
    sheet.at(sheet.x(100), QStringLiteral("Report of the Clerk"));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    ASSERT_EQ(items.size(), 3);
    EXPECT_FALSE(items.at(0).exempt);
    EXPECT_TRUE(items.at(1).exempt);
    EXPECT_EQ(items.at(1).exemptParagraphs, QStringLiteral("3"));
    EXPECT_FALSE(items.at(2).exempt);
}

INSTANTIATE_TEST_SUITE_P(Geometry, AgendaShapes, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
