#include "ActionDetailsHtml.h"

#include "tracker/ActionLabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace scrutineer::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("ActionDetailsHtml", text); }
QString tr(const char* text, int n) { return QCoreApplication::translate("ActionDetailsHtml", text, nullptr, n); }

QString esc(const QString& text) { return text.toHtmlEscaped(); }

QString row(const QString& label, const QString& valueHtml)
{
    if (valueHtml.isEmpty())
        return {};
    return QStringLiteral("<tr><td style=\"color:#808080; padding-right:10px\" valign=\"top\">%1</td><td valign=\"top\">%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString longDate(const QDate& date) { return QLocale().toString(date, QStringLiteral("d MMMM yyyy")); }

} // namespace

QString ActionDetailsHtml::details(const ActionRecord& r, const QDate& today, int packPage)
{
    const Action& a = r.action;
    QString h;
    h += QStringLiteral("<p style=\"font-size:large; margin-bottom:6px\"><b>%1</b>%2</p>")
             .arg(a.ref.isEmpty() ? QString() : esc(a.ref) + QStringLiteral(" · "), esc(a.text));
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    h += row(tr("Body"), r.body.isEmpty() && !r.documentName.isEmpty()
                             ? QStringLiteral("<i>%1</i>").arg(esc(tr("not tied to a meeting")))
                             : esc(r.body));
    if (r.meetingDate.isValid())
        h += row(tr("Meeting"), esc(longDate(r.meetingDate)));
    h += row(tr("Owner"), a.owner.isEmpty() ? QStringLiteral("<i>%1</i>").arg(esc(tr("not stated"))) : esc(a.owner));
    QString due = esc(labels::due(a));
    if (!a.dueText.isEmpty() && a.dueText != labels::due(a))
        due += QStringLiteral(" <span style=\"color:#808080\">(%1)</span>").arg(esc(tr("printed “%1”").arg(a.dueText)));
    h += row(tr("Due"), due);
    const int late = noRecentEvidence(r, today) ? 0 : daysOverdue(r, today);
    if (noRecentEvidence(r, today))
        h += row(tr("Overdue"), esc(tr("No recent evidence: nothing has reported on it since %1")
                                        .arg(longDate(lastEvidence(r)))));
    if (late > 0)
        h += row(tr("Overdue"), QStringLiteral("<b style=\"color:%1\">%2</b>")
                                    .arg(labels::ragColor(rating::Rag::Red).name(), esc((late == 1 ? tr("%n day late", late) : tr("%n days late", late)))));
    QString status = esc(labels::statusSnapshot(r));
    if (r.statusEdited)
        status += QStringLiteral("<br/><span style=\"color:#808080\">%1</span>").arg(esc(labels::lastUpdate(r)));
    h += row(tr("Status"), status);
    h += row(tr("Added"), esc(labels::addedBy(r)));
    if (!a.statusText.isEmpty())
        h += row(tr("Printed status"), esc(a.statusText));
    h += row(tr("Origin"), esc(labels::origin(a.origin)) +
                               (a.clausePath.isEmpty() ? QString() : esc(tr(", clause %1").arg(a.clausePath))));
    h += row(tr("Section"), esc(a.section));
    h += row(tr("Read"), esc(labels::definedBy(a)));
    h += row(tr("Commentary"), esc(a.commentary));
    if (!a.flags.isEmpty())
        h += row(tr("Flags"), esc(a.flags.join(QStringLiteral("; "))));
    if (r.documentId > 0 && a.pdfPage > 0) {
        const QString where = packPage > 0 ? tr("Page %1 · PDF p. %2").arg(packPage).arg(a.pdfPage) : tr("PDF p. %1").arg(a.pdfPage);
        const QString document = r.documentName.isEmpty() ? QString() : esc(r.documentName) + QStringLiteral("<br/>");
        h += row(tr("Source"), document + QStringLiteral("<a href=\"open:\">%1</a>").arg(esc(where)));
    }
    h += QStringLiteral("</table>");
    return h;
}

QString ActionDetailsHtml::history(const QList<ActionStore::StatusChange>& changes,
                                   const QList<ActionStore::Evidence>& evidence, const ActionRecord& r)
{
    QString h;
    h += QStringLiteral("<p style=\"margin-bottom:2px\"><b>%1</b></p><ul style=\"margin-top:0\">").arg(esc(tr("Status history")));
    if (!r.action.statusText.isEmpty() || r.action.status != ActionStatus::Unknown) {
        h += QStringLiteral("<li>%1</li>")
                 .arg(esc(tr("As printed: %1").arg(r.action.statusText.isEmpty() ? labels::status(r.action.status)
                                                                                 : r.action.statusText)));
    }
    for (const ActionStore::StatusChange& c : changes) {
        const QString when = QLocale().toString(c.changedAt.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"));
        const QString who = c.changedBy.isEmpty() ? QString() : esc(tr(", by %1").arg(c.changedBy));
        h += QStringLiteral("<li><b>%1</b> — %2%3%4</li>")
                 .arg(esc(when), esc(labels::status(c.status)), who,
                      c.comment.isEmpty() ? QString() : QStringLiteral(": <i>%1</i>").arg(esc(c.comment)));
    }
    if (changes.isEmpty())
        h += QStringLiteral("<li style=\"color:#808080\">%1</li>").arg(esc(tr("No updates recorded yet.")));
    h += QStringLiteral("</ul>");
    h += QStringLiteral("<p style=\"margin-bottom:2px\"><b>%1</b></p>").arg(esc(tr("Later minutes that mention it")));
    if (evidence.isEmpty()) {
        h += QStringLiteral("<p style=\"color:#808080; margin-top:0\">%1</p>")
                 .arg(esc(r.resolutionId > 0 ? tr("No later minute cites this resolution yet.")
                                             : tr("Only actions requested by a resolution are traced through later minutes.")));
        return h;
    }
    h += QStringLiteral("<ul style=\"margin-top:0\">");
    for (int i = 0; i < evidence.size(); ++i) {
        const ActionStore::Evidence& e = evidence.at(i);
        const QString heading = tr("Minute %1, %2, %3").arg(e.minuteNumber, e.body, longDate(e.meetingDate));
        h += QStringLiteral("<li><a href=\"evidence:%1\">%2</a>%3<br/><span style=\"color:#808080\">“%4”</span></li>")
                 .arg(i)
                 .arg(esc(heading), e.minuteTitle.isEmpty() ? QString() : QStringLiteral(" — ") + esc(e.minuteTitle),
                      esc(e.citation));
    }
    h += QStringLiteral("</ul>");
    return h;
}

QString ActionDetailsHtml::nothingSelected()
{
    return QStringLiteral("<p style=\"color:#808080\">%1</p>")
        .arg(esc(tr("Select an action to see its details, its history and the later minutes that mention it.")));
}

QString ActionDetailsHtml::severalSelected(int count)
{
    return QStringLiteral("<p><b>%1</b></p><p style=\"color:#808080\">%2</p>")
        .arg(esc((count == 1 ? tr("%n action selected", count) : tr("%n actions selected", count))),
             esc(tr("A status set below is recorded for each of them, with the same comment.")));
}

} // namespace scrutineer::gui
