#include "DocumentAnalyser.h"

#include "DocumentInspector.h"
#include "TextUtil.h"
#include "agenda/AgendaParser.h"
#include "agenda/DocumentKindDetector.h"
#include "agenda/FrontSheetParser.h"
#include "minutes/MinutesParser.h"
#include "minutes/PageLines.h"
#include "ocr/OcrFacts.h"
#include "pages/Furniture.h"
#include "pages/PageMap.h"
#include "pages/RunningLines.h"
#include "recommendations/RecommendationParser.h"
#include "tables/PlanParser.h"
#include "tables/TemplateReader.h"

#include <QCoreApplication>

#include <future>

namespace scrutineer {
bool DocumentAnalyser::sameMeeting(const Meeting& a, const Meeting& b)
{
    if (!a.date.isValid() || a.date != b.date)
        return false;
    return a.body.isEmpty() || b.body.isEmpty() || text::normaliseForMatch(a.body) == text::normaliseForMatch(b.body);
}

void DocumentAnalyser::mergeInto(Meeting& target, const Meeting& source)
{
    if (target.authority.isEmpty())
        target.authority = source.authority;
    if (target.body.isEmpty())
        target.body = source.body;
    if (!target.time.isValid())
        target.time = source.time;
    if (target.venue.isEmpty())
        target.venue = source.venue;
    target.attendance += source.attendance;
    target.declarations += source.declarations;
    target.noDeclarations = target.noDeclarations || source.noDeclarations;
    target.minutes += source.minutes;
    if (target.members.isEmpty())
        target.members = source.members;
}

namespace {

// A front sheet without an agenda, read from the page where the first minutes' heading is, and
// not naming their meeting: the heading of printed minutes the first look took for a front sheet.
// Its date is another one on the page (the previous meeting's, agreed as a record) or none.
bool frontIsMinutesHeading(const parse::FrontSheet& front, const QList<AgendaItem>& agenda,
                           const QList<Meeting>& recorded)
{
    if (!front.found || !agenda.isEmpty() || recorded.isEmpty())
        return false;
    const Meeting& first = recorded.first();
    const int frontPage = front.meeting.pdfPage > 0 ? front.meeting.pdfPage : 1;
    if (first.pdfPage != frontPage || DocumentAnalyser::sameMeeting(front.meeting, first))
        return false;
    return front.meeting.body.isEmpty() || first.body.isEmpty()
        || text::normaliseForMatch(front.meeting.body) == text::normaliseForMatch(first.body);
}

QList<PageRecord> pageRecords(const layout::LayoutDocument& document, const parse::PageMapResult& pageMap)
{
    QList<PageRecord> pages;
    pages.reserve(document.pages.size());
    for (int i = 0; i < document.pages.size(); ++i) {
        const layout::LayoutPage& page = document.pages.at(i);
        PageRecord record;
        record.pdfPage = page.number;
        record.size = page.size;
        record.rotation = page.rotation;
        record.hasText = page.hasText() && !page.readByOcr();
        record.ocr = page.hasText() && page.readByOcr();
        record.ocrConfidence = page.ocrConfidence.value_or(0.0);
        record.blank = page.furniture.intentionallyBlank;
        record.agendaStamp = page.furniture.agendaStamp;
        if (i < pageMap.packPages.size()) {
            record.packPage = pageMap.packPages.at(i);
            record.packPageEvidence = pageMap.evidence.value(i);
        }
        record.text = page.text();
        pages.append(std::move(record));
    }
    return pages;
}

} // namespace

ImportBundle DocumentAnalyser::analyse(layout::LayoutDocument& document, const Options& options)
{
    ImportBundle bundle;
    bundle.fileName = document.fileName;
    bundle.title = document.title;
    bundle.pageCount = int(document.pages.size());

    if (options.pagesStripped)
        parse::RunningLines::strip(document);
    else
        parse::Furniture::strip(document);
    // The pages' lines for the minutes and the recommendations are prepared on a thread of its
    // own while this one reads the front sheet, the agenda and the page map (they only read the
    // pages, which are final once stripped).
    parse::PageLines lines(document, parse::PageLines::Shared::Tag);
    const std::launch launch = options.parallel ? std::launch::async : std::launch::deferred;
    std::future<void> preparing = std::async(launch, [&lines] { lines.help(); });
    const parse::FrontSheet front = parse::FrontSheetParser::parse(document);
    QList<AgendaItem> agenda = parse::AgendaParser::parse(document, front.kind);
    const parse::PageMapResult pageMap = parse::PageMap::build(document, agenda);
    parse::AgendaParser::assignPages(agenda, document, pageMap);
    // The pages' text is final once the running lines are stripped (the parsers below only read).
    bundle.pages = pageRecords(document, pageMap);
    if (options.pagesReady)
        options.pagesReady(bundle.pages);
    bundle.kind = front.kind;
    bundle.kindReason = front.kindReason;

    if (front.found || !agenda.isEmpty()) {
        Meeting meeting = front.meeting;
        meeting.agendaItems = agenda;
        bundle.meetings.append(meeting);
        bundle.documentMeetingIndex = 0;
    }

    parse::MinutesContext context;
    context.kind = bundle.kind;
    context.authority = front.meeting.authority;
    context.body = front.meeting.body;
    context.packMeetingDate = front.meeting.date;
    context.agenda = agenda;
    // The minutes and the recommendations read the lines of the same pages, prepared once by
    // the threads that read them (and the one started above): the minutes and the
    // recommendations each on a thread of their own, while this one reads the plans' tables
    // (which read the pages, not the lines).
    // The recommendations take the plans' response tables into account; most documents have
    // none, so they are read beside the plans as if there were none, and read again, after the
    // plans, only when the plans found some.
    context.lines = &lines;
    const layout::LayoutDocument& laidOut = document;
    std::future<parse::MinutesResult> minutesRead = std::async(launch, [&laidOut, &context, &lines] {
        lines.help();
        return parse::MinutesParser::parse(laidOut, context);
    });
    const parse::RecommendationParser::Context recommendationContext {
        front.meeting.body, {}, &lines, bundle.kind == DocumentKind::AgendaPack};
    std::future<parse::RecommendationResult> recommendationsRead
        = std::async(launch, [&laidOut, &recommendationContext, &lines] {
              lines.help();
              return parse::RecommendationParser::parse(laidOut, recommendationContext);
          });
    parse::PlanResult plan = parse::PlanParser::parse(document);
    QList<TableTemplate> forThisBody;
    const QString title = bundle.title + QLatin1Char(' ') + document.fileName;
    for (const TableTemplate& tableTemplate : options.templates) {
        if (tableTemplate.appliesTo(front.meeting.body, title))
            forThisBody.append(tableTemplate);
    }
    if (!forThisBody.isEmpty())
        parse::TemplateReader::apply(document, forThisBody, plan);
    bundle.warnings += pageMap.flags;
    parse::RecommendationResult recommendations = recommendationsRead.get();
    if (!plan.responseTables.isEmpty()) {
        parse::RecommendationParser::Context withTables = recommendationContext;
        withTables.responseTables = plan.responseTables;
        recommendations = parse::RecommendationParser::parse(document, withTables);
    }
    const parse::MinutesResult minutes = minutesRead.get();
    const bool minutesHeading = frontIsMinutesHeading(front, agenda, minutes.meetings);
    if (minutesHeading) {
        // Printed minutes have no front sheet (FrontSheetParser): the minutes' meeting is the
        // document's, named as the heading names it when the minutes do not.
        bundle.meetings.clear();
        bundle.documentMeetingIndex = -1;
    }
    QList<int> meetingIndex; // minutes meeting -> bundle meeting
    for (const Meeting& recorded : minutes.meetings) {
        int target = -1;
        for (int i = 0; i < bundle.meetings.size(); ++i) {
            if (sameMeeting(bundle.meetings.at(i), recorded)) {
                target = i;
                break;
            }
        }
        if (target < 0) {
            bundle.meetings.append(recorded);
            target = int(bundle.meetings.size()) - 1;
        } else {
            mergeInto(bundle.meetings[target], recorded);
        }
        meetingIndex.append(target);
    }
    if (bundle.documentMeetingIndex < 0 && !bundle.meetings.isEmpty())
        bundle.documentMeetingIndex = 0; // a stand-alone minutes document: the meeting it records
    if (minutesHeading) {
        Meeting& recorded = bundle.meetings.first();
        if (recorded.body.isEmpty())
            recorded.body = front.meeting.body;
        if (recorded.authority.isEmpty())
            recorded.authority = front.meeting.authority;
    }
    if (bundle.kind == DocumentKind::Other && front.found == false && !minutes.meetings.isEmpty()) {
        bundle.kind = DocumentKind::Minutes;
        bundle.kindReason
            = tr("no front sheet; the minutes of %n meeting(s) were read", nullptr, int(minutes.meetings.size()));
    }
    for (Action action : minutes.actions) {
        action.meetingIndex = meetingIndex.value(action.meetingIndex, bundle.documentMeetingIndex);
        bundle.actions.append(action);
    }
    bundle.warnings += minutes.warnings;

    for (Action action : plan.actions) {
        action.meetingIndex = bundle.documentMeetingIndex;
        bundle.actions.append(action);
    }
    const int indicatorBase = int(bundle.indicators.size());
    for (Indicator indicator : plan.indicators) {
        indicator.meetingIndex = bundle.documentMeetingIndex;
        bundle.indicators.append(indicator);
    }
    for (Reading reading : plan.readings) {
        reading.indicatorIndex += indicatorBase;
        bundle.readings.append(reading);
    }

    bundle.recommendations += recommendations.recommendations;
    bundle.recommendationResponses += recommendations.responses;
    bundle.recommendationUpdates += recommendations.updates;

    const parse::DocumentKindDetector::Decision kind
        = parse::DocumentKindDetector::settle({bundle.kind, bundle.kindReason}, document, bundle, plan.tables);
    bundle.kind = kind.kind;
    bundle.kindReason = kind.reason;
    bundle.regions = DocumentInspector::inspect(document, bundle, plan.tables);
    bundle.warnings += DocumentInspector::unclaimedWarnings(bundle.regions);

    if (options.pageWarnings) {
        QList<int> noText;
        QList<QPair<int, QString>> cutOff;
        for (const layout::LayoutPage& page : document.pages) {
            if (!page.cutOff.isEmpty())
                cutOff.append({page.number, page.cutOff});
            else if (!page.hasText())
                noText.append(page.number);
        }
        bundle.warnings = pageWarnings(noText, cutOff) + bundle.warnings;
    }
    ocr::markFacts(bundle);
    ocr::addNotes(bundle);
    return bundle;
}

QStringList DocumentAnalyser::pageWarnings(const QList<int>& noText, const QList<QPair<int, QString>>& cutOff)
{
    QStringList warnings;
    if (!noText.isEmpty()) {
        QStringList numbers;
        for (int n : noText)
            numbers.append(QString::number(n));
        warnings.append(tr("%n page(s) have no text layer and cannot be searched: %1", nullptr, int(noText.size()))
                            .arg(numbers.join(QStringLiteral(", "))));
    }
    for (const auto& [page, reason] : cutOff)
        warnings.append(tr("Page %1 was not read whole: %2.").arg(page).arg(reason));
    return warnings;
}

} // namespace scrutineer
