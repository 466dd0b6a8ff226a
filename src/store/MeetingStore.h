#pragma once

#include "ActionRecord.h"
#include "Database.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QTime>

#include <utility>

namespace scrutineer {

// Read side for meetings and what hangs off them (documents, agenda items, minutes), shaped for
// lists and trees. Thread of the Database.
class MeetingStore final {
public:
    struct MeetingSummary {
        qint64 id = 0;
        QString authority;
        QString body;
        qint64 bodyId = 0; // 0 when the body was not recognised
        QDate date;
        QTime time;
        QString venue;
        int documents = 0;
        int agendaItems = 0;
        int minutes = 0;
        int openActions = 0; // actions.open
        OpenActionCount actions; // open actions first raised here, and what was left out and why
    };
    struct DocumentSummary {
        qint64 id = 0;
        qint64 meetingId = 0;
        QString fileName;
        QString filePath;
        QString sha256;
        QString kind;
        int pageCount = 0;
    };
    struct AgendaEntry {
        qint64 id = 0;
        qint64 documentId = 0;
        QString number;
        QString title;
        QString reportOf;
        int pdfFirst = 0; // 0 when unknown
        int pdfLast = 0;
        int packFirst = 0;
        int packLast = 0;
        bool exempt = false;
    };
    struct MinuteEntry {
        qint64 id = 0;
        qint64 documentId = 0;
        QString number;
        QString title;
        int pdfPage = 0;
        QStringList resolutions; // resolution texts
        QString itemMethod; // how its agenda item was found (Minute::itemMethod); empty = unknown
    };

    explicit MeetingStore(Database& database) : m_database(database) { }

    QList<MeetingSummary> meetings() const;
    QList<DocumentSummary> documents(qint64 meetingId) const;
    std::optional<DocumentSummary> document(qint64 documentId) const;
    // Every document's agenda items as printed, in document order (an item printed by the front
    // sheet and the reports pack appears twice).
    QList<AgendaEntry> agenda(qint64 meetingId) const;
    // The meeting's agenda with each item once, at the place that holds its papers (AgendaMerger).
    QList<AgendaEntry> mergedAgenda(qint64 meetingId) const;
    QList<MinuteEntry> minutes(qint64 meetingId) const;
    // Printed pack page for a physical page, when known.
    std::optional<int> packPage(qint64 documentId, int pdfPage) const;
    // The stored document with this SHA-256 (lower-case hex), if the file was imported before.
    std::optional<DocumentSummary> documentBySha(const QString& sha256) const;
    // One meeting's summary (as meetings() gives it), without reading every meeting.
    std::optional<MeetingSummary> meeting(qint64 meetingId) const;
    // Names of the bodies that have at least one meeting, sorted (a cheap list for filters).
    QStringList bodyNames() const;
    // The first and last dates of the library's meetings (both invalid when no meeting is dated).
    std::pair<QDate, QDate> meetingDateRange() const;

    // Printed pack page of every page of a document that has one (1-based PDF page -> pack page).
    QHash<int, int> packPages(qint64 documentId) const;
    // pdf page -> mean OCR confidence (0..1) for the pages whose text was read by OCR.
    QHash<int, double> ocrPages(qint64 documentId) const;
    // The agenda item each minute of a meeting records, as the minutes say ("6", "Item 6"), by
    // minute id; minutes that name no item are left out.
    QHash<qint64, QString> minuteItems(qint64 meetingId) const;

    // Whether any meeting is stored (cheap: for the first-run state before the list loads).
    bool hasMeetings() const;

private:
    Database& m_database;
};

} // namespace scrutineer
