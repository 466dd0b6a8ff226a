#include "SectionMerger.h"

#include "DocumentAnalyser.h"

#include <QCoreApplication>

namespace scrutineer {
namespace {

void shift(int& page, int offset)
{
    if (page > 0)
        page += offset;
}

void shift(std::optional<PageRange>& range, int offset)
{
    if (range) {
        shift(range->first, offset);
        shift(range->last, offset);
    }
}

void shift(Meeting& meeting, int offset)
{
    shift(meeting.pdfPage, offset);
    for (Member& member : meeting.members)
        shift(member.pdfPage, offset);
    for (Attendance& attendance : meeting.attendance)
        shift(attendance.pdfPage, offset);
    for (Declaration& declaration : meeting.declarations)
        shift(declaration.pdfPage, offset);
    for (AgendaItem& item : meeting.agendaItems) {
        shift(item.pdfPage, offset);
        shift(item.pdfPages, offset);
    }
    for (Minute& minute : meeting.minutes) {
        shift(minute.pdfPage, offset);
        for (Resolution& resolution : minute.resolutions)
            shift(resolution.pdfPage, offset);
        for (MinuteReference& reference : minute.references)
            shift(reference.pdfPage, offset);
    }
}

} // namespace

void SectionMerger::shiftPages(ImportBundle& bundle, int offset)
{
    if (offset == 0)
        return;
    for (PageRecord& page : bundle.pages)
        shift(page.pdfPage, offset);
    for (Meeting& meeting : bundle.meetings)
        shift(meeting, offset);
    for (Action& action : bundle.actions)
        shift(action.pdfPage, offset);
    for (Indicator& indicator : bundle.indicators)
        shift(indicator.pdfPage, offset);
    for (Reading& reading : bundle.readings)
        shift(reading.pdfPage, offset);
    for (PageRegion& region : bundle.regions) {
        shift(region.firstPage, offset);
        shift(region.lastPage, offset);
    }
}

void SectionMerger::append(ImportBundle& into, ImportBundle section, int offset)
{
    shiftPages(section, offset);
    if (into.pages.isEmpty() && into.meetings.isEmpty()) {
        const QString filePath = into.filePath;
        const QString fileName = into.fileName.isEmpty() ? section.fileName : into.fileName;
        const QByteArray sha256 = into.sha256;
        into = std::move(section);
        into.filePath = filePath;
        into.fileName = fileName;
        into.sha256 = sha256;
        return;
    }
    const int lastPage = offset + int(section.pages.size());
    into.pageCount += section.pageCount;
    into.pages += section.pages;

    // The section's meetings: the same meeting as one already read is merged into it.
    QList<int> meetingAt; // section meeting -> merged meeting
    for (const Meeting& meeting : std::as_const(section.meetings)) {
        int target = -1;
        for (int i = 0; i < into.meetings.size() && target < 0; ++i) {
            if (DocumentAnalyser::sameMeeting(into.meetings.at(i), meeting))
                target = i;
        }
        if (target < 0) {
            into.meetings.append(meeting);
            target = int(into.meetings.size()) - 1;
        } else {
            DocumentAnalyser::mergeInto(into.meetings[target], meeting);
            if (into.meetings[target].agendaItems.isEmpty())
                into.meetings[target].agendaItems = meeting.agendaItems;
        }
        meetingAt.append(target);
    }
    if (into.documentMeetingIndex < 0 && section.documentMeetingIndex >= 0)
        into.documentMeetingIndex = meetingAt.value(section.documentMeetingIndex, -1);
    auto meetingOf = [&](int index) { return index >= 0 ? meetingAt.value(index, -1) : into.documentMeetingIndex; };

    for (Action action : std::as_const(section.actions)) {
        action.meetingIndex = meetingOf(action.meetingIndex);
        into.actions.append(action);
    }
    const int indicatorBase = int(into.indicators.size());
    for (Indicator indicator : std::as_const(section.indicators)) {
        indicator.meetingIndex = meetingOf(indicator.meetingIndex);
        into.indicators.append(indicator);
    }
    for (Reading reading : std::as_const(section.readings)) {
        if (reading.indicatorIndex >= 0)
            reading.indicatorIndex += indicatorBase;
        into.readings.append(reading);
    }
    into.regions += section.regions;
    // What the parsers said about the section counts its pages from 1: say which pages it means.
    for (const QString& warning : std::as_const(section.warnings))
        into.warnings.append(tr("Pages %1\u2013%2: %3").arg(offset + 1).arg(lastPage).arg(warning));
}

} // namespace scrutineer
