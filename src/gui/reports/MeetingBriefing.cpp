#include "MeetingBriefing.h"

#include "ActionStore.h"
#include "Database.h"
#include "IndicatorStore.h"
#include "NoteStore.h"
#include "RecommendationStore.h"
#include "reports/OutstandingActionsReport.h"
#include "tracker/ActionLabels.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace scrutineer::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("MeetingBriefing", text); }
QString tr(const char* text, int n) { return QCoreApplication::translate("MeetingBriefing", text, nullptr, n); }
QString esc(const QString& text) { return ReportDocument::escape(text); }

QString heading(const MeetingStore::MeetingSummary& m, bool withVenue = true)
{
    QStringList parts;
    if (m.date.isValid())
        parts.append(QLocale().toString(m.date, QStringLiteral("dddd d MMMM yyyy")));
    if (m.time.isValid())
        parts.append(QLocale().toString(m.time, QStringLiteral("h:mm ap")));
    if (withVenue && !m.venue.isEmpty())
        parts.append(m.venue);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

std::optional<MeetingBriefing::Data> MeetingBriefing::gather(Database& database, qint64 meetingId, const QDate& today)
{
    MeetingStore meetings(database);
    Data data;
    data.today = today;
    const QList<MeetingStore::MeetingSummary> all = meetings.meetings();
    const auto it = std::find_if(all.begin(), all.end(), [meetingId](const auto& m) { return m.id == meetingId; });
    if (it == all.end())
        return std::nullopt;
    data.meeting = *it;
    data.agenda = meetings.mergedAgenda(meetingId);
    OutstandingActionsReport::Options options;
    options.body = data.meeting.body;
    options.today = today;
    data.openActions = data.meeting.body.isEmpty() ? QList<ActionRecord>{}
                                                   : OutstandingActionsReport::outstanding(ActionStore(database).list(), options);
    IndicatorStore indicators(database);
    for (const PerformanceData::Series& s : PerformanceData::series(indicators.indicators(), indicators.readings(), all)) {
        if (s.body.compare(data.meeting.body, Qt::CaseInsensitive) != 0 || !s.latest())
            continue;
        if (auto breach = PerformanceData::breach(s, *s.latest()))
            data.breaches.append(*breach);
    }
    if (!data.meeting.body.isEmpty())
        data.recommendations = RecommendationsSection::outstanding(RecommendationStore(database).list(), data.meeting.body, today);
    for (const Note& note : NoteStore(database).forMeeting(meetingId)) {
        if (note.kind == Note::Kind::Question)
            data.questions.append(note);
        else if (!note.anchorText.isEmpty())
            data.pageNotes.append(note);
    }
    std::stable_sort(data.pageNotes.begin(), data.pageNotes.end(),
                     [](const Note& a, const Note& b) { return a.pdfPage < b.pdfPage; });
    return data;
}

QString MeetingBriefing::html(const Data& d)
{
    QString h = QStringLiteral("<h1>%1</h1>").arg(esc(tr("Briefing: %1").arg(d.meeting.body.isEmpty() ? tr("Meeting") : d.meeting.body)));
    QString meta = heading(d.meeting);
    if (!d.meeting.authority.isEmpty())
        meta = d.meeting.authority + QStringLiteral(" · ") + meta;
    h += QStringLiteral("<p class=\"meta\">%1</p>").arg(esc(meta));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Agenda")));
    if (d.agenda.isEmpty()) {
        h += QStringLiteral("<p class=\"empty\">%1</p>").arg(esc(tr("No agenda has been imported for this meeting.")));
    } else {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
        for (const MeetingStore::AgendaEntry& item : d.agenda) {
            QString pages;
            if (item.packFirst > 0)
                pages = item.packLast > item.packFirst ? tr("Pages %1–%2").arg(item.packFirst).arg(item.packLast)
                                                       : tr("Page %1").arg(item.packFirst);
            h += QStringLiteral("<tr><td width=\"6%\" valign=\"top\"><b>%1</b></td><td valign=\"top\">%2%3%4</td>"
                                "<td width=\"16%\" valign=\"top\" align=\"right\"><span class=\"muted\">%5</span></td></tr>")
                     .arg(esc(item.number), esc(item.title),
                          item.reportOf.isEmpty() ? QString()
                                                  : QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(esc(tr("Report of %1").arg(item.reportOf))),
                          item.exempt ? QStringLiteral(" <span class=\"amber\">(%1)</span>").arg(esc(tr("exempt"))) : QString(),
                          esc(pages));
        }
        h += QStringLiteral("</table>");
    }

    int late = 0;
    for (const ActionRecord& r : d.openActions)
        late += isOverdue(r, d.today) ? 1 : 0; // not those nothing has reported on for months
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Open actions for the committee")));
    if (d.openActions.isEmpty()) {
        h += QStringLiteral("<p class=\"empty\">%1</p>").arg(esc(tr("No open actions.")));
    } else {
        h += QStringLiteral("<p>%1, %2.</p>").arg(esc(d.openActions.size() == 1 ? tr("1 open action") : tr("%n open actions", int(d.openActions.size()))), esc(tr("%n overdue", late)));
        h += OutstandingActionsReport::actionsTable(d.openActions, d.today, false);
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Indicators in breach")));
    if (d.breaches.isEmpty()) {
        h += QStringLiteral("<p class=\"empty\">%1</p>").arg(esc(tr("No indicator is outside Good or below its floor at its latest reading.")));
    } else {
        h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\"><thead><tr>"
                            "<th>%1</th><th width=\"14%\">%2</th><th width=\"10%\">%3</th><th width=\"30%\">%4</th></tr></thead>")
                 .arg(esc(tr("Indicator")), esc(tr("Period")), esc(tr("Value")), esc(tr("Breach")));
        for (const PerformanceData::Breach& b : d.breaches) {
            QString why = QStringLiteral("<span class=\"%1\">%2</span>")
                              .arg(b.severity == rating::Rag::Red ? QStringLiteral("red") : QStringLiteral("amber"), esc(b.why));
            if (b.reading.disagrees())
                why += QStringLiteral("<br/><span class=\"muted\">%1</span>")
                           .arg(esc(tr("printed rating: %1").arg(b.reading.reading.reportedRating)));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(b.indicatorName), esc(b.reading.reading.period),
                          esc(PerformanceData::valueText(b.reading, QString())), why);
        }
        h += QStringLiteral("</table>");
    }

    h += RecommendationsSection::html(d.recommendations, d.today, false);

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Questions to ask")));
    if (d.questions.isEmpty()) {
        h += QStringLiteral("<p class=\"empty\">%1</p>").arg(esc(tr("No questions noted for this meeting.")));
    } else {
        h += QStringLiteral("<ol>");
        for (const Note& q : d.questions) {
            QString where = q.agendaNumber.isEmpty() ? QString() : tr("Item %1").arg(q.agendaNumber);
            h += QStringLiteral("<li>%1%2%3</li>")
                     .arg(esc(q.body).replace(QLatin1Char('\n'), QStringLiteral("<br/>")),
                          where.isEmpty() ? QString() : QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(where)),
                          q.anchorText.isEmpty() ? QString()
                                                 : QStringLiteral("<br/><i class=\"muted\">“%1”</i>").arg(esc(q.anchorText)));
        }
        h += QStringLiteral("</ol>");
    }
    if (!d.pageNotes.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><ul>").arg(esc(tr("Highlighted in the papers")));
        for (const Note& n : d.pageNotes) {
            QStringList where;
            if (!n.agendaNumber.isEmpty())
                where << tr("Item %1").arg(n.agendaNumber);
            if (n.pdfPage > 0)
                where << tr("PDF page %1").arg(n.pdfPage);
            if (n.orphaned)
                where << tr("no longer printed in the revised pack");
            h += QStringLiteral("<li><i>“%1”</i> <span class=\"muted\">(%2)</span>%3</li>")
                     .arg(esc(n.anchorText), esc(where.join(QStringLiteral(" · "))),
                          n.body.isEmpty() ? QString()
                                           : QStringLiteral("<br/>%1").arg(esc(n.body).replace(QLatin1Char('\n'), QStringLiteral("<br/>"))));
        }
        h += QStringLiteral("</ul>");
    }
    return h;
}

ReportDocument MeetingBriefing::document(const Data& d)
{
    return ReportDocument(tr("Briefing · %1").arg(d.meeting.body), heading(d.meeting, false), html(d));
}

} // namespace scrutineer::gui
