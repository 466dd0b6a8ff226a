#include "SamplePackSections.h"

#include "SampleCanvas.h"
#include "SamplePack.h"

#include <QString>
#include <QStringList>

namespace scrutineer::gui::sample {
namespace {

QString range(int first, int last) { return QStringLiteral("(Pages %1 - %2)").arg(first).arg(last); }

} // namespace

void frontSheet(SampleCanvas& c)
{
    c.paragraph(QStringLiteral("Public Document Pack"), 9, true, 0, 28);
    c.centred(SamplePack::councilName(), 20, true, 26);
    c.labelled(QStringLiteral("MEETING:"), QStringLiteral("OVERVIEW AND SCRUTINY COMMITTEE (COMMUNITIES AND ENVIRONMENT)"), 150);
    c.labelled(QStringLiteral("DATE:"), QStringLiteral("Tuesday 12th January 2027"), 150);
    c.labelled(QStringLiteral("TIME:"), QStringLiteral("6.30 pm"), 150);
    c.labelled(QStringLiteral("VENUE:"), QStringLiteral("Committee Room 2, Town Hall, Market Street, Ashwell"), 150);
    c.skip(14);
    c.table({0.5, 0.5},
            {{QStringLiteral("Member"), QStringLiteral("Substitute")},
             {QStringLiteral("Councillor Helen Ashby (Chair)"), QStringLiteral("Councillor James Pike")},
             {QStringLiteral("Councillor Robert Kendal (Vice-Chair)"), QStringLiteral("Councillor Leon Hartley")},
             {QStringLiteral("Councillor Grace Adeyemi"), QStringLiteral("Councillor Fiona Marsh")},
             {QStringLiteral("Councillor Margaret Lund"), QStringLiteral("Councillor Paul Brennan")},
             {QStringLiteral("Councillor David Okafor"), QStringLiteral("Councillor Owen Price")},
             {QStringLiteral("Councillor Thomas O'Neill"), QStringLiteral("Councillor Anne Carver")},
             {QStringLiteral("Councillor Priya Shah"), QStringLiteral("Councillor Neil Foster")},
             {QStringLiteral("Councillor Sarah Whitcombe"), QStringLiteral("Councillor Ruth Elland")},
             {QStringLiteral("Mrs. Janet Ross (Co-opted Member)"), QString()}},
            10);
    c.skip(10);
    c.labelled(QStringLiteral("COMMITTEE OFFICER:"), QStringLiteral("Mark Ellison, Democratic Services Officer"), 200);
    c.labelled(QStringLiteral("Telephone:"), QStringLiteral("01632 960418"), 200);
    c.labelled(QStringLiteral("E-mail:"), QStringLiteral("mark.ellison@ashwellvale.example"), 200);
    c.skip(16);
    c.paragraph(QStringLiteral("If you have any special needs that may require arrangements to facilitate your attendance at this "
                               "meeting, please contact the Committee Officer named above, who will endeavour to assist."),
                9.5);
    c.paragraph(QStringLiteral("This is a fictional sample pack created by Scrutineer to show how the application works. The "
                               "council, its members and its officers do not exist."),
                8.5, false, 0, 0);
}

void agenda(SampleCanvas& c, const Plan& plan)
{
    c.centred(QStringLiteral("A G E N D A"), 14, true, 18);
    c.numbered(QStringLiteral("1."), QStringLiteral("Apologies for Absence"));
    c.skip(8);
    c.numbered(QStringLiteral("2."), QStringLiteral("Declarations of Interest"));
    c.paragraph(QStringLiteral("Members are requested at this stage to declare any personal or pecuniary interests in any item "
                               "on the agenda and to leave the room for any item in which they have a pecuniary interest."),
                10, false, 34, 10);
    c.numbered(QStringLiteral("3."), QStringLiteral("Minutes of the Previous Meeting"), range(plan.minutesFirst, plan.minutesLast));
    c.paragraph(QStringLiteral("Minutes of the meeting held on 10 November 2026"), 10, false, 34, 10);
    c.numbered(QStringLiteral("4."), QStringLiteral("Library Service Review: Progress Report"), range(plan.reportFirst, plan.reportLast));
    c.paragraph(QStringLiteral("Report of the Head of Communities and Libraries"), 10, false, 34, 10);
    c.numbered(QStringLiteral("5."), QStringLiteral("Work Programme 2026/27"), range(plan.programmeFirst, plan.programmeLast));
    c.paragraph(QStringLiteral("Report of the Democratic Services Manager"), 10, false, 34, 10);
    c.numbered(QStringLiteral("6."), QStringLiteral("Date of Next Meeting"));
    c.paragraph(QStringLiteral("The next meeting of the Committee will be held on Tuesday 16 March 2027 at 6.30 pm."), 10, false, 34,
                10);
}

void publicNotes(SampleCanvas& c)
{
    c.paragraph(QStringLiteral("Notes for members of the public"), 12, true, 0, 10);
    c.paragraph(QStringLiteral("Meetings of the Committee are open to the public except where confidential or exempt information "
                               "is to be discussed. The Town Hall has step-free access and a hearing loop in Committee Room 2."));
    c.paragraph(QStringLiteral("The meeting may be filmed or recorded. By entering the meeting room you consent to being filmed "
                               "and to the possible use of those images for webcasting and training purposes."));
    c.paragraph(QStringLiteral("Copies of the agenda and reports are available from the Democratic Services team and on the "
                               "council's website."));
}

void minutes(SampleCanvas& c)
{
    c.centred(QStringLiteral("OVERVIEW AND SCRUTINY COMMITTEE (COMMUNITIES AND ENVIRONMENT)"), 11, true, 2);
    c.centred(QStringLiteral("MEETING HELD AT THE TOWN HALL, ASHWELL"), 11, true, 2);
    c.centred(QStringLiteral("ON TUESDAY 10TH NOVEMBER, 2026"), 11, true, 14);
    c.labelled(QStringLiteral("PRESENT:"), QStringLiteral("Councillor Ashby (in the Chair)"), 150);
    c.labelled(QString(), QStringLiteral("Councillors Kendal, Adeyemi, Lund, Okafor, O'Neill and Shah"), 150);
    c.labelled(QStringLiteral("ALSO PRESENT:"), QStringLiteral("Mrs. J. Ross, Co-opted Member"), 150);
    c.skip(8);
    c.numbered(QStringLiteral("24."), QStringLiteral("APOLOGIES FOR ABSENCE"));
    c.paragraph(QStringLiteral("Apologies for absence were received from Councillor Whitcombe and her Substitute Councillor "
                               "Elland."));
    c.numbered(QStringLiteral("25."), QStringLiteral("DECLARATIONS OF INTEREST"));
    c.paragraph(QStringLiteral("No declarations of personal or pecuniary interest were received."));
    c.numbered(QStringLiteral("26."), QStringLiteral("MINUTES OF THE PREVIOUS MEETING"));
    c.paragraph(QStringLiteral("RESOLVED:"), 10.5, true, 0, 2);
    c.paragraph(QStringLiteral("That the Minutes of the meeting held on 8 September 2026 be confirmed as a correct record."));
}

void minutesLibrary(SampleCanvas& c)
{
    c.numbered(QStringLiteral("27."), QStringLiteral("LIBRARY SERVICE REVIEW"));
    c.paragraph(QStringLiteral("The Committee considered the report of the Head of Communities and Libraries on the review of the "
                               "library service, which proposed reduced opening hours at three branch libraries, a new route "
                               "for the mobile library and a public consultation running until 28 February 2027."));
    c.paragraph(QStringLiteral("Members asked how the consultation would reach residents who do not use the internet, and whether "
                               "the mobile library would continue to serve the sheltered housing schemes in Ashwell East."));
    c.paragraph(QStringLiteral("RESOLVED: That"), 10.5, true, 0, 2);
    c.paragraph(QStringLiteral("(1) the report be noted;"), 10.5, false, 20, 2);
    c.paragraph(QStringLiteral("(2) the Head of Communities and Libraries be requested to submit a progress report on the "
                               "consultation to the Committee at its meeting to be held on 12 January 2027; and"),
                10.5, false, 20, 2);
    c.paragraph(QStringLiteral("(3) the Cabinet Member for Communities be asked to attend that meeting."), 10.5, false, 20, 10);
}

void minutesRest(SampleCanvas& c)
{
    c.numbered(QStringLiteral("28."), QStringLiteral("FLY-TIPPING ENFORCEMENT"));
    c.paragraph(QStringLiteral("The Environmental Services Manager presented an update on fly-tipping enforcement, reporting 412 "
                               "incidents in the first half of the year and 37 fixed penalty notices issued."));
    c.paragraph(QStringLiteral("RESOLVED: That"), 10.5, true, 0, 2);
    c.paragraph(QStringLiteral("(1) the update be noted; and"), 10.5, false, 20, 2);
    c.paragraph(QStringLiteral("(2) the Environmental Services Manager be requested to:-"), 10.5, false, 20, 2);
    c.paragraph(QStringLiteral("(a) circulate the map of incident hot spots to all Members of the Committee; and"), 10.5, false, 40, 2);
    c.paragraph(QStringLiteral("(b) report the results of the camera pilot in March 2027."), 10.5, false, 40, 10);
}

void minutesEnd(SampleCanvas& c)
{
    c.numbered(QStringLiteral("29."), QStringLiteral("WORK PROGRAMME 2026/27"));
    c.paragraph(QStringLiteral("The Committee considered its work programme for the remainder of the municipal year."));
    c.paragraph(QStringLiteral("RESOLVED:"), 10.5, true, 0, 2);
    c.paragraph(QStringLiteral("That the work programme be agreed, subject to the addition of an item on community transport."),
                10.5, false, 0, 24);
    c.paragraph(QStringLiteral("The meeting ended at 8.05 pm"), 10.5, false, 0, 40);
    c.paragraph(QStringLiteral("Chair"), 10.5, true);
}

void reportFront(SampleCanvas& c)
{
    c.table({0.22, 0.38, 0.18, 0.22},
            {{QStringLiteral("Report to:"), QStringLiteral("Overview and Scrutiny Committee (Communities and Environment)"),
              QStringLiteral("Date of Meeting:"), QStringLiteral("Tuesday 12 January 2027")},
             {QStringLiteral("Subject:"), QStringLiteral("Library Service Review: Progress Report"), QString(), QString()},
             {QStringLiteral("Report of:"), QStringLiteral("Head of Communities and Libraries"), QStringLiteral("Wards Affected:"),
              QStringLiteral("(All Wards);")},
             {QStringLiteral("Is this a Key Decision:"), QStringLiteral("No"), QStringLiteral("Included in Forward Plan:"),
              QStringLiteral("No")},
             {QStringLiteral("Exempt / Confidential Report:"), QStringLiteral("No"), QString(), QString()}},
            9.5);
    c.paragraph(QStringLiteral("Summary:"), 11, true, 0, 4);
    c.paragraph(QStringLiteral("This report updates the Committee on the library service review, the public consultation on "
                               "branch opening hours and the new mobile library route, as requested at the meeting held on 10 "
                               "November 2026 (Minute No. 27 refers)."));
    c.paragraph(QStringLiteral("Recommendation(s):"), 11, true, 0, 4);
    c.paragraph(QStringLiteral("(1) That the progress of the consultation be noted."), 10.5, false, 0, 2);
    c.paragraph(QStringLiteral("(2) That the Committee comment on the proposed mobile library route before it is considered by "
                               "Cabinet."),
                10.5, false, 0, 2);
    c.paragraph(QStringLiteral("(3) That a final report on the outcome of the consultation be submitted to the Committee in May "
                               "2027."));
}

void reportBody(SampleCanvas& c, int revision)
{
    c.paragraph(QStringLiteral("1. Introduction"), 11, true, 0, 4);
    c.paragraph(QStringLiteral("1.1 Further to Minute No. 27 of the meeting of the Committee of 10 November 2026, this report sets "
                               "out the response to the consultation so far and the changes officers propose."));
    c.paragraph(QStringLiteral("2. The consultation"), 11, true, 0, 4);
    c.paragraph(QStringLiteral("2.1 The consultation opened on 16 November 2026 and closes on 28 February 2027. Paper "
                               "questionnaires are available in every branch library and on the mobile library."));
    if (revision >= 2) {
        c.paragraph(QStringLiteral("2.2 By 4 January 2027, 1,312 responses had been received, of which 286 were on paper. This "
                                   "figure has been corrected since the agenda was first published."));
        c.paragraph(QStringLiteral("2.3 Two drop-in sessions were added at Ashwell East Community Centre at the request of the "
                                   "sheltered housing residents' association."));
    } else {
        c.paragraph(QStringLiteral("2.2 By 4 January 2027, 1,248 responses had been received, of which 286 were on paper."));
    }
    c.paragraph(QStringLiteral("3. Opening hours and the mobile library"), 11, true, 0, 4);
    c.paragraph(QStringLiteral("3.1 Residents most often asked for evening opening on one weekday at each branch. The proposed "
                               "pattern keeps Saturday opening at all branches and closes Brook Street library on Mondays."));
    c.paragraph(QStringLiteral("3.2 The new mobile library route adds four stops in rural wards and keeps the fortnightly visits to "
                               "the sheltered housing schemes in Ashwell East."));
}

void reportActions(SampleCanvas& c)
{
    c.paragraph(QStringLiteral("4. Action plan"), 11, true, 0, 6);
    c.table({0.08, 0.34, 0.21, 0.13, 0.24},
            {{QStringLiteral("Ref"), QStringLiteral("Action"), QStringLiteral("Lead"), QStringLiteral("Milestone"),
              QStringLiteral("RAG rating")},
             {QStringLiteral("1.1"), QStringLiteral("Publish paper questionnaires in every branch and on the mobile library"),
              QStringLiteral("Library Services Manager"), QStringLiteral("Nov 2026"), QStringLiteral("Action complete")},
             {QStringLiteral("1.2"), QStringLiteral("Hold drop-in sessions for residents without internet access"),
              QStringLiteral("Community Engagement Officer"), QStringLiteral("By end of Q4"),
              QStringLiteral("Action not yet completed, but on track and will be completed by milestone")},
             {QStringLiteral("1.3"), QStringLiteral("Test the new mobile library route with the operator"),
              QStringLiteral("Head of Communities and Libraries"), QStringLiteral("Feb 2027"),
              QStringLiteral("Activity progressing, some issues but realistic plans in place to recover")},
             {QStringLiteral("1.4"), QStringLiteral("Agree volunteer support for Brook Street library"),
              QStringLiteral("Library Services Manager"), QStringLiteral("Mar 2027"),
              QStringLiteral("Action not on track, risk to implementation")},
             {QStringLiteral("1.5"), QStringLiteral("Report the outcome of the consultation to Cabinet"),
              QStringLiteral("Head of Communities and Libraries"), QStringLiteral("May 2027"),
              QStringLiteral("Longer-term action not yet started. No risk to implementation currently anticipated")}},
            9);
}

void reportEnd(SampleCanvas& c)
{
    c.paragraph(QStringLiteral("5. Financial implications"), 11, true, 0, 4);
    c.paragraph(QStringLiteral("5.1 The proposals would save £84,000 a year from 2027/28. The new mobile library route is funded "
                               "from the existing vehicle budget."));
    c.paragraph(QStringLiteral("6. Legal implications"), 11, true, 0, 4);
    c.paragraph(QStringLiteral("6.1 The council must provide a comprehensive and efficient library service under the Public "
                               "Libraries and Museums Act 1964 and must have regard to the outcome of the consultation."));
    c.skip(12);
    c.labelled(QStringLiteral("Contact Officer:"), QStringLiteral("Laura Benn, Head of Communities and Libraries"), 190);
    c.labelled(QStringLiteral("Telephone Number:"), QStringLiteral("01632 960734"), 190);
    c.labelled(QStringLiteral("Email Address:"), QStringLiteral("laura.benn@ashwellvale.example"), 190);
    c.skip(8);
    c.labelled(QStringLiteral("Appendices:"), QStringLiteral("A: Consultation responses by ward; B: Proposed opening hours;"), 190);
    c.labelled(QString(), QStringLiteral("C: Library service performance"), 190);
    c.labelled(QStringLiteral("Background Papers:"), QStringLiteral("None"), 190);
}

void appendix(SampleCanvas& c, int part)
{
    const QStringList wards = {QStringLiteral("Abbey"),     QStringLiteral("Ashwell East"), QStringLiteral("Ashwell West"),
                               QStringLiteral("Brookside"), QStringLiteral("Castle"),       QStringLiteral("Fernhill"),
                               QStringLiteral("Kingsmead"), QStringLiteral("Northgate"),    QStringLiteral("Riverside"),
                               QStringLiteral("St Anne's"), QStringLiteral("Westfield")};
    c.paragraph(part == 0 ? QStringLiteral("Appendix A: Consultation responses by ward")
                          : QStringLiteral("Appendix A: Consultation responses by ward (continued, part %1)").arg(part + 1),
                12, true, 0, 8);
    QList<QStringList> rows = {{QStringLiteral("Ward"), QStringLiteral("Online"), QStringLiteral("Paper"),
                                QStringLiteral("Support evening opening"), QStringLiteral("Use the mobile library")}};
    for (int i = 0; i < wards.size(); ++i) {
        const int online = 60 + ((i * 37 + part * 11) % 70);
        const int paper = 10 + ((i * 13 + part * 7) % 30);
        rows.append({wards.at(i), QString::number(online), QString::number(paper),
                     QStringLiteral("%1%").arg(48 + (i * 7 + part) % 40), QStringLiteral("%1%").arg(8 + (i * 5 + part) % 25)});
    }
    c.table({0.28, 0.14, 0.14, 0.22, 0.22}, rows, 9.5);
    c.paragraph(QStringLiteral("Figures are responses received by 4 January 2027. Percentages are of responses from the ward."), 9);
}

void appendixB(SampleCanvas& c)
{
    c.paragraph(QStringLiteral("Appendix B: Proposed opening hours"), 12, true, 0, 8);
    c.table({0.28, 0.18, 0.18, 0.18, 0.18},
            {{QStringLiteral("Library"), QStringLiteral("Monday"), QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
              QStringLiteral("Saturday")},
             {QStringLiteral("Central Library"), QStringLiteral("9.00 - 19.00"), QStringLiteral("9.00 - 17.00"),
              QStringLiteral("9.00 - 19.00"), QStringLiteral("9.00 - 16.00")},
             {QStringLiteral("Brook Street"), QStringLiteral("Closed"), QStringLiteral("10.00 - 17.00"), QStringLiteral("13.00 - 19.00"),
              QStringLiteral("9.30 - 13.00")},
             {QStringLiteral("Fernhill"), QStringLiteral("10.00 - 17.00"), QStringLiteral("Closed"), QStringLiteral("13.00 - 19.00"),
              QStringLiteral("9.30 - 13.00")},
             {QStringLiteral("Kingsmead"), QStringLiteral("13.00 - 19.00"), QStringLiteral("10.00 - 17.00"), QStringLiteral("Closed"),
              QStringLiteral("9.30 - 13.00")}},
            9.5);
    c.paragraph(QStringLiteral("The mobile library will call at each rural stop once a fortnight, on the same weekday, between "
                               "10.00 am and 3.30 pm."),
                9.5);
}

void appendixC(SampleCanvas& c)
{
    c.paragraph(QStringLiteral("Appendix C: Library service performance, Quarter 2 2026/27"), 12, true, 0, 8);
    c.paragraph(QStringLiteral("Thresholds agreed by the Committee for the library service measures:"), 10, false, 0, 6);
    c.table({0.26, 0.21, 0.14, 0.15, 0.12, 0.12},
            {{QStringLiteral("Performance Measure"), QStringLiteral("What does it show?"), QStringLiteral("Inadequate"),
              QStringLiteral("Requires Improvement"), QStringLiteral("Good"), QStringLiteral("Outstanding")},
             {QStringLiteral("Percentage of library computer sessions booked"), QStringLiteral("How far the public computers are used"),
              QStringLiteral("<40"), QStringLiteral("40-59"), QStringLiteral("60-79"), QStringLiteral("80+")},
             {QStringLiteral("Percentage of book requests supplied within 15 days"), QStringLiteral("How quickly reservations arrive"),
              QStringLiteral("<70"), QStringLiteral("70-84"), QStringLiteral("85-94"), QStringLiteral("95+")},
             {QStringLiteral("Percentage of scheduled mobile library stops missed"), QStringLiteral("Reliability of the rural service"),
              QStringLiteral(">10"), QStringLiteral("10-6"), QStringLiteral("5-2"), QStringLiteral("<2")}},
            9);
    c.skip(14);
    c.paragraph(QStringLiteral("Key performance indicators (GREEN: Target met; AMBER: Floor met, Target not; RED: Floor not met)"), 10,
                true, 0, 8);
    struct Kpi {
        QString title;
        QString rating;
        QString figures;
    };
    const QList<Kpi> kpis{
        {QStringLiteral("Library visits per 1,000 residents"), QStringLiteral("AMBER"),
         QStringLiteral("Latest: 1,164   Target: 1,250, Floor: 1,100   Previous: 1,138 (Amber)")},
        {QStringLiteral("Percentage of residents who are active library members"), QStringLiteral("RED"),
         QStringLiteral("Latest: 17%   Target: 22%, Floor: 19%   Previous: 19% (Amber)")},
        {QStringLiteral("Volunteer hours given to libraries"), QStringLiteral("GREEN"),
         QStringLiteral("Latest: 2,310   Target: 2,000, Floor: 1,600   Previous: 1,980 (Amber)")},
    };
    for (const Kpi& kpi : kpis) {
        c.numbered(QString(), kpi.title, kpi.rating, true, SampleCanvas::kLeft, 10.5);
        c.paragraph(kpi.figures, 10, false, 0, 12);
    }
}

void programme(SampleCanvas& c)
{
    c.paragraph(QStringLiteral("Work Programme 2026/27"), 13, true, 0, 10);
    c.table({0.46, 0.26, 0.14, 0.14},
            {{QStringLiteral("Item"), QStringLiteral("Lead officer"), QStringLiteral("16 March 2027"), QStringLiteral("18 May 2027")},
             {QStringLiteral("Fly-tipping camera pilot: results"), QStringLiteral("Environmental Services Manager"),
              QStringLiteral("X"), QString()},
             {QStringLiteral("Community transport"), QStringLiteral("Head of Transport"), QStringLiteral("X"), QString()},
             {QStringLiteral("Library service review: outcome of consultation"), QStringLiteral("Head of Communities and Libraries"),
              QString(), QStringLiteral("X")},
             {QStringLiteral("Parks and open spaces maintenance contract"), QStringLiteral("Parks Manager"), QString(),
              QStringLiteral("X")}},
            9.5);
    c.paragraph(QStringLiteral("Recommendation: That the Committee agrees its work programme for the remainder of 2026/27."));
}

} // namespace scrutineer::gui::sample
