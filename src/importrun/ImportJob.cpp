#include "ImportJob.h"

#include "Database.h"
#include "ImportWriter.h"
#include "MeetingStore.h"
#include "PackImporter.h"
#include "TemplateStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace scrutineer::gui {
namespace {

void describeBundle(const ImportBundle& bundle, ImportFileResult& result)
{
    result.kind = toString(bundle.kind);
    result.pageCount = bundle.pageCount;
    result.pagesWithoutText = bundle.pagesWithoutText();
    result.warnings = bundle.warnings;
    result.actions = int(bundle.actions.size());
    if (bundle.documentMeetingIndex >= 0 && bundle.documentMeetingIndex < bundle.meetings.size()) {
        const Meeting& meeting = bundle.meetings.at(bundle.documentMeetingIndex);
        result.body = meeting.body;
        result.meetingDate = meeting.date;
        result.members = int(meeting.members.size());
    }
    for (const Meeting& meeting : bundle.meetings) {
        result.agendaItems += int(meeting.agendaItems.size());
        result.minutes += int(meeting.minutes.size());
        for (const Minute& minute : meeting.minutes)
            result.resolutions += int(minute.resolutions.size());
    }
}

} // namespace

ImportSummary ImportJob::run(const QStringList& files, const QString& databasePath, const std::atomic_bool& cancel,
                             const Callbacks& callbacks, const OcrOptions& ocr)
{
    QElapsedTimer total;
    total.start();
    ImportSummary summary;
    auto finish = [&](ImportFileResult result, const QElapsedTimer& timer) {
        result.elapsedMs = timer.elapsed();
        if (callbacks.fileFinished)
            callbacks.fileFinished(result);
        summary.files.append(result);
    };

    auto opened = Database::open(databasePath);
    for (int i = 0; i < files.size(); ++i) {
        QElapsedTimer timer;
        timer.start();
        ImportFileResult result;
        result.path = files.at(i);
        result.fileName = QFileInfo(result.path).fileName();
        if (cancel.load()) {
            summary.cancelled = true;
            result.status = ImportFileResult::Status::Cancelled;
            result.reason = tr("not started: the import was cancelled");
            finish(result, timer);
            continue;
        }
        if (callbacks.fileStarted)
            callbacks.fileStarted(i, int(files.size()), result.fileName);
        if (!opened) {
            result.reason = tr("the database could not be opened: %1").arg(opened.error().describe());
            finish(result, timer);
            continue;
        }
        Database& database = *opened.value();
        const QFileInfo info(result.path);
        if (!info.isFile() || !info.isReadable()) {
            result.reason = !info.exists() ? tr("the file does not exist")
                : info.isFile()            ? tr("the file cannot be read")
                                           : tr("it is not a regular file (a named pipe, socket or device)");
            finish(result, timer);
            continue;
        }
        const QByteArray sha = PackImporter::sha256(result.path);
        if (sha.isEmpty()) {
            result.reason = tr("the file cannot be read");
            finish(result, timer);
            continue;
        }
        if (auto existing = MeetingStore(database).documentBySha(QString::fromLatin1(sha))) {
            result.status = ImportFileResult::Status::AlreadyImported;
            result.documentId = existing->id;
            result.meetingId = existing->meetingId;
            result.kind = existing->kind;
            result.pageCount = existing->pageCount;
            if (auto meeting = existing->meetingId > 0 ? MeetingStore(database).meeting(existing->meetingId) : std::nullopt) {
                result.body = meeting->body;
                result.meetingDate = meeting->date;
            }
            result.reason = existing->fileName == result.fileName ? tr("already in the library")
                                                                    : tr("already in the library as %1").arg(existing->fileName);
            finish(result, timer);
            continue;
        }

        PackImporter::Options options;
        options.threads = 2;
        options.cancel = &cancel;
        options.progress = callbacks.pageProgress;
        options.templates = TemplateStore(database).all(); // the user's, as they are when the file starts
        options.sha256 = sha; // hashed once, above
        options.ocr = ocr;
        options.ocr.progress = callbacks.ocrProgress;
        auto bundle = PackImporter::run(result.path, options);
        if (!bundle || cancel.load()) {
            if (cancel.load() || bundle.error().code == Error::Code::Cancelled) {
                summary.cancelled = true;
                result.status = ImportFileResult::Status::Cancelled;
                result.reason = tr("stopped part-way: nothing of this file was kept");
            } else {
                result.reason = bundle.error().message;
            }
            finish(result, timer);
            continue;
        }
        describeBundle(bundle.value(), result);
        // The last point of no return: a cancel after this lets the whole file land.
        ImportWriter writer(database);
        writer.setWaiting(callbacks.waiting);
        writer.setCancel(&cancel);
        auto written = writer.write(bundle.value());
        if (!written && written.error().code == Error::Code::Cancelled) {
            summary.cancelled = true;
            result.status = ImportFileResult::Status::Cancelled;
            result.reason = tr("cancelled while waiting for another program: nothing of this file was kept");
            finish(result, timer);
            continue;
        }
        if (!written) {
            result.reason = tr("the database refused it: %1").arg(written.error().message);
            finish(result, timer);
            continue;
        }
        const ImportWriter::Outcome& outcome = written.value();
        result.documentId = outcome.documentId;
        result.meetingId = outcome.meetingId;
        result.notesReanchored = outcome.notesReanchored;
        switch (outcome.status) {
        case ImportWriter::Outcome::Status::Imported:
            result.status = ImportFileResult::Status::Imported;
            break;
        case ImportWriter::Outcome::Status::Replaced:
            result.status = ImportFileResult::Status::Replaced;
            result.reason = tr("replaces the earlier version %1").arg(outcome.existingFile);
            break;
        case ImportWriter::Outcome::Status::AlreadyImported:
            result.status = ImportFileResult::Status::AlreadyImported;
            result.reason = tr("already in the library as %1").arg(outcome.existingFile);
            break;
        }
        finish(result, timer);
    }
    summary.elapsedMs = total.elapsed();
    return summary;
}

} // namespace scrutineer::gui
