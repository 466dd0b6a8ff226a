#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace scrutineer::gui {

// What happened to one file of an import run, as the summary dialog shows it. Value type; any thread.
struct ImportFileResult {
    enum class Status { Imported, Replaced, AlreadyImported, Refused, Cancelled };
    QString path;
    QString fileName;
    Status status = Status::Refused;
    QString reason;          // why it was refused (user-facing), or which stored file it matched
    qint64 documentId = 0;
    qint64 meetingId = 0;
    QString body;            // the meeting it was published for, when found
    QDate meetingDate;
    QString kind;            // document kind as the importer classified it
    int pageCount = 0;
    int agendaItems = 0;
    int minutes = 0;
    int resolutions = 0;
    int actions = 0;
    int members = 0;
    int notesReanchored = 0;
    QList<int> pagesWithoutText;
    QStringList warnings;
    qint64 elapsedMs = 0;
};

// The whole run: one result per file, in the order they were given.
struct ImportSummary {
    QList<ImportFileResult> files;
    bool cancelled = false;
    qint64 elapsedMs = 0;

    int count(ImportFileResult::Status status) const
    {
        int n = 0;
        for (const ImportFileResult& file : files)
            n += file.status == status ? 1 : 0;
        return n;
    }
};

} // namespace scrutineer::gui

Q_DECLARE_METATYPE(scrutineer::gui::ImportFileResult)
Q_DECLARE_METATYPE(scrutineer::gui::ImportSummary)
