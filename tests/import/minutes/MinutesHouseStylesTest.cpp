#include "MinutesSheet.h"

#include "minutes/MembersFromAttendance.h"
#include "minutes/MinuteReferences.h"
#include "minutes/MinutesParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::meetingMemberContaining;
using scrutineer::testing::minuteNumbers;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::parsedMeeting;
using scrutineer::testing::SheetGeometry;

// Minutes laid out the ways councils other than the corpus's do it: minute numbers after a
// committee's letters ("OS.31") or with the year ("45/23"), Scottish committee minutes ("Minute of
// Meeting", a Convener, a "Decision" under each item), "AGREED:" over lettered decisions, and the
// members a meeting's minutes name. Over several page geometries. Bodies and names are illustrative.

namespace {

class HouseStyles : public ::testing::TestWithParam<SheetGeometry> { };

} // namespace

TEST(MinuteReferences, ReadEveryShapeWithItsRunShape)
{
    const auto plain = MinuteReferences::read(QStringLiteral("12. APOLOGIES"));
    ASSERT_EQ(plain.size(), 1);
    EXPECT_EQ(plain.first().printed, QStringLiteral("12"));
    EXPECT_EQ(plain.first().shape, QString());
    EXPECT_EQ(plain.first().minimumRun, 1);

    const auto lettered = MinuteReferences::read(QStringLiteral("OS.31 MINUTES"));
    ASSERT_EQ(lettered.size(), 1);
    EXPECT_EQ(lettered.first().printed, QStringLiteral("OS.31"));
    EXPECT_EQ(lettered.first().sequence, 31);
    EXPECT_EQ(lettered.first().shape, QStringLiteral("OS.#"));
    EXPECT_EQ(lettered.first().minimumRun, 2);
    EXPECT_EQ(lettered.first().title, QStringLiteral("MINUTES"));

    // Letters before a space could be "PART 2": it takes a longer run to believe them.
    const auto spaced = MinuteReferences::read(QStringLiteral("CAB 12 Budget Monitoring"));
    ASSERT_EQ(spaced.size(), 1);
    EXPECT_EQ(spaced.first().minimumRun, 3);

    // "45/23": either half may count up; only the run tells which.
    const auto withYear = MinuteReferences::read(QStringLiteral("45/23 Work Programme"));
    ASSERT_EQ(withYear.size(), 2);
    EXPECT_EQ(withYear.at(0).sequence, 45);
    EXPECT_EQ(withYear.at(0).shape, QStringLiteral("#/23"));
    EXPECT_EQ(withYear.at(1).sequence, 23);

    EXPECT_TRUE(MinuteReferences::read(QStringLiteral("3.2 Background")).isEmpty()); // a report paragraph
    EXPECT_TRUE(MinuteReferences::read(QStringLiteral("The Committee noted 12 items")).isEmpty());
}

