// What a document is, and why: decided from its first pages, then, where they say nothing, from
// what the parsers read in it. Every case is built from words at positions, in the shapes several
// councils print (other margins and font sizes than the corpus).
#include "DocumentAnalyser.h"
#include "LayoutBuilders.h"
#include "agenda/AgendaFixtures.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::stack;

namespace {

ImportBundle analyse(QList<layout::LayoutPage> pages, const QString& title = {})
{
    layout::LayoutDocument document = documentOf(pages);
    document.title = title;
    return DocumentAnalyser::analyse(document);
}

} // namespace

TEST(DocumentKind, MinutesOpeningWithWhereTheMeetingWasHeld)
{
    PageBuilder page(1);
    page.text(90, 60, QStringLiteral("HEALTH AND WELLBEING BOARD \u2013 3 June 2025"), 12);
    page.text(40, 80, QStringLiteral("MINUTES of the meeting held in Committee Room 2, The Guildhall."), 11);
    page.text(40, 110, QStringLiteral("PRESENT: Jane Doe (Chair), Sam Roe and Ali Khan"), 11);
    const ImportBundle bundle = analyse({page.build()});
    EXPECT_EQ(bundle.kind, DocumentKind::Minutes);
    EXPECT_TRUE(bundle.kindReason.contains(QStringLiteral("minutes heading on page 1")))
        << bundle.kindReason.toStdString();
}

TEST(DocumentKind, RecordOfDecision)
{
    PageBuilder page(1);
    page.text(150, 50, QStringLiteral("BOROUGH COUNCIL \u2013 RECORD OF EXECUTIVE DECISION"), 12);
    page.row(80, {{40, QStringLiteral("DECISION TO BE TAKEN BY:")}, {380, QStringLiteral("DECISION NUMBER:")}}, 9);
    page.row(95, {{40, QStringLiteral("Cabinet Member for Housing")}, {400, QStringLiteral("2025-17")}}, 9);
    const ImportBundle bundle = analyse({page.build()});
    EXPECT_EQ(bundle.kind, DocumentKind::DecisionRecord);
    EXPECT_TRUE(bundle.kindReason.contains(QStringLiteral("record-of-decision heading")))
        << bundle.kindReason.toStdString();
    EXPECT_TRUE(bundle.meetings.isEmpty() || bundle.meetings.first().agendaItems.isEmpty());
}

TEST(DocumentKind, AReportCallingItselfASupplementaryPaperIsAReport)
{
    PageBuilder page(1);
    stack(page, 50, 70, 16,
          {QStringLiteral("From: Cabinet Member for Adult Services"), QStringLiteral("To: Council \u2013 4 April 2025"),
           QStringLiteral("Subject: Day services review \u2013"), QStringLiteral("Supplementary paper."),
           QStringLiteral("Classification: Unrestricted")},
          10.5);
    const ImportBundle bundle = analyse({page.build()});
    EXPECT_EQ(bundle.kind, DocumentKind::Report);
    EXPECT_TRUE(bundle.kindReason.contains(QStringLiteral("report front-sheet labels")))
        << bundle.kindReason.toStdString();
}

TEST(DocumentKind, ACoveringLetterEnclosingLatePapersIsASupplement)
{
    PageBuilder page(1);
    page.text(40, 60, QStringLiteral("Dear Councillor"), 11);
    page.text(40, 90, QStringLiteral("PLANNING COMMITTEE - WEDNESDAY, 2 JULY 2025"), 11);
    page.text(40, 120,
              QStringLiteral("I enclose the following report, which was unavailable when the agenda was published."),
              11);
    const ImportBundle bundle = analyse({page.build()});
    EXPECT_EQ(bundle.kind, DocumentKind::Supplement);
}

