#include "MinutesSheet.h"

#include "minutes/AttendanceRegister.h"
#include "minutes/MinutesParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::attendanceNamed;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::parsedMeeting;
using scrutineer::testing::SheetGeometry;

// Attendance printed as a register table, over several page geometries: a member column beside a
// column of codes defined by a key line ("P = Present  A = Apologies"), or beside one column of
// marks per status, in one table or two side by side, with a column naming substitutes; a code
// nothing defines records nobody; a front sheet's "Member | Substitute" table is no register. Names and places are
// illustrative.

namespace {

void registerHeader(MinutesSheet& sheet)
{
    sheet.line(QStringLiteral("WESTLEIGH BOROUGH COUNCIL"));
    sheet.line(QStringLiteral("Minutes of the meeting of the Housing Scrutiny Panel held on Tuesday 4 March 2025"));
    sheet.gap();
}

class AttendanceRegisterShapes : public ::testing::TestWithParam<SheetGeometry> { };

} // namespace

TEST_P(AttendanceRegisterShapes, CodesReadThroughTheKeyUnderTheTable)
{
    MinutesSheet sheet(1, GetParam());
    registerHeader(sheet);
    auto row = [&sheet](const char* member, const char* code, const char* note) {
        sheet.row({{sheet.x(72), QString::fromUtf8(member)},
                   {sheet.x(300), QString::fromUtf8(code)},
                   {sheet.x(360), QString::fromUtf8(note)}});
    };
    sheet.line(QStringLiteral("Attendance register"));
    row("Member", "Attendance", "Notes");
    row("Councillor Ruth Abbey (Chair)", "P", "");
    row("Councillor Carl Dunne", "Ap", "");
    row("Councillor Eve Frost", "X", "");
    row("Councillor Gail Hurst", "Sub", "For Councillor Dunne");
    row("Councillor Ian Jolly", "V", "");
    sheet.line(QStringLiteral("P = Present; Ap = Apologies; X = Absent; Sub = Substitute; V = Attended virtually"));
    sheet.gap();
    sheet.line(QStringLiteral("1. MINUTES"));
    sheet.line(QStringLiteral("RESOLVED: That the minutes of the last meeting be approved."));
    const Meeting meeting = parsedMeeting(sheet);
    ASSERT_EQ(meeting.attendance.size(), 5);
    const Attendance* chair = attendanceNamed(meeting, QStringLiteral("Ruth Abbey"));
    ASSERT_NE(chair, nullptr);
    EXPECT_EQ(chair->status, AttendanceStatus::Present);
    EXPECT_EQ(chair->roleText.toStdString(), "Chair");
    const Attendance* dunne = attendanceNamed(meeting, QStringLiteral("Carl Dunne"));
    ASSERT_NE(dunne, nullptr);
    EXPECT_EQ(dunne->status, AttendanceStatus::Apologies);
    EXPECT_EQ(dunne->substitute.toStdString(), "Gail Hurst"); // the substitute's note names whom she sat for
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Eve Frost")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Eve Frost"))->status, AttendanceStatus::Absent);
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Gail Hurst")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Gail Hurst"))->status, AttendanceStatus::Present);
    const Attendance* remote = attendanceNamed(meeting, QStringLiteral("Ian Jolly"));
    ASSERT_NE(remote, nullptr);
    EXPECT_EQ(remote->status, AttendanceStatus::Present);
    EXPECT_EQ(remote->roleText.toStdString(), "Attended virtually");
    ASSERT_EQ(meeting.minutes.size(), 1);
    EXPECT_EQ(meeting.minutes.first().number.toStdString(), "1");
}

