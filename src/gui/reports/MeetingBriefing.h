#pragma once

#include "ActionRecord.h"
#include "MeetingStore.h"
#include "Note.h"
#include "performance/PerformanceData.h"
#include "reports/RecommendationsSection.h"
#include "reports/ReportDocument.h"

#include <QDate>
#include <optional>

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

// The chair's briefing for one meeting: its agenda, the body's open actions (overdue first), the
// body's indicators in breach at their latest reading, the body's recommendations to chase, and the
// councillor's questions from notes, and the passages they highlighted or wrote notes on.
// gather() reads the Database (its thread); html() and document() are pure.
class MeetingBriefing final {
public:
    struct Data {
        MeetingStore::MeetingSummary meeting;
        QList<MeetingStore::AgendaEntry> agenda;
        QList<ActionRecord> openActions;
        QList<PerformanceData::Breach> breaches;
        RecommendationsSection::Outstanding recommendations;
        QList<Note> questions;
        QList<Note> pageNotes; // notes and highlights on a quoted passage, page by page
        QDate today;
    };

    static std::optional<Data> gather(Database& database, qint64 meetingId, const QDate& today = QDate::currentDate());
    static QString html(const Data& data);
    static ReportDocument document(const Data& data);
};

} // namespace scrutineer::gui