TEST_P(HouseStyles, MinuteNumbersAfterACommitteesLetters)
{
    MinutesSheet sheet(1, GetParam());
    const qreal title = sheet.x(130);
    sheet.line(QStringLiteral("OVERVIEW AND SCRUTINY COMMITTEE"));
    sheet.line(QStringLiteral("Minutes of a meeting of the Overview and Scrutiny Committee held in the Council"));
    sheet.line(QStringLiteral("Chamber, Civic Offices, Eastwick on Wednesday 8 November 2023 at 7.00 pm"));
    sheet.gap();
    sheet.line(QStringLiteral("Present: Councillor P Ash (Chairman), Councillors J Bell and M Doyle"));
    sheet.gap();
    sheet.row({{sheet.geometry().margin, QStringLiteral("OS.31")}, {title, QStringLiteral("APOLOGIES FOR ABSENCE")}});
    sheet.at(title, QStringLiteral("Apologies for absence were received from Councillor A King."));
    sheet.gap();
    sheet.row({{sheet.geometry().margin, QStringLiteral("OS.32")}, {title, QStringLiteral("MINUTES")}});
    sheet.at(title, QStringLiteral("RESOLVED that the minutes of the meeting held on 11 October 2023 be approved."));
    sheet.gap();
    sheet.row({{sheet.geometry().margin, QStringLiteral("OS.33")}, {title, QStringLiteral("HOUSING REPAIRS")}});
    sheet.at(title, QStringLiteral("The Committee considered the report on 2 key areas."));
    sheet.at(title, QStringLiteral("RESOLVED that the report be noted."));
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(minuteNumbers(meeting),
              (QStringList {QStringLiteral("OS.31"), QStringLiteral("OS.32"), QStringLiteral("OS.33")}));
    ASSERT_EQ(meeting.minutes.size(), 3);
    EXPECT_EQ(meeting.minutes.at(1).title, QStringLiteral("MINUTES"));
    EXPECT_EQ(meeting.minutes.at(1).resolutions.size(), 1);
    EXPECT_EQ(meeting.minutes.at(2).resolutions.size(), 1);
}

TEST_P(HouseStyles, RecommendedToAnotherBodyIsADecisionLikeResolved)
{
    // "RECOMMENDED – That the Cabinet …": the committee decides to recommend; in capitals like
    // RESOLVED, and a clause list under it as under RESOLVED. "recommended" in prose is not one.
    MinutesSheet sheet(1, GetParam());
    const qreal title = sheet.x(110);
    sheet.line(QStringLiteral("MINUTES of a meeting of the Resources Committee held at County Hall, Eastwick on"));
    sheet.line(QStringLiteral("Thursday 18 January 2024 at 10.00 am."));
    sheet.gap();
    sheet.line(QStringLiteral("PRESENT: Councillor P Ash (Chairman), Councillors J Bell and M Doyle"));
    sheet.gap();
    sheet.row({{sheet.geometry().margin, QStringLiteral("44")}, {title, QStringLiteral("TREASURY STRATEGY")}});
    sheet.at(title, QStringLiteral("The Director recommended that the limits be kept under review."));
    sheet.at(title, QStringLiteral("RECOMMENDED \u2013 That the Cabinet approve the Treasury Strategy 2024/25."));
    sheet.gap();
    sheet.row({{sheet.geometry().margin, QStringLiteral("45")}, {title, QStringLiteral("FEES AND CHARGES")}});
    sheet.at(title, QStringLiteral("RECOMMENDED \u2013 That:"));
    sheet.at(title, QStringLiteral("(1) the Cabinet approve the fees for 2024/25; and"));
    sheet.at(title, QStringLiteral("(2) the fees be reviewed in a year."));
    const Meeting meeting = parsedMeeting(sheet);
    ASSERT_EQ(meeting.minutes.size(), 2);
    ASSERT_EQ(meeting.minutes.at(0).resolutions.size(), 1);
    EXPECT_TRUE(
        meeting.minutes.at(0).resolutions.first().text.contains(QStringLiteral("the Cabinet approve the Treasury")));
    EXPECT_FALSE(meeting.minutes.at(0).resolutions.first().text.contains(QStringLiteral("kept under review")));
    ASSERT_EQ(meeting.minutes.at(1).resolutions.size(), 1);
    EXPECT_EQ(meeting.minutes.at(1).resolutions.first().clauses.size(), 2);
}

