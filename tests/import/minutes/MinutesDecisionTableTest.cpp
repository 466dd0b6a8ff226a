#include "MinutesSheet.h"

#include "minutes/MinutesParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::labels;
using scrutineer::testing::minuteNumbered;
using scrutineer::testing::minuteNumbers;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::parsedMeeting;
using scrutineer::testing::SheetGeometry;

// Minutes printed as a table, one row a minute, over several page geometries: a number column,
// the item's subject (its title wrapping, with 'Report of ...' notes under it), the decision and
// a reasons column beside it; a row going on over a page break under the repeated header; an
// outcome word alone in a decision cell; a table inside a numbered minute is no minutes table.
// Names and places are illustrative.

namespace {

class DecisionTableShapes : public ::testing::TestWithParam<SheetGeometry> { };

std::string joined(const QStringList& list)
{
    return list.join(QLatin1Char(',')).toStdString();
}

void decisionTableTop(MinutesSheet& sheet)
{
    sheet.line(QStringLiteral("NORTHBROOK COUNTY COUNCIL"));
    sheet.line(QStringLiteral("Minutes of the meeting of the Cabinet held on Thursday 6 March 2025"));
    sheet.gap();
    sheet.line(QStringLiteral("Present: Councillor Anne Brook (Chair) and Councillor Bill Lane"));
    sheet.gap();
}

// A row of the decision table: number, subject, decision, reasons.
void decisionRow(MinutesSheet& sheet, const char* number, const char* subject, const char* decision,
                 const char* reasons)
{
    QList<QPair<qreal, QString>> cells;
    const QList<QPair<qreal, const char*>> at {{72, number}, {125, subject}, {280, decision}, {450, reasons}};
    for (const auto& [x, text] : at) {
        if (*text)
            cells.append({sheet.x(x), QString::fromUtf8(text)});
    }
    sheet.row(cells);
}

void decisionHeader(MinutesSheet& sheet)
{
    decisionRow(sheet, "Minute", "Subject", "Decision", "Reasons");
}

} // namespace

TEST_P(DecisionTableShapes, RowsAreMinutesAndTheDecisionCellTheirResolution)
{
    MinutesSheet sheet(1, GetParam());
    decisionTableTop(sheet);
    decisionHeader(sheet);
    decisionRow(sheet, "11", "Apologies", "Apologies were", "");
    decisionRow(sheet, "", "", "received from Cllr Hay.", "");
    sheet.gap();
    decisionRow(sheet, "12", "Library service", "RESOLVED that:", "To meet the");
    decisionRow(sheet, "", "review", "(a) the report be", "savings target.");
    decisionRow(sheet, "", "Report of the Director", "noted; and", "");
    decisionRow(sheet, "", "Key decision: Yes", "(b) option 2 be", "");
    decisionRow(sheet, "", "", "approved.", "");
    sheet.gap();
    decisionRow(sheet, "13", "Bus grant", "RESOLVED that the", "-");
    decisionRow(sheet, "", "", "grant be accepted.", "");
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(joined(minuteNumbers(meeting)), "11,12,13");
    const Minute* apologies = minuteNumbered(meeting, QStringLiteral("11"));
    ASSERT_NE(apologies, nullptr);
    EXPECT_TRUE(apologies->resolutions.isEmpty());
    const Minute* library = minuteNumbered(meeting, QStringLiteral("12"));
    ASSERT_NE(library, nullptr);
    EXPECT_EQ(library->title.toStdString(), "Library service review"); // the notes under it are no title
    ASSERT_EQ(library->resolutions.size(), 1);
    EXPECT_EQ(joined(labels(library->resolutions.first().clauses)), "a,b");
    EXPECT_FALSE(library->resolutions.first().text.contains(QLatin1String("savings"))); // the reasons column
    const Minute* grant = minuteNumbered(meeting, QStringLiteral("13"));
    ASSERT_NE(grant, nullptr);
    ASSERT_EQ(grant->resolutions.size(), 1);
    EXPECT_TRUE(grant->resolutions.first().text.contains(QLatin1String("the grant be accepted")));
}

