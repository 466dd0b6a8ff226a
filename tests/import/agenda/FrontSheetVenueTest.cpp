// A labelled venue ends where the next label begins, whatever that label is: the front sheet's
// own ("Enquiries to:", "Members present:") need not be ones the parser knows. A venue wrapped
// onto a line of its own is still joined.
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