TEST_P(AttendanceRegisterShapes, MarksInOneColumnPerStatus)
{
    MinutesSheet sheet(1, GetParam());
    registerHeader(sheet);
    auto row = [&sheet](const char* member, const char* present, const char* apologies, const char* absent) {
        QList<QPair<qreal, QString>> cells {{sheet.x(72), QString::fromUtf8(member)}};
        const QList<QPair<qreal, const char*>> marks {{300, present}, {370, apologies}, {450, absent}};
        for (const auto& [x, mark] : marks) {
            if (*mark)
                cells.append({sheet.x(x), QString::fromUtf8(mark)});
        }
        sheet.row(cells);
    };
    row("Councillor", "Present", "Apologies", "Absent");
    row("Cllr Nia Owen", "X", "", "");
    row("Cllr Paul Quist", "", "X", "");
    row("Cllr Rae Stone", "", "", "X");
    sheet.gap();
    sheet.line(QStringLiteral("1. MINUTES"));
    sheet.line(QStringLiteral("RESOLVED: That the minutes of the last meeting be approved."));
    const Meeting meeting = parsedMeeting(sheet);
    ASSERT_EQ(meeting.attendance.size(), 3);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Nia Owen"))->status, AttendanceStatus::Present);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Paul Quist"))->status, AttendanceStatus::Apologies);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Rae Stone"))->status, AttendanceStatus::Absent);
}

TEST_P(AttendanceRegisterShapes, CodeNothingDefinesRecordsNobody)
{
    // No key: "P" and "A" could mean Present / Absent or Present / Apologies; only words are read.
    MinutesSheet sheet(1, GetParam());
    registerHeader(sheet);
    auto row = [&sheet](const char* member, const char* code) {
        sheet.row({{sheet.x(72), QString::fromUtf8(member)}, {sheet.x(300), QString::fromUtf8(code)}});
    };
    row("Member", "Status");
    row("Councillor Lena Marsh", "Present");
    row("Councillor Omar Nash", "A");
    row("Councillor Pia Roth", "Apologies");
    sheet.gap();
    sheet.line(QStringLiteral("1. MINUTES"));
    sheet.line(QStringLiteral("RESOLVED: That the minutes of the last meeting be approved."));
    const Meeting meeting = parsedMeeting(sheet);
    ASSERT_EQ(meeting.attendance.size(), 2);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Lena Marsh"))->status, AttendanceStatus::Present);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Pia Roth"))->status, AttendanceStatus::Apologies);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Omar Nash")), nullptr);
}

TEST_P(AttendanceRegisterShapes, NotesGluedToTheCodeHeadingStayNotes)
{
    // Close columns: the header reads as one cell "Attendance Notes"; each row's note is a cell
    // after its code.
    MinutesSheet sheet(1, GetParam());
    registerHeader(sheet);
    sheet.row({{sheet.x(72), QStringLiteral("Member")}, {sheet.x(300), QStringLiteral("Attendance Notes")}});
    sheet.row({{sheet.x(72), QStringLiteral("Councillor Tom Urwin")},
               {sheet.x(300), QStringLiteral("P")},
               {sheet.x(400), QStringLiteral("Left at 8.10 pm")}});
    sheet.row({{sheet.x(72), QStringLiteral("Councillor Vic Wade")}, {sheet.x(300), QStringLiteral("A")}});
    sheet.line(QStringLiteral("Key: P = Present  A = Apologies"));
    sheet.gap();
    sheet.line(QStringLiteral("1. MINUTES"));
    sheet.line(QStringLiteral("RESOLVED: That the minutes of the last meeting be approved."));
    const Meeting meeting = parsedMeeting(sheet);
    ASSERT_EQ(meeting.attendance.size(), 2);
    const Attendance* urwin = attendanceNamed(meeting, QStringLiteral("Tom Urwin"));
    ASSERT_NE(urwin, nullptr);
    EXPECT_EQ(urwin->status, AttendanceStatus::Present);
    EXPECT_EQ(urwin->roleText.toStdString(), "Left at 8.10 pm");
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Vic Wade"))->status, AttendanceStatus::Apologies);
}