TEST(DocumentKind, AnAppendixKnownByItsRunningHeaderIsAReport)
{
    QList<layout::LayoutPage> pages;
    for (int n = 1; n <= 3; ++n) {
        PageBuilder page(n);
        page.raw();
        page.text(480, 30, QStringLiteral("Appendix B"), 9);
        page.text(60, 70, QStringLiteral("Borrowing as at 31 March 2025 page %1").arg(n), 11);
        page.row(100, {{60, QStringLiteral("Lender")}, {300, QStringLiteral("Amount")}, {420, QStringLiteral("Rate")}},
                 9);
        pages.append(page.raw());
    }
    layout::LayoutDocument document = documentOf(pages);
    const ImportBundle bundle = DocumentAnalyser::analyse(document);
    EXPECT_EQ(bundle.kind, DocumentKind::Report);
    EXPECT_TRUE(bundle.kindReason.contains(QStringLiteral("Appendix B"))) << bundle.kindReason.toStdString();
}

TEST(DocumentKind, ADocumentMadeOfAPlanIsAReportAndSaysWhy)
{
    PageBuilder page(1, QSizeF(842, 595));
    page.text(40, 30, QStringLiteral("Our priorities for 2025-26"), 14);
    page.row(
        60, {{40, QStringLiteral("Key actions")}, {400, QStringLiteral("Who leads")}, {560, QStringLiteral("By when")}},
        10);
    page.row(80,
             {{40, QStringLiteral("Open two new family hubs")},
              {400, QStringLiteral("Head of Early Help")},
              {560, QStringLiteral("March 2026")}},
             10);
    page.row(100,
             {{40, QStringLiteral("Recruit twenty foster carers")},
              {400, QStringLiteral("Fostering Manager")},
              {560, QStringLiteral("June 2026")}},
             10);
    const ImportBundle bundle = analyse({page.build()});
    EXPECT_EQ(bundle.kind, DocumentKind::Report);
    EXPECT_EQ(bundle.actions.size(), 2);
    EXPECT_TRUE(bundle.kindReason.contains(QStringLiteral("plan read on page 1"))) << bundle.kindReason.toStdString();
}

TEST(DocumentKind, OtherOnlyWhenNothingFitsWithTheReason)
{
    PageBuilder page(1);
    page.text(60, 80, QStringLiteral("Thank you for attending the open day."), 11);
    page.text(60, 100, QStringLiteral("Refreshments will be served from noon."), 11);
    const ImportBundle bundle = analyse({page.build()});
    EXPECT_EQ(bundle.kind, DocumentKind::Other);
    EXPECT_FALSE(bundle.kindReason.isEmpty());
}

// Minutes headed with their body ("MINUTES OF THE OVERVIEW AND SCRUTINY COMMITTEE", the date on
// the next line): the meeting's body is the committee, whatever size the heading is printed in,
// never the heading with "Minutes of the" still on it.
TEST(DocumentKind, MinutesHeadedWithTheirBodyNameThatBody)
{
    const QList<std::pair<QString, QString>> headings {
        {QStringLiteral("MINUTES OF THE OVERVIEW AND SCRUTINY COMMITTEE"),
         QStringLiteral("Overview and Scrutiny Committee")},
        {QStringLiteral("Minutes of a meeting of the Housing Panel"), QStringLiteral("Housing Panel")},
        {QStringLiteral("MINUTES OF THE CABINET"), QStringLiteral("Cabinet")},
    };
    for (const auto& [heading, body] : headings) {
        for (const qreal size : {11.0, 14.0}) {
            PageBuilder page(1);
            page.text(50, 60, heading, size);
            page.text(50, 60 + size * 1.4, QStringLiteral("Tuesday 6 February 2024"), size);
            page.text(50, 120, QStringLiteral("PRESENT: Councillor Rahman (Chair), Councillors Okafor, Patel and Quinn"), 11);
            page.text(50, 150, QStringLiteral("1. APOLOGIES FOR ABSENCE"), 11);
            page.text(50, 164, QStringLiteral("Apologies were received from Councillor Stewart."), 11);
            page.text(50, 190, QStringLiteral("2. HOUSING REPAIRS"), 11);
            page.text(50, 204, QStringLiteral("RESOLVED: That the report be noted."), 11);
            const ImportBundle bundle = analyse({page.build()});
            ASSERT_EQ(bundle.meetings.size(), 1) << heading.toStdString();
            EXPECT_EQ(bundle.meetings.first().body, body) << heading.toStdString() << " at " << size << " pt";
            EXPECT_EQ(bundle.meetings.first().date, QDate(2024, 2, 6)) << heading.toStdString();
        }
    }
}
