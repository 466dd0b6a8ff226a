#include "../minutes/MinutesSheet.h"
#include "agenda/AgendaParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::SheetGeometry;

// Agendas whose titles are led to the right margin by dot leaders: the leader ends the title and
// leads to the item's pages ("Pages 3 - 12", "Page 83", a bare "35 - 56") or to what is printed
// in their place ("Verbal", "To follow"), which is neither title nor pages. A wrapped title's
// leader runs from its last line, and a leader touching the word before it ("2023........") still
// ends the title. Over several page geometries; councils and titles are illustrative.

namespace {

class AgendaLeaders : public ::testing::TestWithParam<SheetGeometry> { };

// A title with a dot leader running from its end to the pages cell at the right margin.
QString led(const MinutesSheet& sheet, const QString& title, qreal fromX, bool touching = false)
{
    const qreal font = sheet.geometry().font;
    const qreal end = sheet.geometry().page.width() - sheet.geometry().margin - 80 * font / 11;
    const qreal titleEnd = fromX + title.size() * font * 0.5 + font * 0.3;
    const int dots = std::max(3, int((end - titleEnd) / (font * 0.5)));
    return title + (touching ? QString() : QStringLiteral(" ")) + QString(dots, QLatin1Char('.'));
}

qreal pagesX(const MinutesSheet& sheet)
{
    return sheet.geometry().page.width() - sheet.geometry().margin - 70 * sheet.geometry().font / 11;
}

void ledItem(MinutesSheet& sheet, const QString& number, const QString& title, const QString& pages,
             bool touching = false)
{
    QList<QPair<qreal, QString>> cells;
    if (!number.isEmpty())
        cells.append({sheet.x(72), number});
    cells.append({sheet.x(100), led(sheet, title, sheet.x(100), touching)});
    cells.append({pagesX(sheet), pages});
    sheet.row(cells);
}

} // namespace

TEST_P(AgendaLeaders, ALeaderEndsTheTitleAndLeadsToItsPages)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("AGENDA"));
    sheet.gap();
    sheet.row({{sheet.x(72), QStringLiteral("1.")}, {sheet.x(100), QStringLiteral("Apologies for absence")}});
    ledItem(sheet, QStringLiteral("2."), QStringLiteral("Minutes of the meeting held on 4 May 2030"),
            QStringLiteral("Pages 3 - 12"));
    ledItem(sheet, QStringLiteral("3."), QStringLiteral("Annual report 2029/30"), QStringLiteral("13 - 40"), true);
    ledItem(sheet, QStringLiteral("4."), QStringLiteral("Work programme"), QStringLiteral("Page 41"));
    ledItem(sheet, QStringLiteral("5."), QStringLiteral("Portfolio holder's update"), QStringLiteral("Verbal"));
    ledItem(sheet, QStringLiteral("6."), QStringLiteral("Public questions"), QStringLiteral("To follow"));
    sheet.at(sheet.x(100), QStringLiteral("Questions received by noon on 1 June 2030."));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    ASSERT_EQ(items.size(), 6);
    EXPECT_EQ(items.at(1).title.toStdString(), "Minutes of the meeting held on 4 May 2030");
    EXPECT_EQ(items.at(1).packPages, (PageRange {3, 12}));
    EXPECT_EQ(items.at(2).title.toStdString(), "Annual report 2029/30");
    EXPECT_EQ(items.at(2).packPages, (PageRange {13, 40}));
    EXPECT_EQ(items.at(3).title.toStdString(), "Work programme");
    EXPECT_EQ(items.at(3).packPages, (PageRange {41, 41}));
    EXPECT_EQ(items.at(4).title.toStdString(), "Portfolio holder's update");
    EXPECT_FALSE(items.at(4).packPages);
    EXPECT_EQ(items.at(5).title.toStdString(), "Public questions");
    EXPECT_FALSE(items.at(5).packPages);
    EXPECT_EQ(items.at(5).description.toStdString(), "Questions received by noon on 1 June 2030.");
}

TEST_P(AgendaLeaders, AWrappedTitlesLeaderRunsFromItsLastLine)
{
    MinutesSheet sheet(1, GetParam(), false);
    sheet.line(QStringLiteral("AGENDA"));
    sheet.gap();
    sheet.row({{sheet.x(72), QStringLiteral("1.")},
               {sheet.x(100), QStringLiteral("Local Cycling and Walking Infrastructure Plan: Consultation")}});
    ledItem(sheet, QString(), QStringLiteral("Response and Next Steps"), QStringLiteral("Pages 5 - 30"));
    sheet.at(sheet.x(100), QStringLiteral("Report of the Head of Transport"));
    sheet.row({{sheet.x(72), QStringLiteral("2.")}, {sheet.x(100), QStringLiteral("Flood risk")}});
    ledItem(sheet, QString(), QStringLiteral("(a) Section 19 investigation"), QStringLiteral("Pages 31 - 40"));
    ledItem(sheet, QString(), QStringLiteral("(b) Annual report"), QStringLiteral("Pages 41 - 52"));
    const QList<AgendaItem> items = parse::AgendaParser::parse(sheet.document());
    ASSERT_EQ(items.size(), 4);
    EXPECT_EQ(items.at(0).title.toStdString(),
              "Local Cycling and Walking Infrastructure Plan: Consultation Response and Next Steps");
    EXPECT_EQ(items.at(0).packPages, (PageRange {5, 30}));
    EXPECT_EQ(items.at(0).reportOf.toStdString(), "Head of Transport");
    EXPECT_EQ(items.at(2).number.toStdString(), "2.a");
    EXPECT_EQ(items.at(2).title.toStdString(), "Section 19 investigation");
    EXPECT_EQ(items.at(2).packPages, (PageRange {31, 40}));
    EXPECT_EQ(items.at(3).packPages, (PageRange {41, 52}));
}

INSTANTIATE_TEST_SUITE_P(Geometry, AgendaLeaders, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