TEST_P(AttendanceRegisterShapes, TwoRegistersSideBySide)
{
    // The register printed in two halves across the page: each half has its own member column.
    MinutesSheet sheet(1, GetParam());
    registerHeader(sheet);
    auto row = [&sheet](const char* a, const char* codeA, const char* b, const char* codeB) {
        QList<QPair<qreal, QString>> cells {{sheet.x(72), QString::fromUtf8(a)},
                                            {sheet.x(230), QString::fromUtf8(codeA)}};
        if (*b)
            cells.append({{sheet.x(300), QString::fromUtf8(b)}, {sheet.x(460), QString::fromUtf8(codeB)}});
        sheet.row(cells);
    };
    row("Member", "Attendance", "Member", "Attendance");
    row("Cllr Ada Bell", "P", "Cllr Don Eyre", "A");
    row("Cllr Cy Dale", "P", "Cllr Fay Gill", "P");
    row("Cllr Hal Ince", "Ab", "", "");
    sheet.line(QStringLiteral("P - Present, A - Apologies, Ab - Absent"));
    sheet.gap();
    sheet.line(QStringLiteral("1. MINUTES"));
    sheet.line(QStringLiteral("RESOLVED: That the minutes of the last meeting be approved."));
    const Meeting meeting = parsedMeeting(sheet);
    ASSERT_EQ(meeting.attendance.size(), 5);
    for (const char* name : {"Ada Bell", "Cy Dale", "Fay Gill"}) {
        ASSERT_NE(attendanceNamed(meeting, QString::fromUtf8(name)), nullptr) << name;
        EXPECT_EQ(attendanceNamed(meeting, QString::fromUtf8(name))->status, AttendanceStatus::Present) << name;
    }
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Don Eyre")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Don Eyre"))->status, AttendanceStatus::Apologies);
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Hal Ince")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Hal Ince"))->status, AttendanceStatus::Absent);
}

TEST_P(AttendanceRegisterShapes, ASubstituteColumnNamesWhoCameInTheMembersPlace)
{
    MinutesSheet sheet(1, GetParam());
    registerHeader(sheet);
    auto row = [&sheet](const char* member, const char* code, const char* substitute) {
        QList<QPair<qreal, QString>> cells {{sheet.x(72), QString::fromUtf8(member)},
                                            {sheet.x(260), QString::fromUtf8(code)}};
        if (*substitute)
            cells.append({sheet.x(340), QString::fromUtf8(substitute)});
        sheet.row(cells);
    };
    row("Member", "Attendance", "Substitute");
    row("Councillor Joy Kemp", "Present", "");
    row("Councillor Lee Mann", "Apologies", "Councillor Sue Tait");
    sheet.gap();
    sheet.line(QStringLiteral("1. MINUTES"));
    sheet.line(QStringLiteral("RESOLVED: That the minutes of the last meeting be approved."));
    const Meeting meeting = parsedMeeting(sheet);
    ASSERT_EQ(meeting.attendance.size(), 3);
    const Attendance* mann = attendanceNamed(meeting, QStringLiteral("Lee Mann"));
    ASSERT_NE(mann, nullptr);
    EXPECT_EQ(mann->status, AttendanceStatus::Apologies);
    EXPECT_EQ(mann->substitute.toStdString(), "Sue Tait");
    const Attendance* tait = attendanceNamed(meeting, QStringLiteral("Sue Tait"));
    ASSERT_NE(tait, nullptr);
    EXPECT_EQ(tait->status, AttendanceStatus::Present); // the substitute named came
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Joy Kemp"))->status, AttendanceStatus::Present);
}

