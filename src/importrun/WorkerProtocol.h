#pragma once

#include "ImportSummary.h"

#include <QByteArray>
#include <QString>

namespace scrutineer::gui {

// The JSON lines `scrutineer-cli import --worker` writes on its standard output, one object a
// line, and what the app makes of them: a file started, pages read, scanned pages read by OCR, waiting for another
// program's lock, one file's result, the end of the run. The app writes "cancel" on the
// worker's standard input to stop it. Stateless; any thread.
class WorkerProtocol final {
public:
    struct Message {
        enum class Kind { FileStarted, Pages, OcrPages, Waiting, Result, Done, Unknown };
        Kind kind = Kind::Unknown;
        int index = 0; // FileStarted, Result: 0-based among the files the worker was given
        int count = 0;
        QString fileName;
        int done = 0; // Pages, OcrPages
        int total = 0;
        qint64 waitedMs = 0; // Waiting
        ImportFileResult result; // Result
        bool cancelled = false; // Done
    };

    static QByteArray fileStarted(int index, int count, const QString& fileName);
    static QByteArray pages(int done, int total);
    static QByteArray ocrPages(int done, int total); // pages without a text layer read by OCR
    static QByteArray waiting(qint64 waitedMs);
    static QByteArray result(int index, const ImportFileResult& result);
    static QByteArray done(bool cancelled);
    static QByteArray cancelCommand() { return QByteArrayLiteral("cancel\n"); }

    // One line (without or with its newline); Kind::Unknown when it is not one of the above.
    static Message parse(const QByteArray& line);
};

} // namespace scrutineer::gui
