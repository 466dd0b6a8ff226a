#include "MinutesSheet.h"

#include "minutes/MinuteSplitter.h"
#include "minutes/MinutesParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::labels;
using scrutineer::testing::MinutesSheet;
using scrutineer::testing::parsedMeeting;
using scrutineer::testing::SheetGeometry;

// How minutes head their items when the numbering is not one clean run: titles with "(Item N)"
// under them and no minute number at all (numbered paragraphs inside are no minutes), and numbered
// paragraphs of an unnumbered opening section ahead of the first numbered minute. Over several
// page geometries. Bodies and names are illustrative.

namespace {

QStringList field(const Meeting& meeting, QString Minute::*member)
{
    QStringList out;
    for (const Minute& m : meeting.minutes)
        out.append(m.*member);
    return out;
}

QList<int> resolutionCounts(const Meeting& meeting)
{
    QList<int> out;
    for (const Minute& m : meeting.minutes)
        out.append(int(m.resolutions.size()));
    return out;
}

class HeadingShapes : public ::testing::TestWithParam<SheetGeometry> { };

} // namespace

TEST_P(HeadingShapes, TitlesOverItemLinesWithoutMinuteNumbers)
{
    MinutesSheet sheet(1, GetParam());
    const qreal indent = sheet.x(90);
    sheet.line(QStringLiteral("FOSTERING PANEL \u2013 12 November 2024"));
    sheet.line(QStringLiteral("MINUTES of the meeting held in the Oak Room, Civic Centre, Westford."));
    sheet.gap();
    sheet.line(QStringLiteral("PRESENT: Ann Kerr (Chair), Ben Lowe (Vice-Chair), Cara Moss and Dan Nye"));
    sheet.gap();
    sheet.line(QStringLiteral("Apologies and Substitutes"));
    sheet.line(QStringLiteral("(Item 1)"));
    sheet.line(QStringLiteral("Apologies were received from Mr E Orr."));
    sheet.gap();
    sheet.line(QStringLiteral("Chair's Announcements"));
    sheet.line(QStringLiteral("(Item 2)"));
    sheet.at(indent, QStringLiteral("1. RESOLVED that Ben Lowe be elected Vice-Chair of the Panel."));
    sheet.gap();
    sheet.at(indent, QStringLiteral("2. The Chair agreed to write to the group leaders about training."));
    sheet.gap();
    sheet.line(QStringLiteral("Minutes of the meeting held on 10 September 2024"));
    sheet.line(QStringLiteral("(Item 3)"));
    sheet.line(QStringLiteral("RESOLVED that the minutes of the meeting held on 10 September 2024 were a"));
    sheet.line(QStringLiteral("correct record."));
    sheet.pageBreak();
    sheet.line(QStringLiteral("Participation Team update"));
    sheet.line(QStringLiteral("(Item 4)"));
    sheet.at(indent, QStringLiteral("1. The Participation Manager introduced the report."));
    sheet.gap();
    sheet.at(indent, QStringLiteral("2. Members asked about the summer activity days."));
    sheet.gap();
    sheet.at(indent, QStringLiteral("3. RESOLVED that the Panel note the update."));
    sheet.gap();
    sheet.line(QStringLiteral("Work Programme"));
    sheet.line(QStringLiteral("(Item 5)"));
    sheet.line(QStringLiteral("RESOLVED that the work programme be noted."));
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(meeting.date, QDate(2024, 11, 12));
    EXPECT_EQ(field(meeting, &Minute::item),
              QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                           QStringLiteral("5")}));
    EXPECT_EQ(field(meeting, &Minute::number), QStringList(5, QString()));
    EXPECT_EQ(field(meeting, &Minute::title),
              QStringList({QStringLiteral("Apologies and Substitutes"), QStringLiteral("Chair's Announcements"),
                           QStringLiteral("Minutes of the meeting held on 10 September 2024"),
                           QStringLiteral("Participation Team update"), QStringLiteral("Work Programme")}));
    EXPECT_EQ(resolutionCounts(meeting), QList<int>({0, 1, 1, 1, 1}));
    ASSERT_EQ(meeting.minutes.size(), 5);
    EXPECT_EQ(meeting.minutes.at(3).pdfPage, 2);
    EXPECT_TRUE(meeting.minutes.at(0).resolutions.isEmpty());
}

