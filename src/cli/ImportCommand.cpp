#include "ImportCommand.h"

#include "CliSupport.h"
#include "Database.h"
#include "ImportProgress.h"
#include "ImportWorkerMode.h"
#include "ImportWriter.h"
#include "launcher/LargePageHeap.h"
#include "lexicon/Lexicon.h"
#include "Log.h"
#include "OverlappedImport.h"
#include "PackImporter.h"
#include "TemplateStore.h"

#include <QDirIterator>
#include <QFileInfo>

#include <future>

#include <thread>
#include <utility>

namespace scrutineer::cli {
namespace {

// Files named on the command line, with folders expanded to the PDFs inside them.
QStringList expandInputs(const QStringList& inputs)
{
    QStringList files;
    for (const QString& input : inputs) {
        const QFileInfo info(input);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(input, {QStringLiteral("*.pdf"), QStringLiteral("*.PDF")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            files += found;
        } else {
            files.append(input);
        }
    }
    return files;
}

QString summary(const ImportBundle& bundle)
{
    int agenda = 0;
    int minutes = 0;
    for (const Meeting& m : bundle.meetings) {
        agenda += int(m.agendaItems.size());
        minutes += int(m.minutes.size());
    }
    QString meeting;
    if (bundle.documentMeetingIndex >= 0) {
        const Meeting& m = bundle.meetings.at(bundle.documentMeetingIndex);
        meeting = QStringLiteral("%1 %2").arg(m.date.isValid() ? m.date.toString(Qt::ISODate) : tr("(date unknown)"),
                                              m.body.isEmpty() ? tr("(body unknown)") : m.body);
    } else {
        meeting = tr("no meeting recognised");
    }
    return tr("%1 pages, %2; %3 agenda items, %4 minutes, %5 actions, %6 indicators")
        .arg(bundle.pageCount)
        .arg(meeting)
        .arg(agenda)
        .arg(minutes)
        .arg(bundle.actions.size())
        .arg(bundle.indicators.size());
}

} // namespace

int ImportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import agenda packs, supplements and minutes. Each file is imported in one transaction: it lands whole "
           "or not at all. A file whose SHA-256 is already in the database is skipped; a new version of a stored "
           "document replaces it and keeps your notes."));
    parser.addHelpOption();
    CommonOptions common;
    common.addTo(parser);
    QCommandLineOption worker(
        QStringLiteral("worker"),
        tr("Run as the app's import worker: progress and results as JSON lines on standard output, "
           "'cancel' on standard input stops."));
    worker.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(worker);
    const QCommandLineOption noOcr(QStringLiteral("no-ocr"),
                                   tr("Do not read pages without a text layer with OCR: such pages stay unsearchable "
                                      "and a file with no text layer at all is refused."));
    parser.addOption(noOcr);
    QCommandLineOption ocrCache(QStringLiteral("ocr-cache"),
                                tr("Keep OCR results in FOLDER instead of the user's cache folder."),
                                QStringLiteral("FOLDER"));
    parser.addOption(ocrCache);
    parser.addPositionalArgument(QStringLiteral("files"), tr("PDF files or folders of PDFs."),
                                 QStringLiteral("FILE..."));
    if (!parseOrExit(parser, arguments))
        return ExitUsage;
    common.applyLogging(parser);
    if (LargePageHeap::active())
        log::debug(QStringLiteral("malloc asked for 2 MB pages for this import (GLIBC_TUNABLES)"));
    // The lexicon is read on a thread of its own while the database opens. Its patterns compile on
    // first use: a document uses 55-75 % of them, and compiling them all ahead cost more than it saved.
    const std::jthread loading([] { (void)parse::Lexicon::instance(); });
    if (parser.isSet(worker)) { // the app's worker: files as the app expanded them, one result each
        OcrOptions ocr;
        ocr.enabled = !parser.isSet(noOcr);
        ocr.cacheFolder = parser.value(ocrCache);
        return ImportWorkerMode::run(parser.positionalArguments(), common.databasePath(parser), ocr);
    }
    const QStringList files = expandInputs(parser.positionalArguments());
    if (files.isEmpty())
        return usageError(parser, tr("import needs at least one file"));

    // Each file is hashed on a thread of its own while the step before it runs: the first while
    // the library opens (or is created), each next one while the one before is imported.
    const auto hashAhead = [&files](qsizetype index) {
        return index < files.size() ? std::async(std::launch::async, &PackImporter::sha256, files.at(index))
                                    : std::future<QByteArray>();
    };
    std::future<QByteArray> hashing = hashAhead(0);
    auto database = Database::open(common.databasePath(parser));
    if (!database)
        return reportError(database.error());
    ImportWriter writer(*database.value());
    QTextStream err(stderr);
    bool toldWaiting = false;
    writer.setWaiting([&](qint64 waitedMs) {
        // Once per file: another program (the app, another import) is writing.
        if (std::exchange(toldWaiting, true))
            return;
        err << tr("Waiting for another program to finish writing to the database (%1 ms so far)…").arg(waitedMs)
            << "\n";
        err.flush();
    });
    // What the user taught by marking tables reads the packs of the same bodies.
    PackImporter::Options options;
    options.templates = TemplateStore(*database.value()).all();
    QTextStream out(stdout);
    int worst = ExitOk;
    options.ocr.enabled = !parser.isSet(noOcr);
    options.ocr.cacheFolder = parser.value(ocrCache);
    for (qsizetype index = 0; index < files.size(); ++index) {
        const QString& file = files.at(index);
        const QString name = QFileInfo(file).fileName();
        // An unchanged file costs only its hash: skipped before it is read (the write checks
        // again under the lock, for a copy another program is importing at this moment).
        options.sha256 = hashing.get(); // hashed once: the bundle takes it from here
        hashing = hashAhead(index + 1);
        if (const QByteArray& sha = options.sha256; !sha.isEmpty()) {
            auto known = writer.existing(sha);
            if (!known) {
                worst = std::max(worst, reportError(known.error()));
                continue;
            }
            if (known.value()) {
                log::debug(QStringLiteral("%1: unchanged (SHA-256 %2 stored), not read again")
                               .arg(name, QString::fromLatin1(sha)));
                out << tr("Skipped %1: already imported (same SHA-256 as %2); nothing changed.")
                           .arg(name, known.value()->fileName)
                    << "\n";
                out.flush();
                continue;
            }
        }
        ImportProgress progress(name);
        options.progress = progress.callback();
        // The pages are written while the rest of the file is analysed, in the file's one transaction.
        auto bundle = OverlappedImport::run(file, options, writer);
        progress.finish();
        if (!bundle) {
            worst = std::max(worst, reportError(bundle.error()));
            continue;
        }
        toldWaiting = false;
        auto outcome = writer.write(bundle.value());
        if (!outcome) {
            worst = std::max(worst, reportError(outcome.error()));
            continue;
        }
        switch (outcome->status) {
        case ImportWriter::Outcome::Status::AlreadyImported:
            out << tr("Skipped %1: already imported (same SHA-256 as %2); nothing changed.")
                       .arg(name, outcome->existingFile)
                << "\n";
            break;
        case ImportWriter::Outcome::Status::Replaced:
            out << tr("Imported %1, replacing %2: %3; %n note(s) kept.", int(outcome->notesReanchored))
                       .arg(name, outcome->existingFile, summary(bundle.value()))
                << "\n";
            break;
        case ImportWriter::Outcome::Status::Imported:
            out << tr("Imported %1: %2").arg(name, summary(bundle.value())) << "\n";
            break;
        }
        for (const QString& warning : bundle->warnings)
            out << "  " << tr("note: %1").arg(warning) << "\n";
        out.flush();
    }
    return worst;
}

} // namespace scrutineer::cli
