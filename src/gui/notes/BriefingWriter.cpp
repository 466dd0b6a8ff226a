#include "BriefingWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>

#include "NaturalOrder.h"

namespace scrutineer::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("BriefingWriter", text); }

// Markdown treats a few characters as markup; escape them in user text.
QString mdEscape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]<>#|").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString mdMultiline(const QString& text, const QString& indent)
{
    QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = mdEscape(line.trimmed());
    return lines.join(QLatin1Char('\n') + indent);
}

QString htmlMultiline(const QString& text) { return text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")); }

// Notes grouped under their agenda item, in item order; notes without an item last.
QList<QPair<QString, QList<BriefingWriter::Entry>>> byItem(const QList<BriefingWriter::Entry>& notes)
{
    QList<QPair<QString, QList<BriefingWriter::Entry>>> groups;
    for (const BriefingWriter::Entry& note : notes) {
        QString key;
        if (!note.agendaNumber.isEmpty()) {
            key = note.agendaTitle.isEmpty() ? tr("Item %1").arg(note.agendaNumber)
                                             : tr("Item %1: %2").arg(note.agendaNumber, note.agendaTitle);
        } else {
            key = tr("General");
        }
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == key; });
        if (it == groups.end())
            groups.append({key, {note}});
        else
            it->second.append(note);
    }
    const NaturalOrder order; // item "2" before "10" in any locale
    std::stable_sort(groups.begin(), groups.end(), [&order](const auto& a, const auto& b) {
        const QString& x = a.second.first().agendaNumber;
        const QString& y = b.second.first().agendaNumber;
        if (x.isEmpty() != y.isEmpty())
            return y.isEmpty();
        return order.compare(x, y) < 0;
    });
    return groups;
}

} // namespace

QString BriefingWriter::markdown(const Sheet& sheet)
{
    QString md;
    md += QStringLiteral("# ") + mdEscape(tr("Briefing: %1").arg(sheet.heading)) + QStringLiteral("\n\n");
    if (!sheet.authority.isEmpty())
        md += mdEscape(sheet.authority) + QStringLiteral("  \n");
    if (!sheet.subheading.isEmpty())
        md += mdEscape(sheet.subheading) + QStringLiteral("\n\n");
    md += QStringLiteral("## ") + tr("Questions to ask") + QStringLiteral("\n\n");
    if (sheet.questions.isEmpty())
        md += tr("No questions yet.") + QStringLiteral("\n");
    for (const Entry& q : sheet.questions) {
        md += (q.done ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] ")) + mdMultiline(q.body, QStringLiteral("      "));
        if (!q.location.isEmpty())
            md += QStringLiteral(" *(") + mdEscape(q.location) + QStringLiteral(")*");
        md += QLatin1Char('\n');
        if (!q.anchorText.isEmpty())
            md += QStringLiteral("      > ") + mdEscape(q.anchorText.simplified()) + QLatin1Char('\n');
    }
    md += QStringLiteral("\n## ") + tr("Notes") + QStringLiteral("\n\n");
    if (sheet.notes.isEmpty())
        md += tr("No notes yet.") + QStringLiteral("\n");
    for (const auto& group : byItem(sheet.notes)) {
        md += QStringLiteral("### ") + mdEscape(group.first) + QStringLiteral("\n\n");
        for (const Entry& n : group.second) {
            const bool bare = n.body.isEmpty(); // a highlight with nothing written: its quote is the entry
            md += QStringLiteral("- ") +
                  (bare ? QStringLiteral("“%1”").arg(mdEscape(n.anchorText.simplified())) : mdMultiline(n.body, QStringLiteral("  ")));
            if (!n.pageLocation.isEmpty())
                md += QStringLiteral(" *(") + mdEscape(n.pageLocation) + QStringLiteral(")*");
            md += QLatin1Char('\n');
            if (!bare && !n.anchorText.isEmpty())
                md += QStringLiteral("  > ") + mdEscape(n.anchorText.simplified()) + QLatin1Char('\n');
        }
        md += QLatin1Char('\n');
    }
    md += QStringLiteral("\n---\n") + tr("Private notes, prepared %1 with Scrutineer.").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)) +
          QLatin1Char('\n');
    return md;
}