TEST_P(HeadingShapes, NumberedParagraphsOfAnOpeningSectionAreNotMinutes)
{
    MinutesSheet sheet(1, GetParam());
    const qreal number = sheet.x(40);
    const qreal text = sheet.x(72);
    const qreal paragraph = sheet.x(100);
    sheet.at(text, QStringLiteral("MINUTES of a meeting of the County Council held in the Council Chamber,"));
    sheet.at(text, QStringLiteral("County Hall, Westford on Thursday, 9 January 2025."));
    sheet.gap();
    sheet.at(text, QStringLiteral("PRESENT: Mr A Ball, Mrs B Cole and Mr C Dunn"));
    sheet.gap();
    sheet.at(text, QStringLiteral("Election of Chair"));
    sheet.gap();
    sheet.row({{text, QStringLiteral("1.")},
               {paragraph, QStringLiteral("Mr Ball proposed, and Mrs Cole seconded that Mr C Dunn be elected")}});
    sheet.at(paragraph, QStringLiteral("to Chair the meeting."));
    sheet.at(paragraph, QStringLiteral("Agreed unanimously."));
    sheet.gap();
    sheet.row({{text, QStringLiteral("2.")},
               {paragraph, QStringLiteral("RESOLVED that Mr Dunn be elected to Chair the meeting.")}});
    sheet.gap();
    sheet.row({{number, QStringLiteral("283.")}, {text, QStringLiteral("Apologies for Absence")}});
    sheet.at(text, QStringLiteral("(Item 1)"));
    sheet.at(text, QStringLiteral("Apologies were received from Mr E Fry."));
    sheet.gap();
    sheet.row({{number, QStringLiteral("284.")}, {text, QStringLiteral("Declarations of Interest")}});
    sheet.at(text, QStringLiteral("(Item 2)"));
    sheet.at(text, QStringLiteral("There were none."));
    sheet.gap();
    sheet.row({{number, QStringLiteral("285.")}, {text, QStringLiteral("Devolution White Paper")}});
    sheet.at(text, QStringLiteral("(Item 3)"));
    sheet.row({{text, QStringLiteral("1)")}, {paragraph, QStringLiteral("The Leader introduced the item.")}});
    sheet.row({{text, QStringLiteral("2)")},
               {paragraph, QStringLiteral("RESOLVED that the County Council endorses the proposals.")}});
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(field(meeting, &Minute::number),
              QStringList({QString(), QStringLiteral("283"), QStringLiteral("284"), QStringLiteral("285")}));
    ASSERT_EQ(meeting.minutes.size(), 4);
    EXPECT_EQ(meeting.minutes.first().title, QStringLiteral("Election of Chair"));
    EXPECT_EQ(resolutionCounts(meeting), QList<int>({1, 0, 0, 1}));
    EXPECT_EQ(field(meeting, &Minute::item),
              QStringList({QString(), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
}

// A heading that names the body after "Minutes of the" ("MINUTES OF THE OVERVIEW AND SCRUTINY
// COMMITTEE", then the date on a line of its own): the body is the whole name after the article,
// never the heading with "Minutes of the" still on it, and never the name less its first word.
TEST_P(HeadingShapes, TheBodyNamedInAMinutesOfTheHeading)
{
    const QList<std::pair<QString, QString>> headings {
        {QStringLiteral("MINUTES OF THE OVERVIEW AND SCRUTINY COMMITTEE"),
         QStringLiteral("Overview and Scrutiny Committee")},
        {QStringLiteral("Minutes of the Children's Services Scrutiny Panel"),
         QStringLiteral("Children's Services Scrutiny Panel")},
        {QStringLiteral("MINUTES OF THE CABINET"), QStringLiteral("Cabinet")},
    };
    for (const auto& [heading, body] : headings) {
        MinutesSheet sheet(1, GetParam());
        sheet.line(heading);
        sheet.line(QStringLiteral("Tuesday 6 February 2024"));
        sheet.gap();
        sheet.line(QStringLiteral("PRESENT: Councillor Rahman (Chair), Councillors Okafor, Patel and Quinn"));
        sheet.gap();
        sheet.line(QStringLiteral("1. APOLOGIES FOR ABSENCE"));
        sheet.line(QStringLiteral("Apologies were received from Councillor Stewart."));
        sheet.gap();
        sheet.line(QStringLiteral("2. HOUSING REPAIRS"));
        sheet.line(QStringLiteral("RESOLVED: That the report be noted."));
        const Meeting meeting = parsedMeeting(sheet);
        EXPECT_EQ(meeting.date, QDate(2024, 2, 6)) << heading.toStdString();
        EXPECT_EQ(meeting.body, body) << heading.toStdString();
    }
}

// Minute headings in sentence case after their number and one space ("37. Apologies and
// substitutions"), set apart above with the minute's text right under them: headings by shape.
// A numbered clause in lower case, or a numbered sentence, heads nothing. The date line of the
// header breaks after a comma and the venue goes on on the next line.
TEST_P(HeadingShapes, ShortSentenceCaseTitlesAfterTheirNumbers)
{
    MinutesSheet sheet(1, GetParam());
    sheet.line(QStringLiteral("JOINT HEALTH SCRUTINY COMMITTEE"));
    sheet.line(QStringLiteral("Minutes of the meeting held on Friday 17 January 2025 at 10.30 am in the Chamber,"));
    sheet.line(QStringLiteral("Westford Civic Centre, Westford"));
    sheet.gap();
    sheet.line(QStringLiteral("PRESENT: Councillor Rahman (Chair), Councillors Okafor, Patel and Quinn"));
    sheet.gap();
    sheet.line(QStringLiteral("37. Apologies and substitutions"));
    sheet.justified(QStringLiteral("Apologies for absence were received from Councillor Stewart, who was away on"));
    sheet.line(QStringLiteral("council business."));
    sheet.gap();
    sheet.line(QStringLiteral("38. Stroke services: proposed changes"));
    sheet.justified(
        QStringLiteral("The Director outlined the proposal to concentrate stroke care at two of the sites"));
    sheet.line(QStringLiteral("and answered questions."));
    sheet.line(QStringLiteral("The Committee agreed that:"));
    sheet.line(QStringLiteral("1. the proposal is a substantial variation; and"));
    sheet.line(QStringLiteral("2. the Chair responds to the consultation."));
    sheet.gap();
    sheet.line(QStringLiteral("39. Work programme"));
    sheet.line(QStringLiteral("The Committee noted the work programme."));
    const Meeting meeting = parsedMeeting(sheet);
    EXPECT_EQ(meeting.date, QDate(2025, 1, 17));
    EXPECT_TRUE(meeting.venue.contains(QStringLiteral("Westford Civic Centre"))) << meeting.venue.toStdString();
    EXPECT_EQ(field(meeting, &Minute::number),
              QStringList({QStringLiteral("37"), QStringLiteral("38"), QStringLiteral("39")}));
    EXPECT_EQ(field(meeting, &Minute::title),
              QStringList({QStringLiteral("Apologies and substitutions"),
                           QStringLiteral("Stroke services: proposed changes"), QStringLiteral("Work programme")}));
    EXPECT_EQ(resolutionCounts(meeting), QList<int>({0, 1, 1}));
    ASSERT_EQ(meeting.minutes.size(), 3);
    ASSERT_EQ(meeting.minutes.at(1).resolutions.size(), 1);
    EXPECT_EQ(labels(meeting.minutes.at(1).resolutions.first().clauses),
              QStringList({QStringLiteral("1"), QStringLiteral("2")}));
}

INSTANTIATE_TEST_SUITE_P(Geometry, HeadingShapes, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });

// Paragraph numbers hanging a little left of the text (8.5 pt apart in 11 pt type) read the same
// way on the page as printed and on the same page 1.3 times larger: how far a number stands from
// its text, and left of the margin, is measured in lines, not in points.
TEST(HeadingShapesAtScale, HangingParagraphNumbersReadTheSameOnALargerPage)
{
    QList<qsizetype> spans;
    for (const qreal scale : {1.0, 1.3}) {
        QList<MinutesLine> lines;
        qreal top = 80;
        const auto add = [&](qreal left, const QString& text, qreal firstWordRight, qreal secondWordLeft) {
            MinutesLine line;
            line.text = text;
            line.page = 1;
            line.left = left * scale;
            line.top = top * scale;
            line.right = 520 * scale;
            line.height = 11 * scale;
            line.gapBefore = lines.isEmpty() ? -1 : 14 * scale;
            line.firstWordRight = firstWordRight * scale;
            line.secondWordLeft = secondWordLeft * scale;
            lines.append(line);
            top += 28;
        };
        for (int k = 0; k < 3; ++k) {
            add(52.5,
                QStringLiteral("%1. The Committee considered the report of the Director on item %2.")
                    .arg(k + 14)
                    .arg(k),
                63.5, 72);
            add(72, QStringLiteral("Members asked about the savings planned in the service and the reserves."), 110,
                116);
            add(72, QStringLiteral("The Director answered that they would be reported to the next meeting."), 90, 96);
        }
        spans.append(MinuteSplitter::split(lines, 0, lines.size()).size());
    }
    EXPECT_EQ(spans.first(), spans.last());
}