TEST_P(HouseStyles, MinuteNumbersWithTheYear)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("MINUTES of a meeting of the Licensing Committee held at the Town Hall, Northby"));
    sheet.line(QStringLiteral("on Monday 4 March 2024"));
    sheet.gap();
    sheet.line(QStringLiteral("PRESENT: Councillors Reed (Chair), Shaw and Tate"));
    sheet.gap();
    sheet.line(QStringLiteral("45/23 APOLOGIES"));
    sheet.line(QStringLiteral("There were no apologies."));
    sheet.gap();
    sheet.line(QStringLiteral("46/23 STREET TRADING POLICY"));
    sheet.line(QStringLiteral("RESOLVED that the policy be adopted."));
    sheet.gap();
    sheet.line(QStringLiteral("47/23 FEES 2024/25"));
    sheet.line(QStringLiteral("RESOLVED that the fees be approved."));
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(minuteNumbers(meeting),
              (QStringList {QStringLiteral("45/23"), QStringLiteral("46/23"), QStringLiteral("47/23")}));
}

TEST_P(HouseStyles, ScottishMinuteWithDecisionBlocks)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("Minute of Meeting of the Education Committee held in the Council Chambers,"));
    sheet.line(QStringLiteral("Kirkton House, Kirkton on Thursday, 2 February 2023 at 10.00 am."));
    sheet.gap();
    sheet.line(QStringLiteral("Present: Councillor Fiona Bain (Convener), Councillor Angus Rae (Vice Convener),"));
    sheet.line(QStringLiteral("Councillor Moira Hay and Councillor Euan Low"));
    sheet.gap();
    sheet.line(QStringLiteral("1. Minute of Previous Meeting"));
    sheet.line(QStringLiteral("The Minute of Meeting of the Committee held on 10 November 2022 was submitted and"));
    sheet.line(QStringLiteral("approved as a correct record."));
    sheet.gap();
    sheet.line(QStringLiteral("2. Attainment Report"));
    sheet.line(QStringLiteral("There was submitted a report by the Executive Director of Education."));
    sheet.gap();
    sheet.line(QStringLiteral("Decision"));
    sheet.line(QStringLiteral("The Committee:"));
    sheet.line(QStringLiteral("(i) noted the report;"));
    sheet.line(QStringLiteral("(ii) agreed that a session for Members be arranged; and"));
    sheet.line(QStringLiteral("(iii) requested a further report in August 2023."));
    sheet.gap();
    sheet.line(QStringLiteral("3. School Estate Review"));
    sheet.line(QStringLiteral("There was submitted a report by the Head of Schools."));
    sheet.gap();
    sheet.line(QStringLiteral("Decision"));
    sheet.line(QStringLiteral("The Committee agreed to approve the criteria for the review."));
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(meeting.date, QDate(2023, 2, 2));
    EXPECT_TRUE(meeting.body.contains(QStringLiteral("Education Committee"))) << meeting.body.toStdString();
    ASSERT_EQ(meeting.minutes.size(), 3);
    EXPECT_EQ(meeting.minutes.at(0).resolutions.size(), 1);
    ASSERT_EQ(meeting.minutes.at(1).resolutions.size(), 1);
    EXPECT_EQ(meeting.minutes.at(1).resolutions.first().clauses.size(), 3);
    ASSERT_EQ(meeting.minutes.at(2).resolutions.size(), 1);
    EXPECT_TRUE(meeting.minutes.at(2).resolutions.first().text.contains(QStringLiteral("approve the criteria")));
    const Member* convener = meetingMemberContaining(meeting, QStringLiteral("Fiona Bain"));
    ASSERT_NE(convener, nullptr);
    EXPECT_EQ(convener->role, MemberRole::Chair);
    const Member* vice = meetingMemberContaining(meeting, QStringLiteral("Angus Rae"));
    ASSERT_NE(vice, nullptr);
    EXPECT_EQ(vice->role, MemberRole::ViceChair);
}

