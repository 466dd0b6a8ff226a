#include "MinutesSheet.h"

#include "minutes/MinutesParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::attendanceNamed;
using scrutineer::testing::minuteNumbered;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::parsedMeeting;
using scrutineer::testing::SheetGeometry;

// Substitutes, remote attendance and decisions as other councils word them: "(substituted by
// Cllr Y)" after an absentee, "with Councillor Y attending as his substitute", "It was noted that
// X was substituting for Y", "X confirmed he was attending as a substitute for Y", apologies "on
// behalf of" a member, "Also present via Teams:", "The Sub Committee resolved:-" over its
// decision, "… seconded by Cllr B and unanimously RESOLVED to …". Over several page geometries.
// Bodies and names are illustrative.

namespace {

void widerHeader(MinutesSheet& sheet)
{
    sheet.line(QStringLiteral("MINUTES of the meeting of the Licensing Committee held at the Town Hall, Eastbury"));
    sheet.line(QStringLiteral("on Tuesday 5 March 2024"));
    sheet.gap();
    sheet.line(QStringLiteral("Present: Councillor Carter (Chair); Councillors Hale, Benson and Bird."));
    sheet.line(QStringLiteral("Also present via Teams: Councillor Mott"));
}

class WiderShapes : public ::testing::TestWithParam<SheetGeometry> { };

} // namespace

TEST_P(WiderShapes, SubstitutesAsOtherCouncilsWordThem)
{
    MinutesSheet sheet(1, GetParam());
    widerHeader(sheet);
    sheet.gap();
    sheet.line(QStringLiteral("1. APOLOGIES FOR ABSENCE"));
    sheet.line(QStringLiteral("Apologies for absence were received from Cllr Borg (substituted by Cllr Wain) and"));
    sheet.line(QStringLiteral("Cllr Galen."));
    sheet.gap();
    sheet.line(QStringLiteral("2. SUBSTITUTE MEMBERS"));
    sheet.line(QStringLiteral("It was noted that Councillor Dale was substituting for Councillor Lewis."));
    sheet.line(QStringLiteral("An apology for absence was received on behalf of Councillor R. J. Laight, with"));
    sheet.line(QStringLiteral("Councillor S. Douglas attending as his substitute. Councillor Ince confirmed he was"));
    sheet.line(QStringLiteral("attending as a substitute for Councillor Judd."));
    const Meeting meeting = parsedMeeting(sheet);

    const Attendance* borg = attendanceNamed(meeting, QStringLiteral("Borg"));
    const Attendance* galen = attendanceNamed(meeting, QStringLiteral("Galen"));
    const Attendance* lewis = attendanceNamed(meeting, QStringLiteral("Lewis"));
    const Attendance* laight = attendanceNamed(meeting, QStringLiteral("R. J. Laight"));
    const Attendance* judd = attendanceNamed(meeting, QStringLiteral("Judd"));
    ASSERT_TRUE(borg && galen && lewis && laight && judd);
    EXPECT_EQ(borg->status, AttendanceStatus::Apologies);
    EXPECT_EQ(borg->substitute, QStringLiteral("Wain"));
    EXPECT_TRUE(galen->substitute.isEmpty());
    EXPECT_EQ(lewis->substitute, QStringLiteral("Dale"));
    EXPECT_EQ(laight->status, AttendanceStatus::Apologies);
    EXPECT_EQ(laight->substitute, QStringLiteral("S. Douglas"));
    EXPECT_EQ(judd->substitute, QStringLiteral("Ince"));
    for (const QString& name :
         {QStringLiteral("Wain"), QStringLiteral("Dale"), QStringLiteral("S. Douglas"), QStringLiteral("Ince")}) {
        const Attendance* substitute = attendanceNamed(meeting, name);
        ASSERT_TRUE(substitute) << name.toStdString();
        EXPECT_EQ(substitute->status, AttendanceStatus::Present) << name.toStdString();
    }
    const Attendance* mott = attendanceNamed(meeting, QStringLiteral("Mott"));
    ASSERT_TRUE(mott);
    EXPECT_EQ(mott->status, AttendanceStatus::InAttendance);
    EXPECT_TRUE(attendanceNamed(meeting, QStringLiteral("Bird"))); // not swallowed by the label after it
}

TEST_P(WiderShapes, DecisionsAfterTheBodyAndInsideTheLine)
{
    MinutesSheet sheet(1, GetParam());
    widerHeader(sheet);
    sheet.gap();
    sheet.line(QStringLiteral("7. FEES REVIEW"));
    sheet.line(QStringLiteral("The Committee had before it a report by the Licensing Manager."));
    sheet.line(QStringLiteral("The Sub Committee resolved:-"));
    sheet.line(QStringLiteral("(i) to approve the fees; and"));
    sheet.line(QStringLiteral("(ii) to publish them by 1 April 2024."));
    sheet.gap();
    sheet.line(QStringLiteral("8. TAXI POLICY"));
    sheet.line(QStringLiteral("Proposed by Cllr Hale, seconded by Cllr Bird and unanimously RESOLVED to adopt the"));
    sheet.line(QStringLiteral("revised policy."));
    sheet.gap();
    sheet.line(QStringLiteral("9. HACKNEY CARRIAGE FARES"));
    sheet.line(QStringLiteral("The Committee was told that the Cabinet had resolved to review the fares and"));
    sheet.line(QStringLiteral("that it was resolved by the working group to consult the trade."));
    const Meeting meeting = parsedMeeting(sheet);

    const Minute* fees = minuteNumbered(meeting, QStringLiteral("7"));
    const Minute* taxi = minuteNumbered(meeting, QStringLiteral("8"));
    const Minute* fares = minuteNumbered(meeting, QStringLiteral("9"));
    ASSERT_TRUE(fees && taxi && fares);
    ASSERT_EQ(fees->resolutions.size(), 1);
    EXPECT_EQ(fees->resolutions.first().clauses.size(), 2);
    ASSERT_EQ(taxi->resolutions.size(), 1);
    EXPECT_TRUE(taxi->resolutions.first().text.startsWith(QStringLiteral("to adopt the revised policy")));
    EXPECT_TRUE(fares->resolutions.isEmpty()); // other bodies' decisions, in lower case
}

INSTANTIATE_TEST_SUITE_P(Geometry, WiderShapes, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
