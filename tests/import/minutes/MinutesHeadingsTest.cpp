#include "MinutesSheet.h"

#include "minutes/MinuteSplitter.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::MinutesSheet;

namespace {

QStringList numbers(const QList<MinuteSpan>& spans)
{
    QStringList out;
    for (const MinuteSpan& s : spans)
        out.append(s.number);
    return out;
}

} // namespace

TEST(MinutesHeadings, CapitalHeadingsRejectObjectivesAndReportParagraphs)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("5. DEVELOPMENT OF FAMILY WELLBEING SERVICE \u2013 PROGRESS REPORT"));
    sheet.line(QStringLiteral("The report set out the background to the matter."));
    sheet.line(QStringLiteral("6. CHILDREN'S SOCIAL CARE ANNUAL REPORT"));
    sheet.line(QStringLiteral("The Plan identified three key objectives, namely:-"));
    sheet.line(QStringLiteral("1. Ensure frontline practice is consistently good, effective and focussed on timely,"));
    sheet.line(QStringLiteral("7. Ensure that frontline services are sufficiently resourced and the workforce"));
    sheet.line(QStringLiteral("9. LICENSING/CHILD SEXUAL EXPLOITATION WORKING GROUP FINAL REPORT \u2013 JUNE"));
    sheet.line(QStringLiteral("2018"));
    sheet.line(QStringLiteral("Further to Minute No. 6 of the meeting of 12 June 2018, the Committee"));
    sheet.line(QStringLiteral("10. SPECIAL EDUCATIONAL NEEDS AND DISABILITY PROCESS OF ASSESSMENT"));
    sheet.line(QStringLiteral("WORKING GROUP - FINAL REPORT"));
    sheet.line(QStringLiteral("RESOLVED:"));
    sheet.line(QStringLiteral("That the report be noted."));
    sheet.line(QStringLiteral("23. Children in care were seen promptly in 2017/18 and the trend continued."));
    const auto lines = sheet.lines();
    const QList<MinuteSpan> spans = MinuteSplitter::split(lines, 0, lines.size());
    EXPECT_EQ(numbers(spans),
              (QStringList {QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("9"), QStringLiteral("10")}));
    EXPECT_EQ(spans.at(2).title,
              QStringLiteral("LICENSING/CHILD SEXUAL EXPLOITATION WORKING GROUP FINAL REPORT "
                             "\u2013 JUNE 2018"));
    EXPECT_EQ(
        spans.at(3).title,
        QStringLiteral("SPECIAL EDUCATIONAL NEEDS AND DISABILITY PROCESS OF ASSESSMENT WORKING GROUP - FINAL REPORT"));
    EXPECT_EQ(lines.at(spans.at(3).body).text, QStringLiteral("RESOLVED:"));
    EXPECT_EQ(spans.at(3).end, lines.size());
}

TEST(MinutesHeadings, TitleCaseHeadingsWithoutFullStopsAndALostHeading)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("389 Apologies and Welcome"));
    sheet.line(QStringLiteral("Apologies were received from Ms R L Dent."));
    sheet.line(QStringLiteral("390 Declaration of Interest and of any Party Whip"));
    sheet.line(QStringLiteral("393 Worcestershire Safeguarding Children Board Annual Report 2018-19"));
    sheet.line(QStringLiteral("2019 and suggested that things had moved on since then."));
    sheet.line(QStringLiteral("12 months' notice would be required."));
    sheet.line(QStringLiteral("395 Performance and In-Year Budget Monitoring"));
    sheet.line(QStringLiteral("420 Something Far Too Far Ahead"));
    const auto lines = sheet.lines();
    const QList<MinuteSpan> spans = MinuteSplitter::split(lines, 0, lines.size());
    EXPECT_EQ(
        numbers(spans),
        (QStringList {QStringLiteral("389"), QStringLiteral("390"), QStringLiteral("393"), QStringLiteral("395")}));
    EXPECT_EQ(spans.at(1).title, QStringLiteral("Declaration of Interest and of any Party Whip"));
}

TEST(MinutesHeadings, NumberColumnAndItemLineTakeWrappedSentenceCaseTitles)
{
    MinutesSheet sheet;
    sheet.row({{54, QStringLiteral("294.")},
               {90, QStringLiteral("Minutes of the meeting held on 13 February 2025 and, if in order, to be")}});
    sheet.at(90, QStringLiteral("approved as a correct record"));
    sheet.at(90, QStringLiteral("(Item 3)"));
    sheet.at(90, QStringLiteral("RESOLVED that the minutes be approved as a correct record."));
    sheet.at(90, QStringLiteral("29 October 2024 and 10 December 2024 be noted."));
    sheet.row({{54, QStringLiteral("295.")},
               {90, QStringLiteral("Joint Health Overview & Scrutiny Committee - Terms of Reference")}});
    sheet.at(90, QStringLiteral("update"));
    sheet.at(90, QStringLiteral("(Item 13)"));
    sheet.at(90, QStringLiteral("2025 it will be illegal to sell single-use vapes."));
    const auto lines = sheet.lines();
    const QList<MinuteSpan> spans = MinuteSplitter::split(lines, 0, lines.size());
    ASSERT_EQ(numbers(spans), (QStringList {QStringLiteral("294"), QStringLiteral("295")}));
    EXPECT_EQ(spans.at(0).title,
              QStringLiteral("Minutes of the meeting held on 13 February 2025 and, if in order, to be approved as a "
                             "correct record"));
    EXPECT_EQ(spans.at(0).item, QStringLiteral("3"));
    EXPECT_EQ(spans.at(1).title,
              QStringLiteral("Joint Health Overview & Scrutiny Committee - Terms of Reference update"));
    EXPECT_EQ(spans.at(1).item, QStringLiteral("13"));
}

TEST(MinutesHeadings, SentenceCaseWithoutAnyCueIsNotAHeading)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("1. APOLOGIES FOR ABSENCE"));
    sheet.line(QStringLiteral("2. The report was presented by the interim director of children and families."));
    sheet.line(QStringLiteral("3. MINUTES"));
    const auto lines = sheet.lines();
    EXPECT_EQ(numbers(MinuteSplitter::split(lines, 0, lines.size())),
              (QStringList {QStringLiteral("1"), QStringLiteral("3")}));
    EXPECT_TRUE(MinuteSplitter::isTitleCase(QStringLiteral("Confirmation of the Minutes of the Previous Meeting")));
    EXPECT_FALSE(MinuteSplitter::isTitleCase(QStringLiteral("Ensure frontline practice is consistently good")));
}
