#include "ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>
#include <QTextOption>

namespace scrutineer::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("ReportDocument", text); }

const QString kFontFamily = QStringLiteral("DejaVu Sans");

struct PageGeometry {
    QRectF page;        // paintable area, origin at its top left
    double header = 0;  // height reserved above the body
    double footer = 0;  // and below it
    QFont furnitureFont;
};

PageGeometry geometry(QPrinter& printer)
{
    PageGeometry g;
    const QRect paint = printer.pageLayout().paintRectPixels(printer.resolution());
    g.page = QRectF(0, 0, paint.width(), paint.height());
    g.furnitureFont = QFont(kFontFamily);
    g.furnitureFont.setPointSizeF(8);
    const QFontMetricsF metrics(g.furnitureFont, &printer);
    const double mm = printer.resolution() / 25.4;
    g.header = metrics.height() + 5 * mm;
    g.footer = metrics.height() + 4 * mm;
    return g;
}

void setUp(QTextDocument& doc, QPrinter& printer, const PageGeometry& g, const QString& html)
{
    doc.documentLayout()->setPaintDevice(&printer);
    QFont font(kFontFamily);
    font.setPointSizeF(9.5);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(ReportDocument::styleSheet());
    // Lines break between words only: a word wider than its column widens the column rather
    // than being cut ("Decembe" / "r"). The default also breaks anywhere inside a word.
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    doc.setDefaultTextOption(option);
    doc.setHtml(html);
    doc.setPageSize(QSizeF(g.page.width(), g.page.height() - g.header - g.footer));
}

} // namespace

ReportDocument::ReportDocument(QString title, QString subtitle, QString html)
    : m_title(std::move(title)), m_subtitle(std::move(subtitle)), m_html(std::move(html))
{
}

void ReportDocument::setUpPrinter(QPrinter& printer) const
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(16, 12, 16, 12), QPageLayout::Millimeter);
    printer.setDocName(m_title);
    printer.setCreator(QStringLiteral("Scrutineer"));
}

QString ReportDocument::escape(const QString& text) { return text.toHtmlEscaped(); }

QString ReportDocument::styleSheet()
{
    return QStringLiteral(
        "h1 { font-size: 16pt; margin-bottom: 2pt; }"
        "h2 { font-size: 12.5pt; margin-top: 12pt; margin-bottom: 4pt; color: #1d3557; }"
        "h3 { font-size: 10.5pt; margin-top: 8pt; margin-bottom: 3pt; }"
        "p.meta { color: #555555; margin-top: 0; }"
        "p.empty { color: #555555; font-style: italic; }"
        "table.grid { border-collapse: collapse; }"
        "table.grid th { background-color: #e8ecf1; text-align: left; font-weight: bold; }"
        "td.late { color: #a4161a; font-weight: bold; }"
        "span.red { color: #a4161a; font-weight: bold; }"
        "span.amber { color: #9c6500; font-weight: bold; }"
        "span.green { color: #1b6b3a; font-weight: bold; }"
        "span.muted { color: #666666; }");
}

int ReportDocument::pageCount(QPrinter& printer) const
{
    const PageGeometry g = geometry(printer);
    QTextDocument doc;
    setUp(doc, printer, g, m_html);
    return doc.pageCount();
}

std::optional<QString> ReportDocument::print(QPrinter& printer) const
{
    const PageGeometry g = geometry(printer);
    QTextDocument doc;
    setUp(doc, printer, g, m_html);
    QPainter painter;
    if (!painter.begin(&printer))
        return tr("the printer could not start");
    const int pages = doc.pageCount();
    const double bodyHeight = g.page.height() - g.header - g.footer;
    const QFontMetricsF metrics(g.furnitureFont, &printer);
    const QString printed = tr("Printed %1 · Scrutineer").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !printer.newPage())
            return tr("the printer refused a new page");
        painter.save();
        painter.setFont(g.furnitureFont);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF top(0, 0, g.page.width(), metrics.height());
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(m_title, Qt::ElideRight, g.page.width() * 0.6));
        painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(m_subtitle, Qt::ElideLeft, g.page.width() * 0.38));
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0));
        painter.drawLine(QPointF(0, metrics.height() + 1), QPointF(g.page.width(), metrics.height() + 1));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF bottom(0, g.page.height() - metrics.height(), g.page.width(), metrics.height());
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter, printed);
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(i + 1).arg(pages));
        painter.restore();

        painter.save();
        painter.translate(0, g.header - i * bodyHeight);
        const QRectF clip(0, i * bodyHeight, g.page.width(), bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end())
        return tr("the printer could not finish the report");
    return std::nullopt;
}

std::optional<QString> ReportDocument::writePdf(const QString& path) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    setUpPrinter(printer);
    if (auto failed = print(printer))
        return tr("cannot write %1: %2").arg(QFileInfo(path).fileName(), *failed);
    return std::nullopt;
}

} // namespace scrutineer::gui
