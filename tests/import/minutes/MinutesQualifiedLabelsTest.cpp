#include "MinutesSheet.h"

#include "minutes/MinutesParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::attendanceContaining;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::parsedMeeting;
using scrutineer::testing::SheetGeometry;

// Minutes headers and attendance labels as more councils print them: the time between "held at"
// and the date with the room after it ("held at 6.45 pm on Monday 3 March 2025 in Committee Room
// 4, ..."), and labels qualified in brackets before their colon ("Also present (non-voting):",
// "In attendance (officers):"). Over several page geometries. Bodies and names are illustrative.

namespace {

class QualifiedLabels : public ::testing::TestWithParam<SheetGeometry> { };

} // namespace

TEST_P(QualifiedLabels, TimeBeforeTheDateAndTheRoomAfterIt)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("Minutes of the Environment Scrutiny Panel"));
    sheet.line(QStringLiteral("held at 6.45 pm on Monday 3 March 2025 in Committee Room 4, Guildhall, Westmere"));
    sheet.gap();
    sheet.line(QStringLiteral("Present: Councillors Abbot (Chair), Brook and Carver."));
    sheet.gap();
    sheet.line(QStringLiteral("1. APOLOGIES FOR ABSENCE"));
    sheet.line(QStringLiteral("There were no apologies."));
    const Meeting meeting = parsedMeeting(sheet);

    EXPECT_EQ(meeting.date, QDate(2025, 3, 3));
    EXPECT_EQ(meeting.time, QTime(18, 45));
    EXPECT_EQ(meeting.venue.toStdString(), "Committee Room 4, Guildhall, Westmere");
}

// The time printed beside the place, after the date or before it, is the time and not the place.
TEST_P(QualifiedLabels, TheTimeBesideThePlaceIsNotPartOfIt)
{
    const QStringList heldLines {
        QStringLiteral("held on Monday 3 March 2025 at 6.45 pm in Committee Room 4, Guildhall, Westmere"),
        QStringLiteral("held in Committee Room 4, Guildhall, Westmere at 6.45 pm on Monday 3 March 2025"),
    };
    for (const QString& held : heldLines) {
        MinutesSheet sheet(1, GetParam());
        sheet.line(QStringLiteral("Minutes of the Environment Scrutiny Panel"));
        sheet.line(held);
        sheet.gap();
        sheet.line(QStringLiteral("Present: Councillors Abbot (Chair), Brook and Carver."));
        sheet.gap();
        sheet.line(QStringLiteral("1. APOLOGIES FOR ABSENCE"));
        sheet.line(QStringLiteral("There were no apologies."));
        const Meeting meeting = parsedMeeting(sheet);
        EXPECT_EQ(meeting.time, QTime(18, 45)) << held.toStdString();
        EXPECT_EQ(meeting.venue.toStdString(), "Committee Room 4, Guildhall, Westmere") << held.toStdString();
    }
}

// "Minutes of the <body> held at <time> on <date>" with the place wrapped to a line in lower case,
// and labels for co-opted members and substitutes present.
TEST_P(QualifiedLabels, ABodyHeldAtATimeWithThePlaceOnTheNextLine)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("Minutes of the Transport Scrutiny Panel held at 6.30 pm on Thursday"));
    sheet.line(QStringLiteral("6 February 2025 in the Council Chamber, Westmere"));
    sheet.gap();
    sheet.line(QStringLiteral("Present: Councillors Abbot (Chair), Brook and Carver."));
    sheet.line(
        QStringLiteral("Co-opted members present: Mr D Ellis (Bus Users Group) and Mrs E Fox (for Healthwatch)."));
    sheet.line(QStringLiteral("Substitutes: Councillor Frost (for Councillor Grant)."));
    sheet.line(QStringLiteral("Officers in attendance: H Irwin (Transport Manager)."));
    sheet.gap();
    sheet.line(QStringLiteral("1. APOLOGIES FOR ABSENCE"));
    sheet.line(QStringLiteral("Apologies were received from Councillor Grant."));
    const Meeting meeting = parsedMeeting(sheet);

    EXPECT_EQ(meeting.body.toStdString(), "Transport Scrutiny Panel");
    EXPECT_EQ(meeting.time, QTime(18, 30));
    EXPECT_EQ(meeting.venue.toStdString(), "the Council Chamber, Westmere");
    for (const QString& name : {QStringLiteral("D Ellis"), QStringLiteral("Frost")}) {
        const Attendance* entry = attendanceContaining(meeting, name);
        ASSERT_TRUE(entry) << name.toStdString();
        EXPECT_EQ(entry->status, AttendanceStatus::Present) << name.toStdString();
    }
    const Attendance* irwin = attendanceContaining(meeting, QStringLiteral("H Irwin"));
    ASSERT_TRUE(irwin);
    EXPECT_EQ(irwin->status, AttendanceStatus::InAttendance);
    // "(for Councillor Grant)" beside a substitute names the member substituted.
    const Attendance* grant = attendanceContaining(meeting, QStringLiteral("Grant"));
    ASSERT_TRUE(grant);
    EXPECT_EQ(grant->status, AttendanceStatus::Apologies);
    EXPECT_EQ(grant->substitute.toStdString(), "Frost");
    // "(for Healthwatch)" names whom a co-optee represents, not a member substituted.
    for (const Attendance& a : meeting.attendance) {
        EXPECT_NE(a.substitute.toStdString(), "E Fox");
        EXPECT_FALSE(a.name.contains(QStringLiteral("Healthwatch")));
    }
}

TEST_P(QualifiedLabels, LabelsQualifiedInBracketsBeforeTheirColon)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("MINUTES of the meeting of the Environment Scrutiny Panel held at the Guildhall,"));
    sheet.line(QStringLiteral("Westmere on Monday 3 March 2025"));
    sheet.gap();
    sheet.line(QStringLiteral("Present: Councillors Abbot (Chair), Brook and Carver."));
    sheet.line(QStringLiteral("Also present (non-voting): Councillor Dunne (Cabinet Member for Waste)"));
    sheet.line(QStringLiteral("In attendance (officers): P Elwood (Head of Waste) and R Finch (Scrutiny Officer)"));
    sheet.line(QStringLiteral("Apologies (members): Councillor Gale"));
    sheet.gap();
    sheet.line(QStringLiteral("1. DECLARATIONS OF INTEREST"));
    sheet.line(QStringLiteral("There were none."));
    const Meeting meeting = parsedMeeting(sheet);

    for (const QString& name : {QStringLiteral("Dunne"), QStringLiteral("P Elwood"), QStringLiteral("R Finch")}) {
        const Attendance* entry = attendanceContaining(meeting, name);
        ASSERT_TRUE(entry) << name.toStdString();
        EXPECT_EQ(entry->status, AttendanceStatus::InAttendance) << name.toStdString();
    }
    const Attendance* gale = attendanceContaining(meeting, QStringLiteral("Gale"));
    ASSERT_TRUE(gale);
    EXPECT_EQ(gale->status, AttendanceStatus::Apologies);
    const Attendance* carver = attendanceContaining(meeting, QStringLiteral("Carver"));
    ASSERT_TRUE(carver);
    EXPECT_EQ(carver->status, AttendanceStatus::Present);
}

INSTANTIATE_TEST_SUITE_P(Geometry, QualifiedLabels, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
