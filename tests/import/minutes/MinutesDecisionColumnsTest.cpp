#include "MinutesSheet.h"

#include "minutes/MinutesParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::attendanceContaining;
using scrutineer::testing::labels;
using scrutineer::testing::minuteNumbered;
using scrutineer::testing::minuteNumbers;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::parsedMeeting;
using scrutineer::testing::SheetGeometry;

// Minutes printed as a table whose columns are told by their roles, not by one header line:
// other headings for the number, subject and decision ('Ref.', 'Report', 'Executive decision';
// 'Item', 'Matter considered', 'What the Board resolved'), a column of interests declared left of
// the decision, a heading wrapping onto a second header line that is repeated over the page, a
// decision printed in its own form without RESOLVED ('That ...') with a division under it, and a
// line of column-like text that is no header. And the heading such records print instead of
// 'Minutes of ...': the body, date and time on one title line with the venue alone under it, and
// officers listed as 'Post (Name)'. Names and places are illustrative.

namespace {

class DecisionColumnShapes : public ::testing::TestWithParam<SheetGeometry> { };

std::string joinedColumns(const QStringList& list)
{
    return list.join(QLatin1Char(',')).toStdString();
}

void decisionColumnsTop(MinutesSheet& sheet)
{
    sheet.line(QStringLiteral("EASTMERE DISTRICT COUNCIL"));
    sheet.line(QStringLiteral("Minutes of the meeting of the Executive held on Tuesday 4 March 2025"));
    sheet.gap();
    sheet.line(QStringLiteral("Present: Councillor Anne Brook (Chair) and Councillor Bill Lane"));
    sheet.gap();
}

// A row of five cells at fixed indents: number, subject, interests, decision, reasons.
void fiveCells(MinutesSheet& sheet, const char* a, const char* b, const char* c, const char* d, const char* e)
{
    QList<QPair<qreal, QString>> cells;
    const QList<QPair<qreal, const char*>> at {{72, a}, {120, b}, {230, c}, {330, d}, {500, e}};
    for (const auto& [x, text] : at) {
        if (*text)
            cells.append({sheet.x(x), QString::fromUtf8(text)});
    }
    sheet.row(cells);
}

} // namespace

TEST_P(DecisionColumnShapes, ColumnsAreToldByTheirRolesInAnyOrder)
{
    MinutesSheet sheet(1, GetParam());
    decisionColumnsTop(sheet);
    fiveCells(sheet, "Ref.", "Report", "Interests", "Executive decision", "Reasons");
    fiveCells(sheet, "ED/1", "Library review", "None", "That the library", "To save");
    fiveCells(sheet, "", "Chair of the Panel", "", "hours be cut.", "money.");
    sheet.gap();
    fiveCells(sheet, "ED/2", "Bus grant", "None", "That the grant be", "-");
    fiveCells(sheet, "", "", "", "accepted.", "");
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(joinedColumns(minuteNumbers(meeting)), "ED/1,ED/2");
    const Minute* library = minuteNumbered(meeting, QStringLiteral("ED/1"));
    ASSERT_NE(library, nullptr);
    EXPECT_EQ(library->title.toStdString(), "Library review");
    ASSERT_EQ(library->resolutions.size(), 1);
    EXPECT_EQ(library->resolutions.first().text.toStdString(), "That the library hours be cut.");
}

TEST_P(DecisionColumnShapes, ItemNamesTheNumberBesideAnotherSubjectHeading)
{
    MinutesSheet sheet(1, GetParam());
    decisionColumnsTop(sheet);
    fiveCells(sheet, "Item", "Matter considered", "", "Resolution", "Lead officer");
    fiveCells(sheet, "1.", "Minutes", "", "Approved as a correct", "-");
    fiveCells(sheet, "", "", "", "record.", "");
    sheet.gap();
    fiveCells(sheet, "2.", "Mayor's update", "", "Received and noted.", "-");
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(joinedColumns(minuteNumbers(meeting)), "1,2");
    const Minute* update = minuteNumbered(meeting, QStringLiteral("2"));
    ASSERT_NE(update, nullptr);
    EXPECT_EQ(update->title.toStdString(), "Mayor's update");
    ASSERT_EQ(update->resolutions.size(), 1);
}

TEST_P(DecisionColumnShapes, InterestsColumnGivesTheRowsDeclarations)
{
    MinutesSheet sheet(1, GetParam());
    decisionColumnsTop(sheet);
    fiveCells(sheet, "Ref.", "Report", "Interests", "Executive decision", "Reasons");
    fiveCells(sheet, "ED/7", "Leisure", "Cllr B Lane -", "That the contract be", "It ends.");
    fiveCells(sheet, "", "", "personal", "extended.", "");
    fiveCells(sheet, "", "", "interest as a", "", "");
    fiveCells(sheet, "", "", "trustee.", "", "");
    sheet.gap();
    fiveCells(sheet, "ED/8", "Depot sale", "None", "That the sale be agreed.", "-");
    const Meeting meeting = parsedMeeting(sheet);
    ASSERT_EQ(meeting.declarations.size(), 1);
    EXPECT_EQ(meeting.declarations.first().member.toStdString(), "B Lane");
    EXPECT_EQ(meeting.declarations.first().minute.toStdString(), "ED/7");
    EXPECT_EQ(meeting.declarations.first().kind.toStdString(), "personal");
    const Minute* contract = minuteNumbered(meeting, QStringLiteral("ED/7"));
    ASSERT_NE(contract, nullptr);
    ASSERT_EQ(contract->resolutions.size(), 1);
    EXPECT_FALSE(contract->resolutions.first().text.contains(QLatin1String("trustee")));
}

