#include "RecommendationsSection.h"

#include "recommendations/RecommendationLabels.h"
#include "reports/ReportDocument.h"

#include <QCoreApplication>

#include <algorithm>

namespace scrutineer::gui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RecommendationsSection", text);
}
QString tr(const char* text, int n)
{
    return QCoreApplication::translate("RecommendationsSection", text, nullptr, n);
}
QString esc(const QString& text)
{
    return ReportDocument::escape(text);
}
QString muted(const QString& text)
{
    return QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(text));
}

int monthsSince(const QDate& from, const QDate& to)
{
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() < from.day())
        --months;
    return std::max(0, months);
}

QString tableStart(const QStringList& headings, const QList<int>& widths)
{
    QString h = QStringLiteral(
        "<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\"><thead><tr>");
    for (qsizetype i = 0; i < headings.size(); ++i) {
        const int width = widths.value(i);
        h += width > 0 ? QStringLiteral("<th width=\"%1%\">%2</th>").arg(width).arg(esc(headings.at(i)))
                       : QStringLiteral("<th>%1</th>").arg(esc(headings.at(i)));
    }
    return h + QStringLiteral("</tr></thead>");
}

QString textCell(const RecommendationRecord& r, bool withBody)
{
    QString cell = esc(r.recommendation.text);
    if (withBody)
        cell += QStringLiteral("<br/>") + muted(reclabels::madeBy(r));
    return QStringLiteral("<td>%1</td>").arg(cell);
}

} // namespace

RecommendationsSection::Outstanding RecommendationsSection::outstanding(const QList<RecommendationRecord>& records,
                                                                        const QString& body, const QDate& today)
{
    Outstanding out;
    for (const RecommendationRecord& r : records) {
        if (!body.isEmpty() && r.body.compare(body, Qt::CaseInsensitive) != 0
            && r.recommendation.madeBy.compare(body, Qt::CaseInsensitive) != 0)
            continue;
        ++out.considered;
        if (r.awaitingResponse(today))
            out.awaiting.append(r);
        else if (r.acceptedWithoutUpdate())
            out.noUpdate.append(r);
    }
    std::stable_sort(out.awaiting.begin(), out.awaiting.end(),
                     [](const auto& a, const auto& b) { return a.meetingDate < b.meetingDate; });
    std::stable_sort(out.noUpdate.begin(), out.noUpdate.end(), [](const auto& a, const auto& b) {
        const QDate x = a.response() ? a.response()->date : QDate();
        const QDate y = b.response() ? b.response()->date : QDate();
        return x < y;
    });
    return out;
}

QString RecommendationsSection::html(const Outstanding& o, const QDate& today, bool withBody)
{
    if (o.considered == 0)
        return {};
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Recommendations to chase")));
    if (o.isEmpty()) {
        return h
            + QStringLiteral("<p class=\"empty\">%1</p>")
                  .arg(esc(tr("No recommendation is waiting for a response or for an update.")));
    }
    QStringList counts;
    if (!o.awaiting.isEmpty())
        counts.append(tr("%n awaiting the executive's response for more than two months", int(o.awaiting.size())));
    if (!o.noUpdate.isEmpty())
        counts.append(tr("%n accepted with no progress reported since", int(o.noUpdate.size())));
    h += QStringLiteral("<p>%1.</p>").arg(esc(counts.join(QStringLiteral("; "))));
    if (!o.awaiting.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Awaiting a response")));
        h += tableStart({tr("No."), tr("Recommendation"), tr("Made"), tr("Waiting"), tr("To")}, {6, 0, 12, 10, 16});
        for (const RecommendationRecord& r : o.awaiting) {
            const int months = monthsSince(r.meetingDate, today);
            h += QStringLiteral("<tr><td>%1</td>%2<td nowrap>%3</td><td nowrap class=\"late\">%4</td><td>%5</td></tr>")
                     .arg(esc(reclabels::number(r.recommendation)), textCell(r, withBody),
                          esc(reclabels::shortDate(r.meetingDate)), esc(tr("%n months", months)),
                          reclabels::addresseeKnown(r.recommendation)
                              ? esc(r.recommendation.addressedTo)
                              : muted(reclabels::addressee(r.recommendation)));
        }
        h += QStringLiteral("</table>");
    }
    if (!o.noUpdate.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Accepted, no update since")));
        h += tableStart({tr("No."), tr("Recommendation"), tr("Response"), tr("Lead"), tr("Due")}, {6, 0, 18, 16, 10});
        for (const RecommendationRecord& r : o.noUpdate) {
            const auto response = r.response();
            const QString decision = reclabels::decision(r.decision())
                + (response && response->date.isValid() ? QStringLiteral(", ") + reclabels::shortDate(response->date)
                                                        : QString());
            const QString lead = response ? response->lead : QString();
            h += QStringLiteral("<tr><td>%1</td>%2<td>%3</td><td>%4</td><td nowrap>%5</td></tr>")
                     .arg(esc(reclabels::number(r.recommendation)), textCell(r, withBody), esc(decision),
                          lead.isEmpty() ? muted(tr("not stated")) : esc(lead),
                          esc(response ? reclabels::due(*response) : QString()));
        }
        h += QStringLiteral("</table>");
    }
    return h;
}

} // namespace scrutineer::gui
