#include "WorkerProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace scrutineer::gui {
namespace {

QByteArray line(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

const char* statusName(ImportFileResult::Status status)
{
    switch (status) {
    case ImportFileResult::Status::Imported:
        return "imported";
    case ImportFileResult::Status::Replaced:
        return "replaced";
    case ImportFileResult::Status::AlreadyImported:
        return "already-imported";
    case ImportFileResult::Status::Cancelled:
        return "cancelled";
    case ImportFileResult::Status::Refused:
        break;
    }
    return "refused";
}

ImportFileResult::Status statusFrom(const QString& name)
{
    using Status = ImportFileResult::Status;
    for (Status status : {Status::Imported, Status::Replaced, Status::AlreadyImported, Status::Cancelled}) {
        if (name == QLatin1String(statusName(status)))
            return status;
    }
    return Status::Refused;
}

} // namespace

QByteArray WorkerProtocol::fileStarted(int index, int count, const QString& fileName)
{
    return line({{QStringLiteral("event"), QStringLiteral("file")},
                 {QStringLiteral("index"), index},
                 {QStringLiteral("count"), count},
                 {QStringLiteral("name"), fileName}});
}

QByteArray WorkerProtocol::pages(int done, int total)
{
    return line({{QStringLiteral("event"), QStringLiteral("pages")},
                 {QStringLiteral("done"), done},
                 {QStringLiteral("total"), total}});
}

QByteArray WorkerProtocol::ocrPages(int done, int total)
{
    return line({{QStringLiteral("event"), QStringLiteral("ocr-pages")},
                 {QStringLiteral("done"), done},
                 {QStringLiteral("total"), total}});
}

QByteArray WorkerProtocol::waiting(qint64 waitedMs)
{
    return line({{QStringLiteral("event"), QStringLiteral("waiting")}, {QStringLiteral("ms"), waitedMs}});
}

QByteArray WorkerProtocol::result(int index, const ImportFileResult& r)
{
    QJsonArray pagesWithoutText;
    for (int page : r.pagesWithoutText)
        pagesWithoutText.append(page);
    return line({{QStringLiteral("event"), QStringLiteral("result")},
                 {QStringLiteral("index"), index},
                 {QStringLiteral("name"), r.fileName},
                 {QStringLiteral("status"), QLatin1String(statusName(r.status))},
                 {QStringLiteral("reason"), r.reason},
                 {QStringLiteral("document_id"), r.documentId},
                 {QStringLiteral("meeting_id"), r.meetingId},
                 {QStringLiteral("body"), r.body},
                 {QStringLiteral("meeting_date"), r.meetingDate.toString(Qt::ISODate)},
                 {QStringLiteral("kind"), r.kind},
                 {QStringLiteral("pages"), r.pageCount},
                 {QStringLiteral("agenda_items"), r.agendaItems},
                 {QStringLiteral("minutes"), r.minutes},
                 {QStringLiteral("resolutions"), r.resolutions},
                 {QStringLiteral("actions"), r.actions},
                 {QStringLiteral("members"), r.members},
                 {QStringLiteral("notes_reanchored"), r.notesReanchored},
                 {QStringLiteral("pages_without_text"), pagesWithoutText},
                 {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
                 {QStringLiteral("elapsed_ms"), r.elapsedMs}});
}

QByteArray WorkerProtocol::done(bool cancelled)
{
    return line({{QStringLiteral("event"), QStringLiteral("done")}, {QStringLiteral("cancelled"), cancelled}});
}

WorkerProtocol::Message WorkerProtocol::parse(const QByteArray& text)
{
    Message message;
    const QJsonObject o = QJsonDocument::fromJson(text.trimmed()).object();
    const QString event = o.value(QStringLiteral("event")).toString();
    message.index = o.value(QStringLiteral("index")).toInt();
    message.fileName = o.value(QStringLiteral("name")).toString();
    if (event == QLatin1String("file")) {
        message.kind = Message::Kind::FileStarted;
        message.count = o.value(QStringLiteral("count")).toInt();
    } else if (event == QLatin1String("pages")) {
        message.kind = Message::Kind::Pages;
        message.done = o.value(QStringLiteral("done")).toInt();
        message.total = o.value(QStringLiteral("total")).toInt();
    } else if (event == QLatin1String("ocr-pages")) {
        message.kind = Message::Kind::OcrPages;
        message.done = o.value(QStringLiteral("done")).toInt();
        message.total = o.value(QStringLiteral("total")).toInt();
    } else if (event == QLatin1String("waiting")) {
        message.kind = Message::Kind::Waiting;
        message.waitedMs = o.value(QStringLiteral("ms")).toInteger();
    } else if (event == QLatin1String("result")) {
        message.kind = Message::Kind::Result;
        ImportFileResult& r = message.result;
        r.fileName = message.fileName;
        r.status = statusFrom(o.value(QStringLiteral("status")).toString());
        r.reason = o.value(QStringLiteral("reason")).toString();
        r.documentId = o.value(QStringLiteral("document_id")).toInteger();
        r.meetingId = o.value(QStringLiteral("meeting_id")).toInteger();
        r.body = o.value(QStringLiteral("body")).toString();
        r.meetingDate = QDate::fromString(o.value(QStringLiteral("meeting_date")).toString(), Qt::ISODate);
        r.kind = o.value(QStringLiteral("kind")).toString();
        r.pageCount = o.value(QStringLiteral("pages")).toInt();
        r.agendaItems = o.value(QStringLiteral("agenda_items")).toInt();
        r.minutes = o.value(QStringLiteral("minutes")).toInt();
        r.resolutions = o.value(QStringLiteral("resolutions")).toInt();
        r.actions = o.value(QStringLiteral("actions")).toInt();
        r.members = o.value(QStringLiteral("members")).toInt();
        r.notesReanchored = o.value(QStringLiteral("notes_reanchored")).toInt();
        for (const auto& page : o.value(QStringLiteral("pages_without_text")).toArray())
            r.pagesWithoutText.append(page.toInt());
        for (const auto& warning : o.value(QStringLiteral("warnings")).toArray())
            r.warnings.append(warning.toString());
        r.elapsedMs = o.value(QStringLiteral("elapsed_ms")).toInteger();
    } else if (event == QLatin1String("done")) {
        message.kind = Message::Kind::Done;
        message.cancelled = o.value(QStringLiteral("cancelled")).toBool();
    }
    return message;
}

} // namespace scrutineer::gui