TEST_P(DecisionTableShapes, RowGoesOnUnderTheHeaderRepeatedOverThePage)
{
    MinutesSheet sheet(1, GetParam());
    decisionTableTop(sheet);
    decisionHeader(sheet);
    decisionRow(sheet, "21", "Charging policy", "RESOLVED that:", "");
    decisionRow(sheet, "", "", "(a) the policy be", "");
    decisionRow(sheet, "", "", "adopted;", "");
    sheet.pageBreak();
    decisionHeader(sheet);
    decisionRow(sheet, "", "", "(b) the fees be set; and", "");
    decisionRow(sheet, "", "", "(c) the report be noted.", "");
    sheet.gap();
    decisionRow(sheet, "22", "Depot disposal", "RESOLVED that the", "");
    decisionRow(sheet, "", "", "sale be approved.", "");
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(joined(minuteNumbers(meeting)), "21,22");
    const Minute* policy = minuteNumbered(meeting, QStringLiteral("21"));
    ASSERT_NE(policy, nullptr);
    EXPECT_EQ(policy->pdfPage, 1);
    ASSERT_EQ(policy->resolutions.size(), 1);
    EXPECT_EQ(joined(labels(policy->resolutions.first().clauses)), "a,b,c");
    const Minute* depot = minuteNumbered(meeting, QStringLiteral("22"));
    ASSERT_NE(depot, nullptr);
    EXPECT_EQ(depot->pdfPage, 2);
    EXPECT_EQ(depot->title.toStdString(), "Depot disposal");
}

TEST_P(DecisionTableShapes, OutcomeWordAloneInTheDecisionCellIsTheDecision)
{
    MinutesSheet sheet(1, GetParam());
    decisionTableTop(sheet);
    decisionHeader(sheet);
    decisionRow(sheet, "31", "Declarations", "Cllr Lane declared an", "");
    decisionRow(sheet, "", "", "interest in minute 33.", "");
    sheet.gap();
    decisionRow(sheet, "32", "Performance report", "Noted.", "");
    sheet.gap();
    decisionRow(sheet, "33", "Previous minutes", "Agreed as a correct", "");
    decisionRow(sheet, "", "", "record.", "");
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(joined(minuteNumbers(meeting)), "31,32,33");
    const Minute* declarations = minuteNumbered(meeting, QStringLiteral("31"));
    ASSERT_NE(declarations, nullptr);
    EXPECT_TRUE(declarations->resolutions.isEmpty());
    const Minute* noted = minuteNumbered(meeting, QStringLiteral("32"));
    ASSERT_NE(noted, nullptr);
    ASSERT_EQ(noted->resolutions.size(), 1);
    EXPECT_EQ(noted->resolutions.first().text.toStdString(), "Noted.");
    const Minute* record = minuteNumbered(meeting, QStringLiteral("33"));
    ASSERT_NE(record, nullptr);
    ASSERT_EQ(record->resolutions.size(), 1);
    EXPECT_EQ(record->resolutions.first().text.toStdString(), "Agreed as a correct record.");
}

TEST_P(DecisionTableShapes, TableInsideANumberedMinuteIsNoMinutesTable)
{
    MinutesSheet sheet(1, GetParam());
    decisionTableTop(sheet);
    sheet.line(QStringLiteral("41. MINUTES"));
    sheet.line(QStringLiteral("RESOLVED: That the minutes of the last meeting be approved."));
    sheet.gap();
    sheet.line(QStringLiteral("42. ACTION LOG"));
    sheet.line(QStringLiteral("The Committee reviewed its action log:"));
    decisionRow(sheet, "No.", "Item", "Outcome", "");
    decisionRow(sheet, "1", "Roof repairs", "Completed", "");
    decisionRow(sheet, "2", "Parking review", "Ongoing", "");
    sheet.line(QStringLiteral("RESOLVED: That the action log be noted."));
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(joined(minuteNumbers(meeting)), "41,42");
}

INSTANTIATE_TEST_SUITE_P(Geometries, DecisionTableShapes, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