TEST_P(HouseStyles, AgreedLabelOverLetteredDecisions)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("MINUTES of a meeting of the Health and Wellbeing Board held at the Civic Centre,"));
    sheet.line(QStringLiteral("Southby on Monday 5 December 2022"));
    sheet.gap();
    sheet.line(QStringLiteral("PRESENT: Councillor Helen Pike (Chair), Dr Sam Khan and Janet Cole"));
    sheet.gap();
    sheet.line(QStringLiteral("4. STRATEGY REFRESH"));
    sheet.line(QStringLiteral("Janet Cole presented the draft priorities."));
    sheet.line(QStringLiteral("AGREED:"));
    sheet.line(QStringLiteral("a) to endorse the draft priorities for consultation;"));
    sheet.line(QStringLiteral("b) that Janet Cole circulate the consultation plan by 16 December 2022;"));
    sheet.line(QStringLiteral("c) to receive the final strategy in March 2023."));
    sheet.gap();
    sheet.line(QStringLiteral("5. BETTER CARE FUND"));
    sheet.line(QStringLiteral("Agreed: to note the update."));
    const Meeting meeting = parsedMeeting(sheet);
    ASSERT_EQ(meeting.minutes.size(), 2);
    ASSERT_EQ(meeting.minutes.at(0).resolutions.size(), 1);
    EXPECT_EQ(meeting.minutes.at(0).resolutions.first().clauses.size(), 3);
    ASSERT_EQ(meeting.minutes.at(1).resolutions.size(), 1);
    EXPECT_EQ(meeting.minutes.at(1).resolutions.first().text, QStringLiteral("to note the update."));
}

