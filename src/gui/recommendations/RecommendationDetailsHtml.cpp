#include "RecommendationDetailsHtml.h"

#include "recommendations/RecommendationLabels.h"
#include "tracker/ActionLabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace scrutineer::gui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RecommendationDetailsHtml", text);
}
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}
QString muted(const QString& text)
{
    return QStringLiteral("<span style=\"color:#808080\">%1</span>").arg(esc(text));
}

QString row(const QString& label, const QString& valueHtml)
{
    if (valueHtml.isEmpty())
        return {};
    return QStringLiteral("<tr><td style=\"color:#808080; padding-right:10px\" valign=\"top\">%1</td>"
                          "<td valign=\"top\">%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString longDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : tr("undated");
}

// "page 4 (open)" for a printed entry, "recorded by jsmith" for one entered by hand (with a link
// to remove it when `removeLink` is given).
QString whereFrom(bool manual, const QString& recordedBy, int pdfPage, const QString& link, const QString& removeLink)
{
    if (manual) {
        QString h = muted(recordedBy.isEmpty() ? tr("Recorded by hand") : tr("Recorded by %1").arg(recordedBy));
        if (!removeLink.isEmpty())
            h += QStringLiteral(" · <a href=\"%1\">%2</a>").arg(removeLink, esc(tr("Remove")));
        return h;
    }
    if (pdfPage <= 0)
        return {};
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(link, esc(tr("Open PDF page %1").arg(pdfPage)));
}

} // namespace

QString RecommendationDetailsHtml::details(const RecommendationRecord& r, const QDate& today, bool editable)
{
    const Recommendation& rec = r.recommendation;
    QString h = QStringLiteral("<p style=\"font-size:large; margin-bottom:6px\"><b>%1</b> · %2</p>")
                    .arg(esc(reclabels::number(rec)), esc(rec.text));
    if (const QString why = reclabels::chaseReason(r, today); !why.isEmpty()) {
        const auto chase = reclabels::chase(r, today);
        h += QStringLiteral("<p><b style=\"color:%1\">%2</b></p>").arg(labels::ragColor(*chase).name(), esc(why));
    }
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    h += row(tr("Made by"),
             esc(reclabels::madeBy(r)) + QStringLiteral(" ")
                 + muted(QStringLiteral("(%1)").arg(reclabels::source(rec.source))));
    h += row(tr("Meeting"),
             esc(longDate(r.meetingDate)) + (r.body.isEmpty() ? QString() : esc(QStringLiteral(", ") + r.body)));
    h += row(tr("To"), reclabels::addresseeKnown(rec) ? esc(rec.addressedTo) : muted(reclabels::addressee(rec)));
    h += row(tr("Quoted in"), esc(rec.quotedIn));
    QString source = esc(r.fileName);
    if (rec.pdfPage > 0)
        source += QStringLiteral(" · <a href=\"open:\">%1</a>").arg(esc(tr("Open PDF page %1").arg(rec.pdfPage)));
    h += row(tr("Printed in"), source);
    h += QStringLiteral("</table>");

    h += QStringLiteral("<p style=\"margin-top:10px\"><b>%1</b></p>").arg(esc(tr("Response")));
    if (r.responses.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(muted(tr("No response recorded.")));
    for (int i = 0; i < r.responses.size(); ++i) {
        const ResponseEntry& e = r.responses.at(i);
        h += QStringLiteral("<p style=\"margin-bottom:2px\"><b>%1</b> · %2</p>")
                 .arg(esc(reclabels::entryDecision(e)), esc(longDate(e.date)));
        h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        if (!e.decisionText.isEmpty() && e.decisionText != reclabels::entryDecision(e))
            h += row(tr("As printed"), esc(e.decisionText));
        h += row(tr("Response"), esc(e.text));
        h += row(tr("Lead"), esc(e.lead));
        h += row(tr("Due"), esc(reclabels::due(e)));
        h += row(tr("Linked by"), esc(e.linkEvidence));
        h += row(tr("Source"),
                 whereFrom(e.manual, e.recordedBy, e.pdfPage, QStringLiteral("response:%1").arg(i),
                           editable ? QStringLiteral("remove-response:%1").arg(i) : QString()));
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<p style=\"margin-top:10px\"><b>%1</b></p>").arg(esc(tr("Progress")));
    if (r.updates.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(muted(tr("No progress reported.")));
    for (int i = 0; i < r.updates.size(); ++i) {
        const UpdateEntry& e = r.updates.at(i);
        QString line = QStringLiteral("<b>%1</b>").arg(esc(longDate(e.date)));
        if (!e.statusText.isEmpty())
            line += QStringLiteral(" · ") + esc(e.statusText);
        h += QStringLiteral("<p style=\"margin-bottom:2px\">%1<br/>%2</p>").arg(line, esc(e.text));
        const QString where = whereFrom(e.manual, e.recordedBy, e.pdfPage, QStringLiteral("update:%1").arg(i),
                                        editable ? QStringLiteral("remove-update:%1").arg(i) : QString());
        if (!where.isEmpty())
            h += QStringLiteral("<p style=\"margin-top:0\">%1</p>").arg(where);
    }
    return h;
}

QString RecommendationDetailsHtml::nothingSelected()
{
    return QStringLiteral("<p>%1</p>").arg(muted(tr("Select a recommendation to see its response and progress.")));
}

} // namespace scrutineer::gui