TEST_P(DecisionColumnShapes, SecondHeaderLineRepeatedOverThePageIsNoDecisionText)
{
    MinutesSheet sheet(1, GetParam());
    decisionColumnsTop(sheet);
    fiveCells(sheet, "Item", "Subject", "", "What the Board", "Reasons");
    fiveCells(sheet, "", "", "", "resolved", "");
    fiveCells(sheet, "4", "Budget", "", "That:", "It must.");
    fiveCells(sheet, "", "", "", "(a) the budget be set;", "");
    sheet.pageBreak();
    fiveCells(sheet, "Item", "Subject", "", "What the Board", "Reasons");
    fiveCells(sheet, "", "", "", "resolved", "");
    fiveCells(sheet, "", "", "", "(b) the levy be agreed.", "");
    sheet.gap();
    fiveCells(sheet, "5", "Skills plan", "", "That the plan be approved.", "-");
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(joinedColumns(minuteNumbers(meeting)), "4,5");
    const Minute* budget = minuteNumbered(meeting, QStringLiteral("4"));
    ASSERT_NE(budget, nullptr);
    ASSERT_EQ(budget->resolutions.size(), 1);
    EXPECT_EQ(joinedColumns(labels(budget->resolutions.first().clauses)), "a,b");
    EXPECT_FALSE(budget->resolutions.first().text.contains(QLatin1String("resolved")));
}

TEST_P(DecisionColumnShapes, DivisionUnderADecisionCellIsItsVote)
{
    MinutesSheet sheet(1, GetParam());
    decisionColumnsTop(sheet);
    fiveCells(sheet, "Ref.", "Report", "", "Decision", "Reasons");
    fiveCells(sheet, "ED/3", "Fees", "", "That the fees be", "Cost.");
    fiveCells(sheet, "", "", "", "approved.", "");
    fiveCells(sheet, "", "", "", "(For 6, Against 1, Abstain 0)", "");
    sheet.gap();
    fiveCells(sheet, "ED/4", "Grant", "", "Noted.", "-");
    const Meeting meeting = parsedMeeting(sheet);
    const Minute* fees = minuteNumbered(meeting, QStringLiteral("ED/3"));
    ASSERT_NE(fees, nullptr);
    ASSERT_EQ(fees->resolutions.size(), 1);
    const Resolution& decided = fees->resolutions.first();
    EXPECT_EQ(decided.text.toStdString(), "That the fees be approved.");
    ASSERT_TRUE(decided.votes.has_value());
    EXPECT_EQ(decided.votes->forCount, 6);
    EXPECT_EQ(decided.votes->againstCount, 1);
    EXPECT_EQ(decided.votes->abstainCount, 0);
}

TEST_P(DecisionColumnShapes, LineWithHeadingsTheLexiconDoesNotKnowIsNoHeader)
{
    MinutesSheet sheet(1, GetParam());
    decisionColumnsTop(sheet);
    fiveCells(sheet, "No.", "Item", "Led by", "Outcome", "Timing");
    fiveCells(sheet, "T1", "Welcome", "Chair", "Note", "10.00");
    fiveCells(sheet, "T2", "Budget", "Treasurer", "Decide", "10.10");
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_FALSE(minuteNumbers(meeting).contains(QStringLiteral("T1")));
}

TEST_P(DecisionColumnShapes, TitleLineNamesTheBodyAndTheVenueIsTheLineUnderIt)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("EASTMERE DISTRICT COUNCIL"));
    sheet.line(QStringLiteral("Record of Executive Decisions"));
    sheet.line(QStringLiteral("Executive - Tuesday 4 March 2025 at 6.30 pm"));
    sheet.line(QStringLiteral("Council Chamber, Civic Offices, Station Road"));
    sheet.gap();
    sheet.line(QStringLiteral("Present: Councillors A Brook (in the Chair) and B Lane."));
    sheet.line(QStringLiteral(
        "Officers present: Chief Executive (Lorna Feeney) and Head of Parks and Leisure (Callum Reid)."));
    sheet.gap();
    fiveCells(sheet, "Ref.", "Report", "", "Decision", "Reasons");
    fiveCells(sheet, "ED/5", "Fees", "", "That the fees be approved.", "Cost.");
    fiveCells(sheet, "ED/6", "Grant", "", "Noted.", "-");
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(meeting.body.toStdString(), "Executive");
    EXPECT_TRUE(meeting.venue.startsWith(QLatin1String("Council Chamber, Civic Offices")))
        << meeting.venue.toStdString();
    EXPECT_EQ(meeting.time.toString(QStringLiteral("HH:mm")).toStdString(), "18:30");
    for (const char* officer : {"Lorna Feeney", "Callum Reid"}) {
        const Attendance* found = attendanceContaining(meeting, QString::fromUtf8(officer));
        ASSERT_NE(found, nullptr) << officer;
        EXPECT_EQ(found->status, AttendanceStatus::InAttendance) << officer;
    }
    EXPECT_EQ(attendanceContaining(meeting, QStringLiteral("Chief Executive")), nullptr);
}

INSTANTIATE_TEST_SUITE_P(Geometries, DecisionColumnShapes, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