TEST_P(AttendanceRegisterShapes, YesAndNoAnswerTheHeadingsQuestion)
{
    // "Attended?" answered Yes / No: Yes is the heading's status; No does not say why the member
    // was not there (apologies or absent), so it records nobody. In columns of marks a "No" or a
    // dash is no mark.
    MinutesSheet sheet(1, GetParam());
    registerHeader(sheet);
    auto row = [&sheet](const char* member, const char* answer) {
        sheet.row({{sheet.x(72), QString::fromUtf8(member)}, {sheet.x(300), QString::fromUtf8(answer)}});
    };
    row("Member", "Attended?");
    row("Councillor Kit Lowe", "Yes");
    row("Councillor Max Neal", "No");
    sheet.gap();
    sheet.line(QStringLiteral("1. MINUTES"));
    sheet.line(QStringLiteral("RESOLVED: That the minutes of the last meeting be approved."));
    const Meeting answered = parsedMeeting(sheet);
    ASSERT_EQ(answered.attendance.size(), 1);
    EXPECT_EQ(answered.attendance.first().name.toStdString(), "Kit Lowe");
    EXPECT_EQ(answered.attendance.first().status, AttendanceStatus::Present);

    MinutesSheet marks(1, GetParam());
    registerHeader(marks);
    marks.row({{marks.x(72), QStringLiteral("Councillor")},
               {marks.x(300), QStringLiteral("Present")},
               {marks.x(400), QStringLiteral("Apologies")}});
    marks.row({{marks.x(72), QStringLiteral("Councillor Kit Lowe")},
               {marks.x(300), QStringLiteral("No")},
               {marks.x(400), QStringLiteral("Yes")}});
    marks.row({{marks.x(72), QStringLiteral("Councillor Max Neal")},
               {marks.x(300), QStringLiteral("Yes")},
               {marks.x(400), QStringLiteral("-")}});
    marks.gap();
    marks.line(QStringLiteral("1. MINUTES"));
    marks.line(QStringLiteral("RESOLVED: That the minutes of the last meeting be approved."));
    const Meeting marked = parsedMeeting(marks);
    ASSERT_EQ(marked.attendance.size(), 2);
    EXPECT_EQ(attendanceNamed(marked, QStringLiteral("Kit Lowe"))->status, AttendanceStatus::Apologies);
    EXPECT_EQ(attendanceNamed(marked, QStringLiteral("Max Neal"))->status, AttendanceStatus::Present);
}

TEST_P(AttendanceRegisterShapes, RowsGoOnUnderTheHeaderRepeatedOnTheNextPageAndTheKeyWraps)
{
    MinutesSheet sheet(1, GetParam());
    registerHeader(sheet);
    auto row = [&sheet](const char* member, const char* code) {
        sheet.row({{sheet.x(72), QString::fromUtf8(member)}, {sheet.x(300), QString::fromUtf8(code)}});
    };
    row("Member", "Attendance");
    row("Councillor Amy Boyd", "P");
    row("Councillor Ben Cole", "A");
    sheet.pageBreak();
    row("Member", "Attendance");
    row("Councillor Cal Dyer", "P");
    row("Councillor Dee Ellis", "S");
    // The key wraps onto a second line.
    sheet.line(QStringLiteral("Key: P = Present, A = Apologies,"));
    sheet.line(QStringLiteral("S = Substitute, R = Attended remotely"));
    sheet.gap();
    sheet.line(QStringLiteral("1. MINUTES"));
    sheet.line(QStringLiteral("RESOLVED: That the minutes of the last meeting be approved."));
    const Meeting meeting = parsedMeeting(sheet);
    ASSERT_EQ(meeting.attendance.size(), 4);
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Dee Ellis")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Dee Ellis"))->roleText.toStdString(), "Substitute");
    ASSERT_NE(attendanceNamed(meeting, QStringLiteral("Cal Dyer")), nullptr);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Cal Dyer"))->status, AttendanceStatus::Present);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Cal Dyer"))->pdfPage, 2);
    EXPECT_EQ(attendanceNamed(meeting, QStringLiteral("Ben Cole"))->status, AttendanceStatus::Apologies);
}

TEST(AttendanceRegister, AMemberAndSubstituteTableIsNoRegister)
{
    MinutesLine line;
    line.text = QStringLiteral("Member Substitute");
    line.cells = {{72, QStringLiteral("Member")}, {300, QStringLiteral("Substitute")}};
    EXPECT_FALSE(AttendanceRegister::isHeader(line));
    line.cells
        = {{72, QStringLiteral("Member")}, {300, QStringLiteral("Item")}, {400, QStringLiteral("Nature of interest")}};
    EXPECT_FALSE(AttendanceRegister::isHeader(line));
    line.cells = {{72, QStringLiteral("Member")}, {300, QStringLiteral("Attendance")}};
    EXPECT_TRUE(AttendanceRegister::isHeader(line));
}

INSTANTIATE_TEST_SUITE_P(Geometry, AttendanceRegisterShapes, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });
