#include "InspectCommand.h"

#include "CliSupport.h"
#include "PackImporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace scrutineer::cli {
namespace {

QStringList pdfFiles(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, {QStringLiteral("*.pdf"), QStringLiteral("*.PDF")}, QDir::Files,
                            QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            files += found;
        } else {
            files.append(path);
        }
    }
    return files;
}

QString pages(const PageRegion& region)
{
    return region.firstPage == region.lastPage ? tr("p. %1").arg(region.firstPage)
                                               : tr("pp. %1\u2013%2").arg(region.firstPage).arg(region.lastPage);
}

} // namespace

int InspectCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Read PDFs as an import would, without importing them, and print page by page what each stretch was "
           "read as and what was left unclaimed (tables that gave no rows, aligned columns with no known header, "
           "RESOLVED lines in no resolution, minutes with no meeting)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("files"), tr("PDF files or folders."), tr("FILE..."));
    const QCommandLineOption unclaimedOption(QStringLiteral("unclaimed"), tr("Print only what was left unclaimed."));
    parser.addOption(unclaimedOption);
    if (!parseOrExit(parser, arguments))
        return ExitUsage;
    const QStringList files = pdfFiles(parser.positionalArguments());
    if (files.isEmpty())
        return usageError(parser, tr("inspect needs at least one PDF file or folder"));

    QTextStream out(stdout);
    int worst = ExitOk;
    int unclaimedTotal = 0;
    for (const QString& file : files) {
        auto bundle = PackImporter::run(file);
        out << "== " << QFileInfo(file).fileName();
        if (!bundle) {
            out << ": " << tr("refused: %1").arg(bundle.error().describe()) << "\n";
            worst = std::max(worst, exitCodeFor(bundle.error()));
            continue;
        }
        const ImportBundle& b = bundle.value();
        out << " \u2014 " << tr("%n page(s)", b.pageCount) << ", " << toString(b.kind);
        if (!b.kindReason.isEmpty())
            out << " (" << b.kindReason << ")";
        out << "\n";
        int unclaimed = 0;
        for (const PageRegion& region : b.regions) {
            if (!region.claimed)
                ++unclaimed;
            if (parser.isSet(unclaimedOption) && region.claimed)
                continue;
            out << "  " << pages(region).leftJustified(11) << (region.claimed ? "  " : "! ") << region.kind;
            if (!region.detail.isEmpty())
                out << ": " << region.detail;
            if (region.claimed && region.confidence < 0.999)
                out << tr(" [confidence %1]").arg(region.confidence, 0, 'f', 2);
            out << "\n";
        }
        out << "  "
            << tr("%n meeting(s), %1 agenda items, %2 minutes, %3 actions, %4 indicators, %5 readings; "
                  "%6 unclaimed",
                  int(b.meetings.size()))
                   .arg([&] {
                       int n = 0;
                       for (const Meeting& m : b.meetings)
                           n += int(m.agendaItems.size());
                       return n;
                   }())
                   .arg([&] {
                       int n = 0;
                       for (const Meeting& m : b.meetings)
                           n += int(m.minutes.size());
                       return n;
                   }())
                   .arg(b.actions.size())
                   .arg(b.indicators.size())
                   .arg(b.readings.size())
                   .arg(unclaimed)
            << "\n";
        unclaimedTotal += unclaimed;
    }
    if (files.size() > 1)
        out << tr("%n file(s), %1 unclaimed in all", int(files.size())).arg(unclaimedTotal) << "\n";
    return worst;
}

} // namespace scrutineer::cli
