#include "LayoutCommand.h"

#include "CliSupport.h"
#include "DocumentAnalyser.h"
#include "layout/LineBuilder.h"
#include "pages/Furniture.h"
#include "pdf/PdfDocument.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace scrutineer::cli {

int LayoutCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the layout model of a PDF: lines with x/y boxes and the page "
                                        "furniture found. A tool for checking what the parsers see."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The PDF to inspect."));
    const QCommandLineOption pagesOption(QStringLiteral("pages"), tr("Page range to print, e.g. 3-5 (default: all)."),
                                         QStringLiteral("range"));
    const QCommandLineOption rawOption(QStringLiteral("raw"), tr("Print words before furniture removal."));
    const QCommandLineOption cellsOption(QStringLiteral("cells"),
                                         tr("Split each line into cells at gaps wider than N points."),
                                         QStringLiteral("points"));
    parser.addOptions({pagesOption, rawOption, cellsOption});
    if (!parseOrExit(parser, arguments))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, tr("layout takes exactly one file"));

    const QString path = parser.positionalArguments().first();
    auto opened = PdfDocument::open(path);
    if (!opened)
        return reportError(opened.error());
    const PdfDocument& pdf = *opened.value();

    int first = 1;
    int last = pdf.pageCount();
    if (parser.isSet(pagesOption)) {
        const QStringList parts = parser.value(pagesOption).split(QLatin1Char('-'));
        first = std::max(1, parts.value(0).toInt());
        last = std::min(pdf.pageCount(), parts.size() > 1 ? parts.value(1).toInt() : first);
    }
    layout::LayoutDocument document;
    document.fileName = QFileInfo(path).fileName();
    for (int i = 0; i < pdf.pageCount(); ++i)
        document.pages.append(pdf.readPage(i));
    if (!parser.isSet(rawOption))
        parse::Furniture::strip(document);
    const qreal cellGap = parser.value(cellsOption).toDouble();

    QTextStream out(stdout);
    for (int n = first; n <= last; ++n) {
        layout::LayoutPage& page = document.pages[n - 1];
        out << "=== page " << n << " size " << page.size.width() << "x" << page.size.height() << " rotation "
            << page.rotation;
        if (page.furniture.printedPage)
            out << " printed " << *page.furniture.printedPage;
        if (page.furniture.agendaStamp)
            out << " agenda-stamp " << *page.furniture.agendaStamp;
        if (page.furniture.intentionallyBlank)
            out << " blank";
        out << "\n";
        if (parser.isSet(rawOption))
            page.lines = layout::buildLines(page.words, page.number);
        for (const QString& removed : page.furniture.removedLines)
            out << "  [furniture] " << removed << "\n";
        for (const layout::LayoutWord& w : page.words) {
            if (w.vertical)
                out << QStringLiteral("  [vertical x=%1 y=%2 h=%3] ").arg(w.box.left(), 0, 'f', 1).arg(w.box.top(), 0, 'f', 1).arg(w.box.height(), 0, 'f', 1)
                    << w.text << "\n";
        }
        for (const layout::LayoutLine& line : page.lines) {
            out << QStringLiteral("  x=%1 y=%2 w=%3 h=%4 | ")
                       .arg(line.box.left(), 6, 'f', 1)
                       .arg(line.box.top(), 6, 'f', 1)
                       .arg(line.box.width(), 6, 'f', 1)
                       .arg(line.box.height(), 4, 'f', 1);
            if (cellGap > 0) {
                QStringList cells;
                for (const layout::LayoutLine& cell : line.cells(cellGap))
                    cells.append(QStringLiteral("@%1 %2").arg(cell.box.left(), 0, 'f', 0).arg(cell.text()));
                out << cells.join(QStringLiteral(" | "));
            } else {
                out << line.text();
            }
            out << "\n";
        }
    }
    return ExitOk;
}

} // namespace scrutineer::cli
