#include "MinutesSheet.h"

#include "minutes/MinuteReferences.h"
#include "minutes/MinutesParser.h"
#include "minutes/NameListParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::minuteNumbered;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::parsedMeeting;
using scrutineer::testing::presentNames;
using scrutineer::testing::SheetGeometry;

// Minutes as councils publish them on the web (ModernGov's "Agenda and minutes" pages and the
// minutes printed from them) and other shapes seen in councils' minutes beyond the ones the
// parsers were first written on: the minute number alone on its line over the title, the agenda's
// own text for the item before a "Minutes:" sub-heading, "It was RESOLVED that:", a numbered
// paragraph opening with RESOLVED ("22.7 RESOLVED – That"), surnames after a personal title in a
// councillors' list, and the time after the date in the meeting's title. Over several page
// geometries. Bodies and names are illustrative.

namespace {

// The web page's shape: number alone, title, the agenda's description, "Minutes:", the record.
void webItem(MinutesSheet& sheet, const QString& number, const QString& title, const QString& agendaText,
             const QStringList& record)
{
    sheet.gap();
    sheet.line(number);
    sheet.line(title);
    sheet.line(agendaText);
    sheet.line(QStringLiteral("Minutes:"));
    for (const QString& line : record)
        sheet.line(line);
}

class WebMinutes : public ::testing::TestWithParam<SheetGeometry> { };

} // namespace

TEST_P(WebMinutes, NumberAloneOverTheTitleAndTheRecordUnderMinutes)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("Licensing Committee - Tuesday, 5th March, 2024 10.00 am"));
    sheet.line(QStringLiteral("Venue: Council Chamber, Town Hall, Eastbury"));
    sheet.gap();
    sheet.line(QStringLiteral("Present: Councillor Amis (Chair) and Councillors Birch, Mrs Cole, Dunn and Evans"));
    webItem(sheet, QStringLiteral("41/24"), QStringLiteral("Apologies for absence"),
            QStringLiteral("To receive apologies for absence."),
            {QStringLiteral("Apologies for absence were received from Councillor Ford.")});
    webItem(sheet, QStringLiteral("42/24"), QStringLiteral("Minutes of the previous meeting"),
            QStringLiteral("To approve the minutes of the meeting held on 6 February 2024 as a correct record."),
            {QStringLiteral("RESOLVED: That the minutes of the meeting held on 6 February 2024 be approved.")});
    sheet.pageBreak();
    webItem(sheet, QStringLiteral("43/24"), QStringLiteral("Review of the Street Trading Policy"),
            QStringLiteral("Report of the Licensing Manager."),
            {QStringLiteral("Members discussed the consultation responses."), QStringLiteral("It was RESOLVED that:"),
             QStringLiteral("(1) the policy be approved; and"), QStringLiteral("(2) the fees be reviewed in 2025.")});
    const Meeting meeting = parsedMeeting(sheet);

    EXPECT_EQ(meeting.body, QStringLiteral("Licensing Committee"));
    ASSERT_EQ(meeting.minutes.size(), 3);
    const Minute* apologies = minuteNumbered(meeting, QStringLiteral("41/24"));
    const Minute* previous = minuteNumbered(meeting, QStringLiteral("42/24"));
    const Minute* policy = minuteNumbered(meeting, QStringLiteral("43/24"));
    ASSERT_TRUE(apologies && previous && policy);
    EXPECT_EQ(apologies->title, QStringLiteral("Apologies for absence"));
    EXPECT_EQ(policy->title, QStringLiteral("Review of the Street Trading Policy"));
    EXPECT_EQ(apologies->pdfPage, 1);
    EXPECT_EQ(policy->pdfPage, 2);
    // The agenda's "To approve the minutes … as a correct record" is no decision: one resolution.
    EXPECT_EQ(previous->resolutions.size(), 1);
    EXPECT_TRUE(apologies->resolutions.isEmpty());
    ASSERT_EQ(policy->resolutions.size(), 1);
    EXPECT_EQ(policy->resolutions.first().clauses.size(), 2);
    EXPECT_EQ(presentNames(meeting),
              (QStringList {QStringLiteral("Amis"), QStringLiteral("Birch"), QStringLiteral("Cole"),
                            QStringLiteral("Dunn"), QStringLiteral("Evans")}));
}

TEST_P(WebMinutes, OneNumberAloneIsNoRunOfMinutes)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("MINUTES of the meeting of the Audit Committee held on 5 March 2024"));
    sheet.line(QStringLiteral("PRESENT: Councillor Amis (Chair) and Councillor Birch"));
    sheet.gap();
    sheet.line(QStringLiteral("The Committee noted the figures below."));
    sheet.line(QStringLiteral("2024"));
    sheet.line(QStringLiteral("Income and Expenditure"));
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(minuteNumbered(meeting, QStringLiteral("2024")), nullptr);
}

TEST_P(WebMinutes, NumberedParagraphsOpeningWithResolved)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("MINUTES of the meeting of the Policy Committee held on 1 July 2021"));
    sheet.line(QStringLiteral("PRESENT: Councillor Amis (Chair) and Councillor Birch"));
    sheet.gap();
    sheet.line(QStringLiteral("22. FINANCE UPDATE"));
    sheet.line(QStringLiteral("22.1 The Committee received the finance update for the first quarter."));
    sheet.line(QStringLiteral("22.2 RESOLVED \u2013 That the update be noted."));
    sheet.line(QStringLiteral("22.3 RESOLVED \u2013 That the virement in paragraph 4 be approved."));
    sheet.gap();
    sheet.line(QStringLiteral("23. WORK PROGRAMME"));
    sheet.line(QStringLiteral("23.1 It was noted that the Cabinet had resolved to review the fees."));
    const Meeting meeting = parsedMeeting(sheet);
    const Minute* finance = minuteNumbered(meeting, QStringLiteral("22"));
    const Minute* work = minuteNumbered(meeting, QStringLiteral("23"));
    ASSERT_TRUE(finance && work);
    EXPECT_EQ(finance->resolutions.size(), 2);
    EXPECT_TRUE(work->resolutions.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Geometry, WebMinutes, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });

TEST(WebMinuteReferences, AloneOnItsLine)
{
    EXPECT_EQ(MinuteReferences::readAlone(QStringLiteral("58/23")).size(), 2);
    EXPECT_EQ(MinuteReferences::readAlone(QStringLiteral("124.")).size(), 1);
    EXPECT_TRUE(MinuteReferences::readAlone(QStringLiteral("124. Apologies")).isEmpty());
    EXPECT_TRUE(MinuteReferences::read(QStringLiteral("58/23")).isEmpty());
}

TEST(WebNameLists, SurnamesAfterAPersonalTitleInACouncillorsList)
{
    const QList<ListedPerson> people
        = NameListParser::parse(QStringLiteral("Councillors Bhatti, Mrs Fairclough, Hussain and Okoro"));
    QStringList names;
    for (const ListedPerson& p : people)
        names.append(p.name);
    EXPECT_EQ(names,
              (QStringList {QStringLiteral("Bhatti"), QStringLiteral("Fairclough"), QStringLiteral("Hussain"),
                            QStringLiteral("Okoro")}));
    // Without a councillors' list around it, a bare word after a titled name is no person.
    EXPECT_EQ(NameListParser::parse(QStringLiteral("Mrs Fairclough, Treasurer")).size(), 1);
}
