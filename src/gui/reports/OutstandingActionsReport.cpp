#include "OutstandingActionsReport.h"

#include "reports/RecommendationsSection.h"
#include "tracker/ActionLabels.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace scrutineer::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("OutstandingActionsReport", text); }
QString tr(const char* text, int n) { return QCoreApplication::translate("OutstandingActionsReport", text, nullptr, n); }
QString esc(const QString& text) { return ReportDocument::escape(text); }

QString statusHtml(const ActionRecord& r, const QDate& today)
{
    const auto rag = labels::actionRag(r, today);
    const QString cls = !rag ? QStringLiteral("muted")
                             : (*rag == rating::Rag::Red ? QStringLiteral("red")
                                                         : (*rag == rating::Rag::Amber ? QStringLiteral("amber") : QStringLiteral("green")));
    return QStringLiteral("<span class=\"%1\">%2</span>").arg(cls, esc(labels::status(r.action.status)));
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
    QString h = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\">"
                               "<thead><tr><th width=\"6%\">%1</th><th>%2</th>%3<th width=\"18%\">%4</th><th width=\"10%\">%5</th>"
                               "<th width=\"9%\">%6</th><th width=\"10%\">%7</th><th width=\"11%\">%8</th></tr></thead>")
                    .arg(esc(tr("Ref")), esc(tr("Action")),
                         withBody ? QStringLiteral("<th width=\"14%\">%1</th>").arg(esc(tr("Body"))) : QString(),
                         esc(tr("Owner")), esc(tr("Due")), esc(tr("Late")), esc(tr("Status")), esc(tr("Meeting")));
    for (const ActionRecord& r : actions) {
        const int late = daysOverdue(r, today);
        h += QStringLiteral("<tr><td>%1</td><td>%2</td>%3<td>%4</td><td nowrap>%5</td><td nowrap%6>%7</td><td>%8</td>"
                            "<td nowrap>%9</td></tr>")
                 .arg(esc(r.action.ref), esc(r.action.text),
                      withBody ? QStringLiteral("<td>%1</td>").arg(esc(r.body)) : QString(),
                      r.action.owner.isEmpty() ? QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(tr("not stated")))
                                               : esc(r.action.owner),
                      esc(labels::due(r.action)), late > 0 ? QStringLiteral(" class=\"late\"") : QString(),
                      late > 0 ? esc((late == 1 ? tr("%n day", late) : tr("%n days", late))) : QString(), statusHtml(r, today),
                      r.meetingDate.isValid() ? esc(QLocale().toString(r.meetingDate, QStringLiteral("d MMM yyyy"))) : QString());
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
    QMap<QString, QPair<int, int>> owners; // owner -> open, overdue
    QStringList bodies;
    for (const ActionRecord& r : open) {
        const bool isLate = daysOverdue(r, options.today) > 0;
        late += isLate ? 1 : 0;
        auto& counts = owners[r.action.owner.isEmpty() ? tr("Owner not stated") : r.action.owner];
        ++counts.first;
        counts.second += isLate ? 1 : 0;
        if (!bodies.contains(r.body))
            bodies.append(r.body);
    }
    QString h = QStringLiteral("<h1>%1</h1>").arg(esc(tr("Outstanding actions")));
    h += QStringLiteral("<p class=\"meta\">%1</p>")
             .arg(esc((options.body.isEmpty() ? tr("All bodies") : options.body) + QStringLiteral(" · ") +
                      tr("as at %1").arg(QLocale().toString(options.today, QStringLiteral("d MMMM yyyy")))));
    if (open.isEmpty())
        return h + QStringLiteral("<p class=\"empty\">%1</p>").arg(esc(tr("No outstanding actions."))) + chase;
    h += QStringLiteral("<p><b>%1</b>, %2.</p>").arg(esc(open.size() == 1 ? tr("1 outstanding action") : tr("%n outstanding actions", int(open.size()))), esc(tr("%n overdue", late)));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("By owner")));
    QList<QPair<QString, QPair<int, int>>> rows;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        rows.append({it.key(), it.value()});
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second.second > b.second.second; });
    h += QStringLiteral("<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\"><thead><tr><th>%1</th>"
                        "<th>%2</th><th>%3</th></tr></thead>")
             .arg(esc(tr("Owner")), esc(tr("Open")), esc(tr("Overdue")));
    for (const auto& row : rows) {
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\"%3>%4</td></tr>")
                 .arg(esc(row.first))
                 .arg(row.second.first)
                 .arg(row.second.second > 0 ? QStringLiteral(" class=\"late\"") : QString())
                 .arg(row.second.second);
    }
    h += QStringLiteral("</table>");
    for (const QString& body : bodies) {
        QList<ActionRecord> ofBody;
        std::copy_if(open.begin(), open.end(), std::back_inserter(ofBody), [&](const ActionRecord& r) { return r.body == body; });
        h += QStringLiteral("<h2>%1</h2>").arg(esc(body.isEmpty() ? tr("Body not known") : body));
        h += actionsTable(ofBody, options.today, false);
    }
    return h + chase;
}

ReportDocument OutstandingActionsReport::document(const QList<ActionRecord>& actions, const Options& options,
                                                  const QList<RecommendationRecord>& recommendations)
{
    const QString subtitle = (options.body.isEmpty() ? tr("All bodies") : options.body) + QStringLiteral(" · ") +
                             QLocale().toString(options.today, QStringLiteral("d MMM yyyy"));
    return ReportDocument(tr("Outstanding actions"), subtitle, html(actions, options, recommendations));
}

} // namespace scrutineer::gui
