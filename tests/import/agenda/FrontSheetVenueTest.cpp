// A labelled venue ends where the next label begins, whatever that label is: the front sheet's
// own ("Enquiries to:", "Members present:") need not be ones the parser knows. A venue wrapped
// onto a line of its own is still joined. An unlabelled venue ends at its postcode, and a body
// named in a small letterhead line gives way to the one in the heading's large type.
#include "AgendaFixtures.h"
#include "agenda/FrontSheetParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::stack;

namespace {

Meeting venueSheet(const QStringList& particulars)
{
    PageBuilder page(1);
    page.text(60, 50, QStringLiteral("NOTICE OF MEETING"), 13);
    page.text(60, 72, QStringLiteral("Licensing Committee"), 13);
    stack(page, 60, 100, 15, particulars, 11);
    page.text(60, 100 + 15 * particulars.size() + 30, QStringLiteral("AGENDA"), 12);
    page.row(100 + 15 * particulars.size() + 50,
             {{60, QStringLiteral("1.")}, {90, QStringLiteral("Apologies for absence")}});
    return parse::FrontSheetParser::parse(documentOf({page.build()})).meeting;
}

} // namespace

TEST(FrontSheetVenue, EndsAtALabelTheParserDoesNotKnow)
{
    const Meeting m = venueSheet({QStringLiteral("Date: Wednesday, 17 April 2030"), QStringLiteral("Time: 6.30 pm"),
                                  QStringLiteral("Place: The Guildhall, Market Square, Oldbury"),
                                  QStringLiteral("Enquiries to: Sam Reed, Democratic Services")});
    EXPECT_EQ(m.venue.toStdString(), "The Guildhall, Market Square, Oldbury");
    EXPECT_EQ(m.date, QDate(2030, 4, 17));
}

TEST(FrontSheetVenue, EndsAtAListHeadingEndingInAColon)
{
    const Meeting m = venueSheet({QStringLiteral("Date: Monday 3 June 2030"),
                                  QStringLiteral("Venue: Committee Room 2, Oldbury Town Hall"),
                                  QStringLiteral("Members present:"), QStringLiteral("Cllr Ann Jones (Chair)")});
    EXPECT_EQ(m.venue.toStdString(), "Committee Room 2, Oldbury Town Hall");
}

TEST(FrontSheetVenue, AWrappedVenueIsJoinedTimesIncluded)
{
    const Meeting m = venueSheet(
        {QStringLiteral("Date: Monday 3 June 2030"), QStringLiteral("Venue: Council Chamber, Civic Centre,"),
         QStringLiteral("High Street, Oldbury, OB1 2CD"), QStringLiteral("Doors open: 17:30 for the public gallery")});
    EXPECT_EQ(m.venue.toStdString(), "Council Chamber, Civic Centre, High Street, Oldbury, OB1 2CD");
}

namespace {

// A partnership's front sheet: partners named in small type at the top right, the heading, then
// the date and the venue on unlabelled lines and a livestream line close under them.
Meeting partnershipSheet()
{
    PageBuilder page(1);
    page.text(360, 40, QStringLiteral("NHS Oldbury Integrated Care Board"), 8);
    page.text(60, 70, QStringLiteral("Oldbury Integrated Care Partnership"), 16);
    page.text(60, 92, QStringLiteral("Meeting held in public"), 12);
    stack(page, 60, 115, 13,
          {QStringLiteral("Thursday 14 March 2030, 1.30pm to 4.00pm"),
           QStringLiteral("The Boardroom, Quay House, 3 Quay Street, Oldbury OB1 2QT"),
           QStringLiteral("Also streamed live at www.oldbury-icp.example.org/live")},
          10);
    page.text(60, 190, QStringLiteral("Agenda"), 12);
    page.row(210, {{60, QStringLiteral("1.")}, {90, QStringLiteral("Welcome and apologies")}}, 10);
    return parse::FrontSheetParser::parse(documentOf({page.build()})).meeting;
}

} // namespace

TEST(FrontSheetVenue, AnUnlabelledVenueEndsAtItsPostcode)
{
    const Meeting m = partnershipSheet();
    EXPECT_EQ(m.venue.toStdString(), "The Boardroom, Quay House, 3 Quay Street, Oldbury OB1 2QT");
    EXPECT_EQ(m.date, QDate(2030, 3, 14));
}

TEST(FrontSheetVenue, ABodyInTheHeadingsTypeOverOneInSmallPrint)
{
    EXPECT_EQ(partnershipSheet().body.toStdString(), "Oldbury Integrated Care Partnership");
}