TEST_P(HouseStyles, LabelledParticularsAnAttendanceTableAndHangingTitles)
{
    MinutesSheet sheet(1, GetParam());
    const qreal values = sheet.x(160);
    const qreal second = sheet.x(300);
    const qreal text = sheet.x(110);
    const qreal margin = sheet.geometry().margin;
    sheet.line(QStringLiteral("Westmarsh Community Safety Partnership Board"));
    sheet.line(QStringLiteral("Minutes"));
    sheet.gap();
    sheet.row({{margin, QStringLiteral("Date:")}, {values, QStringLiteral("Tuesday 14 May 2024")}});
    sheet.row({{margin, QStringLiteral("Time:")}, {values, QStringLiteral("2.00 pm")}});
    sheet.row({{margin, QStringLiteral("Venue:")}, {values, QStringLiteral("Room 3, Westmarsh Civic Centre")}});
    sheet.gap();
    sheet.line(QStringLiteral("Members present"));
    sheet.row({{margin, QStringLiteral("Cllr Rachel Dunn (Chair)")}, {second, QStringLiteral("Westmarsh Council")}});
    sheet.row(
        {{margin, QStringLiteral("Supt Gareth Pryor (Vice-Chair)")}, {second, QStringLiteral("Westmarsh Police")}});
    sheet.row({{margin, QStringLiteral("Hannah Osei")}, {second, QStringLiteral("Fire and Rescue Service")}});
    sheet.gap();
    sheet.line(QStringLiteral("Also in attendance"));
    sheet.row({{margin, QStringLiteral("Kerry Mills")}, {second, QStringLiteral("Community Safety Manager")}});
    sheet.gap();
    sheet.row({{margin, QStringLiteral("1.")}, {text, QStringLiteral("Welcome and apologies")}});
    sheet.at(text, QStringLiteral("The Chair welcomed members to the meeting."));
    sheet.row({{margin, QStringLiteral("2.")}, {text, QStringLiteral("Anti-social behaviour hotspots")}});
    sheet.at(text, QStringLiteral("The analyst presented the latest figures for the town centre."));
    sheet.at(text, QStringLiteral("Agreed:"));
    sheet.at(text, QStringLiteral("a) to fund two patrol evenings over the summer;"));
    sheet.at(text, QStringLiteral("b) to review the patrols in September."));
    sheet.at(text, QStringLiteral("Action: Kerry Mills to circulate the ward data by 31 May 2024."));
    sheet.row({{margin, QStringLiteral("3.")}, {text, QStringLiteral("Serious violence duty")}});
    sheet.at(text, QStringLiteral("Agreed: to approve the needs assessment."));
    const MinutesResult result = MinutesParser::parse(sheet.document(), MinutesContext {});
    ASSERT_EQ(result.meetings.size(), 1);
    const Meeting& meeting = result.meetings.first();
    EXPECT_EQ(meeting.date, QDate(2024, 5, 14));
    EXPECT_EQ(meeting.venue, QStringLiteral("Room 3, Westmarsh Civic Centre"));
    EXPECT_TRUE(meeting.body.contains(QStringLiteral("Partnership Board"))) << meeting.body.toStdString();
    QStringList present;
    QStringList attending;
    for (const Attendance& a : meeting.attendance)
        (a.status == AttendanceStatus::Present ? present : attending).append(a.name);
    EXPECT_EQ(
        present,
        (QStringList {QStringLiteral("Rachel Dunn"), QStringLiteral("Gareth Pryor"), QStringLiteral("Hannah Osei")}));
    EXPECT_EQ(attending, QStringList {QStringLiteral("Kerry Mills")});
    const Member* vice = meetingMemberContaining(meeting, QStringLiteral("Gareth Pryor"));
    ASSERT_NE(vice, nullptr);
    EXPECT_EQ(vice->role, MemberRole::ViceChair);
    EXPECT_EQ(minuteNumbers(meeting), (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    ASSERT_EQ(meeting.minutes.size(), 3);
    EXPECT_EQ(meeting.minutes.at(0).title, QStringLiteral("Welcome and apologies"));
    EXPECT_EQ(meeting.minutes.at(0).resolutions.size(), 0);
    ASSERT_EQ(meeting.minutes.at(1).resolutions.size(), 1);
    EXPECT_EQ(meeting.minutes.at(1).resolutions.first().clauses.size(), 2);
    EXPECT_EQ(meeting.minutes.at(2).resolutions.size(), 1);
    bool circulate = false;
    for (const Action& action : result.actions) {
        if (action.text.contains(QStringLiteral("circulate the ward data"))) {
            circulate = true;
            EXPECT_EQ(action.owner, QStringLiteral("Kerry Mills"));
            EXPECT_EQ(action.due, QStringLiteral("2024-05-31"));
        }
    }
    EXPECT_TRUE(circulate);
}

TEST(MembersFromAttendance, MembersWithTheirRolesAndSubstitutesButNoOfficers)
{
    QList<Attendance> attendance;
    attendance.append({QStringLiteral("P Ash"), AttendanceStatus::Present, {}, QStringLiteral("Chairman"), 1});
    attendance.append({QStringLiteral("K Chan"), AttendanceStatus::Present, {}, QStringLiteral("Vice-Chair"), 1});
    attendance.append({QStringLiteral("M Doyle"), AttendanceStatus::Present, {}, {}, 1});
    attendance.append({QStringLiteral("A King"), AttendanceStatus::Apologies, QStringLiteral("C Moss"), {}, 1});
    attendance.append({QStringLiteral("C Moss"), AttendanceStatus::Present, {}, {}, 1});
    attendance.append(
        {QStringLiteral("N Irving"), AttendanceStatus::InAttendance, {}, QStringLiteral("Director of Place"), 1});
    const QList<Member> members = MembersFromAttendance::derive(attendance);
    ASSERT_EQ(members.size(), 5); // no officer; C Moss once
    EXPECT_EQ(members.at(0).role, MemberRole::Chair);
    EXPECT_EQ(members.at(1).role, MemberRole::ViceChair);
    EXPECT_EQ(members.at(2).role, MemberRole::Member);
    EXPECT_EQ(members.at(3).name, QStringLiteral("A King"));
    EXPECT_EQ(members.at(4).name, QStringLiteral("C Moss"));
    EXPECT_EQ(members.at(4).role, MemberRole::Substitute);
    EXPECT_EQ(members.at(4).substituteFor, QStringLiteral("A King"));
}

INSTANTIATE_TEST_SUITE_P(Geometry, HouseStyles, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
