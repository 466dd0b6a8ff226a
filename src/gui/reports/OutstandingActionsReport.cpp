#include "OutstandingActionsReport.h"

#include "ActionTally.h"

#include "reports/RecommendationsSection.h"
#include "tracker/ActionLabels.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace scrutineer::gui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("OutstandingActionsReport", text);
}
QString tr(const char* text, int n)
{
    return QCoreApplication::translate("OutstandingActionsReport", text, nullptr, n);
}
QString esc(const QString& text)
{
    return ReportDocument::escape(text);
}

QString statusHtml(const ActionRecord& r, const QDate& today)
{
    const auto rag = labels::actionRag(r, today);
    const QString cls = !rag
        ? QStringLiteral("muted")
        : (*rag == rating::Rag::Red ? QStringLiteral("red")
                                    : (*rag == rating::Rag::Amber ? QStringLiteral("amber") : QStringLiteral("green")));
    return QStringLiteral("<span class=\"%1\">%2</span>").arg(cls, esc(labels::status(r.action.status)));
}

// The people and posts the owner cell names; the cell as printed beneath when it reads otherwise.
QString ownerHtml(const ActionRecord& r)
{
    if (r.action.owner.trimmed().isEmpty() && r.owners.isEmpty())
        return QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(tr("not stated")));
    const QString names = r.ownerNames();
    if (names.compare(r.action.owner.trimmed(), Qt::CaseInsensitive) == 0)
        return esc(names);
    return QStringLiteral("%1<br><span class=\"muted\">%2</span>").arg(esc(names), esc(r.action.owner));
}

// An action asked for at several meetings says so, once.
QString historyHtml(const ActionRecord& r)
{
    if (r.occurrences.size() < 2)
        return {};
    // A minute can repeat a request of the same meeting ("Minute 6 (3) above"): each meeting once.
    QStringList dates;
    QList<qint64> meetings;
    for (const ActionRecord::Occurrence& o : r.occurrences) {
        if (meetings.contains(o.meetingId))
            continue;
        meetings.append(o.meetingId);
        dates.append(o.meetingDate.isValid() ? QLocale().toString(o.meetingDate, QStringLiteral("d MMM yyyy"))
                                             : tr("undated"));
    }
    const QString said = dates.size() > 1
        ? tr("Asked for at %1 meetings: %2").arg(dates.size()).arg(dates.join(QStringLiteral(", ")))
        : tr("Asked for %1 times at the meeting of %2").arg(r.occurrences.size()).arg(dates.value(0));
    return QStringLiteral("<br><span class=\"muted\">%1</span>").arg(esc(said));
}

} // namespace