QString BriefingWriter::html(const Sheet& sheet)
{
    QString h = QStringLiteral("<html><body style=\"font-size:10.5pt\">");
    h += QStringLiteral("<h1 style=\"font-size:16pt; margin-bottom:4pt\">%1</h1>").arg(tr("Briefing: %1").arg(sheet.heading).toHtmlEscaped());
    if (!sheet.authority.isEmpty())
        h += QStringLiteral("<p style=\"margin:0\">%1</p>").arg(sheet.authority.toHtmlEscaped());
    if (!sheet.subheading.isEmpty())
        h += QStringLiteral("<p style=\"margin:0; color:#555\">%1</p>").arg(sheet.subheading.toHtmlEscaped());
    h += QStringLiteral("<h2 style=\"font-size:13pt; margin-top:22pt\">%1</h2>").arg(tr("Questions to ask").toHtmlEscaped());
    if (sheet.questions.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(tr("No questions yet.").toHtmlEscaped());
    } else {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
        int n = 0;
        for (const Entry& q : sheet.questions) {
            ++n;
            h += QStringLiteral("<tr><td width=\"24\" valign=\"top\">%1.</td><td valign=\"top\">%2%3</td><td width=\"22\" valign=\"top\" "
                                "style=\"font-size:13pt\">%4</td></tr>")
                     .arg(n)
                     .arg(htmlMultiline(q.body),
                          QString((q.location.isEmpty() ? QString()
                                                : QStringLiteral("<br/><span style=\"color:#666; font-size:9pt\">%1</span>")
                                                      .arg(q.location.toHtmlEscaped())) +
                              (q.anchorText.isEmpty() ? QString()
                                                      : QStringLiteral("<br/><i style=\"color:#555\">“%1”</i>")
                                                            .arg(q.anchorText.simplified().toHtmlEscaped()))),
                          q.done ? QStringLiteral("☑") : QStringLiteral("☐"));
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<h2 style=\"font-size:13pt; margin-top:14pt\">%1</h2>").arg(tr("Notes").toHtmlEscaped());
    if (sheet.notes.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(tr("No notes yet.").toHtmlEscaped());
    for (const auto& group : byItem(sheet.notes)) {
        h += QStringLiteral("<h3 style=\"font-size:11pt; margin-bottom:2pt\">%1</h3><ul>").arg(group.first.toHtmlEscaped());
        for (const Entry& n : group.second) {
            const bool bare = n.body.isEmpty(); // a highlight with nothing written: its quote is the entry
            h += QStringLiteral("<li>%1").arg(bare ? QStringLiteral("<i>“%1”</i>").arg(n.anchorText.simplified().toHtmlEscaped())
                                                   : htmlMultiline(n.body));
            if (!n.pageLocation.isEmpty())
                h += QStringLiteral(" <span style=\"color:#666; font-size:9pt\">(%1)</span>").arg(n.pageLocation.toHtmlEscaped());
            if (!bare && !n.anchorText.isEmpty())
                h += QStringLiteral("<br/><i style=\"color:#555\">“%1”</i>").arg(n.anchorText.simplified().toHtmlEscaped());
            h += QStringLiteral("</li>");
        }
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

std::optional<QString> BriefingWriter::writePdf(const Sheet& sheet, const QString& path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    if (!print(sheet, printer))
        return tr("cannot write %1").arg(QFileInfo(path).fileName());
    return std::nullopt;
}

bool BriefingWriter::print(const Sheet& sheet, QPrinter& printer)
{
    printer.setPageMargins(QMarginsF(18, 14, 18, 16), QPageLayout::Millimeter);
    printer.setDocName(tr("Briefing: %1").arg(sheet.heading));
    printer.setCreator(QStringLiteral("Scrutineer"));

    QPainter painter;
    if (!painter.begin(&printer))
        return false;

    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution()).translated(
        -printer.pageLayout().paintRectPixels(printer.resolution()).topLeft());
    const double mm = printer.resolution() / 25.4;
    // No shaping: ligatures would turn "fi" into one glyph that PDF readers cannot search.
    QFont bodyFont(QStringLiteral("DejaVu Sans"));
    bodyFont.setStyleStrategy(QFont::PreferNoShaping);
    bodyFont.setPointSizeF(10);
    QFont headerFont = bodyFont;
    headerFont.setPointSizeF(8.5);
    const QFontMetricsF headerMetrics(headerFont, &printer);
    const double headerHeight = headerMetrics.height() + 4 * mm;
    const double footerHeight = headerMetrics.height() + 3 * mm;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&printer);
    doc.setDefaultFont(bodyFont);
    doc.setHtml(html(sheet));
    const QSizeF body(page.width(), page.height() - headerHeight - footerHeight);
    doc.setPageSize(body);
    const int pages = doc.pageCount();
    const QString headerLeft = tr("Briefing · %1").arg(sheet.heading);
    const QString headerRight = sheet.subheading.section(QStringLiteral(" · "), 0, 0);
    const QString privateText = tr("Private and confidential — councillor's own notes");

    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            printer.newPage();
        painter.save();
        painter.setFont(headerFont);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF headerRect(0, 0, page.width(), headerMetrics.height());
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter,
                         headerMetrics.elidedText(headerLeft, Qt::ElideRight, page.width() * 0.6));
        painter.drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter, headerRight);
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.3 * mm));
        painter.drawLine(QPointF(0, headerMetrics.height() + 1.5 * mm), QPointF(page.width(), headerMetrics.height() + 1.5 * mm));
        const QRectF footerRect(0, page.height() - headerMetrics.height(), page.width(), headerMetrics.height());
        painter.setPen(QColor(0x66, 0x66, 0x66));
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, privateText);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(i + 1).arg(pages));
        painter.restore();

        painter.save();
        painter.translate(0, headerHeight);
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        painter.translate(0, -i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return painter.end();
}

} // namespace scrutineer::gui
