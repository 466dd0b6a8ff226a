// Which meeting a document is published for. Printed minutes are the record of one meeting: the
// heading at their top is not a front sheet, and a date lower on the page (the previous meeting's,
// whose minutes were agreed) must not become a meeting of its own. Built from words at positions.
#include "DocumentAnalyser.h"
#include "LayoutBuilders.h"
#include "agenda/AgendaFixtures.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::stack;

namespace {

ImportBundle analyseMeetingPages(QList<layout::LayoutPage> pages)
{
    layout::LayoutDocument document = documentOf(pages);
    return DocumentAnalyser::analyse(document);
}

QStringList meetingDates(const ImportBundle& bundle)
{
    QStringList dates;
    for (const Meeting& m : bundle.meetings)
        dates.append(m.date.toString(Qt::ISODate));
    return dates;
}

} // namespace

TEST(DocumentMeeting, MinutesHeadedByTheBodyRecordOneMeetingWhateverOtherDatesThePageHolds)
{
    PageBuilder page(1);
    stack(page, 50, 60, 16,
          {QStringLiteral("Lowfield Community Safety Partnership"),
           QStringLiteral("Minutes of the meeting held on Thursday 6 March 2025 at 6.00 pm"),
           QStringLiteral("Venue: Room 4, Lowfield Civic Hall")},
          11);
    page.text(50, 120, QStringLiteral("Members present:"), 11);
    page.row(136, {{50, QStringLiteral("Cllr Ann Jones (Chair)")}, {300, QStringLiteral("Lowfield District Council")}});
    page.row(152, {{50, QStringLiteral("Insp Ben Smith")}, {300, QStringLiteral("Lowfield Police")}});
    page.text(50, 176, QStringLiteral("Apologies:"), 11);
    page.row(192, {{50, QStringLiteral("Cllr Cara Lee")}, {300, QStringLiteral("Lowfield District Council")}});
    page.row(220, {{50, QStringLiteral("1.")}, {80, QStringLiteral("Minutes of the last meeting")}});
    page.text(80, 236, QStringLiteral("The minutes of the meeting on 9 January 2025 were agreed as a correct record."),
              11);
    page.row(260, {{50, QStringLiteral("2.")}, {80, QStringLiteral("Anti-social behaviour hotspots")}});
    page.text(80, 276, QStringLiteral("Members discussed the new patrol plan for the town centre."), 11);
    page.text(80, 292, QStringLiteral("AGREED: to support the patrol plan."), 11);
    const ImportBundle bundle = analyseMeetingPages({page.build()});

    EXPECT_EQ(meetingDates(bundle), QStringList {QStringLiteral("2025-03-06")});
    ASSERT_GE(bundle.documentMeetingIndex, 0);
    ASSERT_LT(bundle.documentMeetingIndex, bundle.meetings.size());
    const Meeting& meeting = bundle.meetings.at(bundle.documentMeetingIndex);
    EXPECT_EQ(meeting.date, QDate(2025, 3, 6));
    EXPECT_EQ(meeting.venue, QStringLiteral("Room 4, Lowfield Civic Hall"));
    EXPECT_FALSE(meeting.minutes.isEmpty());
}

TEST(DocumentMeeting, AnAgendaPackKeepsItsMeetingBesideThePreviousMinutes)
{
    // The front sheet with an agenda is the pack's meeting; the minutes in it record an earlier one.
    PageBuilder front(1);
    stack(front, 50, 60, 16,
          {QStringLiteral("Lowfield Community Safety Partnership"), QStringLiteral("Date: Thursday 5 June 2025"),
           QStringLiteral("Time: 6.00 pm"), QStringLiteral("Venue: Room 4, Lowfield Civic Hall")},
          11);
    front.text(50, 140, QStringLiteral("AGENDA"), 12);
    front.row(160,
              {{50, QStringLiteral("1.")},
               {80, QStringLiteral("Minutes of the meeting held on 6 March 2025")},
               {480, QStringLiteral("2 - 3")}});
    front.row(176,
              {{50, QStringLiteral("2.")}, {80, QStringLiteral("Partnership plan")}, {480, QStringLiteral("4 - 9")}});
    PageBuilder minutes(2);
    stack(minutes, 50, 60, 16,
          {QStringLiteral("Lowfield Community Safety Partnership"),
           QStringLiteral("Minutes of the meeting held on Thursday 6 March 2025 at 6.00 pm")},
          11);
    minutes.row(110, {{50, QStringLiteral("1.")}, {80, QStringLiteral("Anti-social behaviour hotspots")}});
    minutes.text(80, 126, QStringLiteral("AGREED: to support the patrol plan."), 11);
    const ImportBundle bundle = analyseMeetingPages({front.build(), minutes.build()});

    ASSERT_GE(bundle.documentMeetingIndex, 0);
    EXPECT_EQ(bundle.meetings.at(bundle.documentMeetingIndex).date, QDate(2025, 6, 5));
}
