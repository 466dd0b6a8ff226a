#include "MinutesSheet.h"

#include "minutes/MinuteSplitter.h"
#include "minutes/MinutesParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::MinutesSheet;

// US minutes number no items: their sections are capitals headings at the margin, set apart
// from the text ("CONSENT CALENDAR", "PUBLIC HEARINGS"). Names and places are illustrative.

namespace {

QStringList titles(const QList<MinuteSpan>& spans)
{
    QStringList out;
    for (const MinuteSpan& s : spans)
        out.append(s.title);
    return out;
}

QStringList titles(const Meeting& meeting)
{
    QStringList out;
    for (const Minute& m : meeting.minutes)
        out.append(m.title);
    return out;
}

// Header, roll call, then the sections of a US regular meeting.
MinutesSheet usMinutes()
{
    MinutesSheet sheet(3);
    sheet.at(200, QStringLiteral("MINUTES OF THE REGULAR MEETING"));
    sheet.at(210, QStringLiteral("RIVERTON HOUSING AUTHORITY"));
    sheet.at(215, QStringLiteral("RIVERTON, OREGON"));
    sheet.at(225, QStringLiteral("MARCH 7, 2023"));
    sheet.gap();
    sheet.line(
        QStringLiteral("Chair Okafor called the meeting to order at 6:02 p.m. in the Council Chambers, Riverton"));
    sheet.line(
        QStringLiteral("City Hall. Responding to roll call were Commissioners Lindqvist, Marsh, and Chair Okafor."));
    sheet.line(QStringLiteral("Commissioner Tan was absent."));
    sheet.gap();
    sheet.line(QStringLiteral("CONSENT CALENDAR"));
    sheet.gap();
    sheet.line(QStringLiteral("Consent calendar items are considered routine matters. Commissioner Marsh moved and"));
    sheet.line(
        QStringLiteral("Commissioner Lindqvist seconded to approve the consent calendar as recommended. MOTION"));
    sheet.line(QStringLiteral("CARRIED BY THE FOLLOWING ROLL CALL VOTE:"));
    sheet.gap();
    sheet.row(
        {{72, QStringLiteral("AYES:")}, {160, QStringLiteral("Commissioners Lindqvist, Marsh, and Chair Okafor")}});
    sheet.row({{72, QStringLiteral("NOES:")}, {160, QStringLiteral("None")}});
    sheet.gap();
    sheet.line(QStringLiteral("ABSENT: COMMISSIONER TAN")); // a roll-call label in capitals is no heading
    sheet.gap();
    sheet.line(QStringLiteral("PUBLIC HEARINGS")); // a section whose item follows at once
    sheet.gap();
    sheet.line(QStringLiteral("AMENDMENT TO THE TENANT SELECTION PLAN AND"));
    sheet.line(QStringLiteral("ADMINISTRATIVE POLICY"));
    sheet.gap();
    sheet.line(QStringLiteral("The Authority heard from two residents. The hearing was closed at 6:20 p.m."));
    sheet.gap();
    sheet.line(QStringLiteral("ORAL COMMUNICATIONS"));
    sheet.gap();
    sheet.line(QStringLiteral("There were no persons wishing to address the Authority."));
    sheet.pageBreak().gap(); // the next page repeats the title and date at its top
    sheet.line(QStringLiteral("Minutes of the Regular Meeting"));
    sheet.line(QStringLiteral("Riverton Housing Authority"));
    sheet.line(QStringLiteral("March 7, 2023"));
    sheet.gap();
    sheet.gap();
    sheet.line(QStringLiteral("ADJOURNMENT"));
    sheet.gap();
    sheet.line(QStringLiteral("There being no further business, the meeting was adjourned at 6:31 p.m."));
    sheet.gap();
    sheet.at(400, QStringLiteral("JANE DOE, CMC"));
    sheet.at(450, QStringLiteral("CLERK"));
    return sheet;
}

MinutesContext packContext()
{
    MinutesContext context;
    context.kind = DocumentKind::AgendaPack;
    context.body = QStringLiteral("Housing Authority");
    context.packMeetingDate = QDate(2023, 4, 4);
    return context;
}

} // namespace