QList<ActionRecord> OutstandingActionsReport::outstanding(const QList<ActionRecord>& actions, const Options& options)
{
    ActionFilter filter;
    filter.openOnly = true;
    filter.today = options.today;
    QList<ActionRecord> result;
    for (const ActionRecord& r : actions) {
        if (filter.matches(r) && (options.body.isEmpty() || r.body.compare(options.body, Qt::CaseInsensitive) == 0))
            result.append(r);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(result.begin(), result.end(), [&](const ActionRecord& a, const ActionRecord& b) {
        if (const int c = collator.compare(a.body, b.body))
            return c < 0;
        const int lateA = daysOverdue(a, options.today);
        const int lateB = daysOverdue(b, options.today);
        if (lateA != lateB)
            return lateA > lateB;
        const QDate x = dueDeadline(a.action.due);
        const QDate y = dueDeadline(b.action.due);
        if (x.isValid() != y.isValid())
            return x.isValid();
        return x < y;
    });
    return result;
}

QString OutstandingActionsReport::actionsTable(const QList<ActionRecord>& actions, const QDate& today, bool withBody)
{
    QString h = QStringLiteral(
                    "<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\">"
                    "<thead><tr><th width=\"6%\">%1</th><th>%2</th>%3<th width=\"18%\">%4</th><th width=\"10%\">%5</th>"
                    "<th width=\"9%\">%6</th><th width=\"10%\">%7</th><th width=\"11%\">%8</th></tr></thead>")
                    .arg(esc(tr("Ref")), esc(tr("Action")),
                         withBody ? QStringLiteral("<th width=\"14%\">%1</th>").arg(esc(tr("Body"))) : QString(),
                         esc(tr("Owner")), esc(tr("Due")), esc(tr("Late")), esc(tr("Status")), esc(tr("Meeting")));
    for (const ActionRecord& r : actions) {
        // An action nothing has reported on for months is not counted late (see isOverdue).
        const int late = isOverdue(r, today) ? daysOverdue(r, today) : 0;
        h += QStringLiteral("<tr><td>%1</td><td>%2</td>%3<td>%4</td><td nowrap>%5</td><td nowrap%6>%7</td><td>%8</td>"
                            "<td nowrap>%9</td></tr>")
                 .arg(esc(r.action.ref), esc(r.action.text) + historyHtml(r),
                      withBody ? QStringLiteral("<td>%1</td>").arg(esc(r.body)) : QString(), ownerHtml(r),
                      esc(labels::due(r.action)), late > 0 ? QStringLiteral(" class=\"late\"") : QString(),
                      esc(labels::lateness(late)), statusHtml(r, today),
                      r.meetingDate.isValid() ? esc(QLocale().toString(r.meetingDate, QStringLiteral("d MMM yyyy")))
                                              : QString());
    }
    return h + QStringLiteral("</table>");
}

QString OutstandingActionsReport::html(const QList<ActionRecord>& actions, const Options& options,
                                       const QList<RecommendationRecord>& recommendations)
{
    const QString chase = RecommendationsSection::html(
        RecommendationsSection::outstanding(recommendations, options.body, options.today), options.today,
        options.body.isEmpty());
    const QList<ActionRecord> open = outstanding(actions, options);
    int late = 0;
    int shared = 0;
    QStringList bodies;
    for (const ActionRecord& r : open) {
        late += isOverdue(r, options.today) ? 1 : 0;
        shared += r.owners.size() > 1 ? 1 : 0;
        if (!bodies.contains(r.body))
            bodies.append(r.body);
    }
    QString h = QStringLiteral("<h1>%1</h1>").arg(esc(tr("Outstanding actions")));
    h += QStringLiteral("<p class=\"meta\">%1</p>")
             .arg(esc((options.body.isEmpty() ? tr("All bodies") : options.body) + QStringLiteral(" · ")
                      + tr("as at %1").arg(QLocale().toString(options.today, QStringLiteral("d MMMM yyyy")))));
    if (open.isEmpty())
        return h + QStringLiteral("<p class=\"empty\">%1</p>").arg(esc(tr("No outstanding actions."))) + chase;
    h += QStringLiteral("<p><b>%1</b>, %2.</p>")
             .arg(esc(open.size() == 1 ? tr("1 outstanding action") : tr("%n outstanding actions", int(open.size()))),
                  esc(tr("%n overdue", late)));
    // The same definition as the meetings list: say what was not counted and why.
    OpenActionCount count;
    for (const ActionRecord& r : actions) {
        if (options.body.isEmpty() || r.body.compare(options.body, Qt::CaseInsensitive) == 0)
            count.add(r);
    }
    if (count.leftOut() > 0)
        h += QStringLiteral("<p class=\"meta\">%1</p>").arg(esc(tr("Not counted: %1.").arg(count.describeLeftOut())));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("By owner")));
    // Owners resolved to people and posts: one row per person whatever the spelling; an action
    // with several leads counts for each of them.
    const QList<ActionTally::Owner> rows = ActionTally::byOwner(open, options.today);
    h += QStringLiteral(
             "<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\"><thead><tr><th>%1</th>"
             "<th>%2</th><th>%3</th></tr></thead>")
             .arg(esc(tr("Owner")), esc(tr("Open")), esc(tr("Overdue")));
    for (const ActionTally::Owner& row : rows) {
        const QString posts = row.posts.isEmpty()
            ? QString()
            : QStringLiteral(" <span class=\"muted\">%1</span>").arg(esc(row.posts.join(QStringLiteral("; "))));
        h += QStringLiteral("<tr><td>%1%2</td><td align=\"right\">%3</td><td align=\"right\"%4>%5</td></tr>")
                 .arg(esc(row.name), posts)
                 .arg(row.open)
                 .arg(row.overdue > 0 ? QStringLiteral(" class=\"late\"") : QString())
                 .arg(row.overdue);
    }
    h += QStringLiteral("</table>");
    if (shared > 0)
        h += QStringLiteral("<p class=\"meta\">%1</p>")
                 .arg(esc(tr("%n action(s) name several leads and count once for each of them.", shared)));
    for (const QString& body : bodies) {
        QList<ActionRecord> ofBody;
        std::copy_if(open.begin(), open.end(), std::back_inserter(ofBody),
                     [&](const ActionRecord& r) { return r.body == body; });
        h += QStringLiteral("<h2>%1</h2>").arg(esc(body.isEmpty() ? tr("Body not known") : body));
        h += actionsTable(ofBody, options.today, false);
    }
    return h + chase;
}

ReportDocument OutstandingActionsReport::document(const QList<ActionRecord>& actions, const Options& options,
                                                  const QList<RecommendationRecord>& recommendations)
{
    const QString subtitle = (options.body.isEmpty() ? tr("All bodies") : options.body) + QStringLiteral(" · ")
        + QLocale().toString(options.today, QStringLiteral("d MMM yyyy"));
    return ReportDocument(tr("Outstanding actions"), subtitle, html(actions, options, recommendations));
}

} // namespace scrutineer::gui