TEST(MinutesUnnumbered, CapitalsSectionHeadingsSplitUsMinutesAndCarryTheirRollCalls)
{
    const auto result = MinutesParser::parse(usMinutes().document(), packContext());
    const Meeting* meeting = scrutineer::testing::onlyMeeting(result);
    ASSERT_NE(meeting, nullptr);
    EXPECT_EQ(meeting->date, QDate(2023, 3, 7));
    EXPECT_EQ(titles(*meeting),
              (QStringList {QStringLiteral("CONSENT CALENDAR"),
                            QStringLiteral("AMENDMENT TO THE TENANT SELECTION PLAN AND ADMINISTRATIVE POLICY"),
                            QStringLiteral("ORAL COMMUNICATIONS"), QStringLiteral("ADJOURNMENT")}));
    for (const Minute& minute : meeting->minutes)
        EXPECT_TRUE(minute.number.isEmpty()) << minute.title.toStdString(); // none printed, none invented
    EXPECT_EQ(meeting->minutes.at(2).pdfPage, 3);
    EXPECT_EQ(meeting->minutes.at(2).text.toStdString(), "There were no persons wishing to address the Authority.");
    EXPECT_EQ(meeting->minutes.at(3).pdfPage, 4);
    const Minute& consent = meeting->minutes.first();
    ASSERT_EQ(consent.resolutions.size(), 1);
    const Resolution& motion = consent.resolutions.first();
    EXPECT_TRUE(motion.text.startsWith(QStringLiteral("Commissioner Marsh moved")));
    ASSERT_TRUE(motion.votes.has_value());
    EXPECT_EQ(motion.votes->outcome, QStringLiteral("carried"));
    EXPECT_EQ(motion.votes->forNames.size(), 3);
    EXPECT_EQ(motion.votes->absentNames, QStringList {QStringLiteral("COMMISSIONER TAN")});
    EXPECT_TRUE(meeting->minutes.at(1).text.startsWith(QStringLiteral("The Authority heard from two residents.")));
    EXPECT_EQ(meeting->minutes.last().text,
              QStringLiteral("There being no further business, the meeting was adjourned at 6:31 p.m."));
    EXPECT_EQ(meeting->attendance.size(), 4); // the roll call stays in the preamble
}

TEST(MinutesUnnumbered, NumberedMinutesKeepTheirNumberedHeadings)
{
    MinutesSheet sheet(2);
    sheet.line(QStringLiteral("OVERVIEW AND SCRUTINY COMMITTEE (ADULT SOCIAL CARE)"));
    sheet.line(QStringLiteral("MEETING HELD AT THE TOWN HALL, BOOTLE"));
    sheet.line(QStringLiteral("ON TUESDAY 5TH MARCH, 2019"));
    sheet.line(QStringLiteral("PRESENT: Councillor Amadi (in the Chair)"));
    sheet.gap();
    sheet.line(QStringLiteral("1. APOLOGIES FOR ABSENCE"));
    sheet.line(QStringLiteral("Apologies for absence were received from Councillor Brandt."));
    sheet.gap();
    sheet.line(QStringLiteral("HEALTH AND WELLBEING"));
    sheet.gap();
    sheet.line(QStringLiteral("The Committee discussed the strategy."));
    sheet.gap();
    sheet.line(QStringLiteral("2. CARE HOME FEES"));
    sheet.line(QStringLiteral("RESOLVED: That the report be noted."));
    MinutesContext context;
    context.body = QStringLiteral("Overview and Scrutiny Committee (Adult Social Care)");
    const auto result = MinutesParser::parse(sheet.document(), context);
    const Meeting* meeting = scrutineer::testing::onlyMeeting(result);
    ASSERT_NE(meeting, nullptr);
    EXPECT_EQ(titles(*meeting),
              (QStringList {QStringLiteral("APOLOGIES FOR ABSENCE"), QStringLiteral("CARE HOME FEES")}));
}

TEST(MinutesUnnumbered, CapitalsInsideParagraphsSignaturesAndLoneHeadingsAreNoSections)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("The Board considered the report and heard from the Director of Public Works."));
    sheet.line(QStringLiteral("MOTION CARRIED UNANIMOUSLY"));
    sheet.line(QStringLiteral("after a short debate on the amendment."));
    sheet.gap();
    sheet.line(QStringLiteral("NEW BUSINESS"));
    sheet.gap();
    sheet.line(QStringLiteral("The Board received the quarterly budget update."));
    sheet.gap();
    sheet.at(400, QStringLiteral("JANE DOE, CMC")); // signature, off the margin
    sheet.gap();
    sheet.line(QStringLiteral("THE BOARD NOTED THE REPORT.")); // a sentence in capitals
    sheet.gap();
    sheet.line(QStringLiteral("The Board adjourned."));
    auto lines = sheet.lines();
    EXPECT_TRUE(MinuteSplitter::splitUnnumbered(lines, 0, lines.size()).isEmpty()); // one heading is no structure

    sheet.gap();
    sheet.line(QStringLiteral("CLOSED SESSION"));
    sheet.gap();
    sheet.line(QStringLiteral("The Board met in closed session on one item of litigation."));
    sheet.gap();
    sheet.line(QStringLiteral("ADJOURNMENT")); // nothing under it: no section
    lines = sheet.lines();
    const QList<MinuteSpan> spans = MinuteSplitter::splitUnnumbered(lines, 0, lines.size());
    EXPECT_EQ(titles(spans), (QStringList {QStringLiteral("NEW BUSINESS"), QStringLiteral("CLOSED SESSION")}));
    ASSERT_EQ(spans.size(), 2);
    EXPECT_EQ(lines.at(spans.at(0).body).text, QStringLiteral("The Board received the quarterly budget update."));
    EXPECT_EQ(lines.at(spans.at(1).end - 1).text,
              QStringLiteral("The Board met in closed session on one item of litigation."));
}
