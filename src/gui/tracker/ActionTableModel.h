#pragma once

#include "ActionRecord.h"
#include "MeetingStore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace scrutineer::gui {

// Every action the store knows, one row each, with its RAG (a dot in the Status column; a tint
// behind it and bold lateness only for what needs attention now: late by a year at most, at risk
// or off track, or due before its committee's next meeting) and how late it is. Sorts dates and
// lateness by value (SortRole). GUI thread only.
class ActionTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionTableModel)

public:
    enum Column {
        RefColumn,
        ActionColumn,
        BodyColumn,
        OwnerColumn,
        StatusColumn,
        DueColumn,
        OverdueColumn,
        OriginColumn,
        MeetingColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, KeyRole, RagRole };

    explicit ActionTableModel(QObject* parent = nullptr);

    void setRecords(QList<ActionRecord> records);
    // Replaces the rows of these actions (after a status change) without a reset.
    void updateRecords(const QList<ActionRecord>& records);
    const ActionRecord& record(int row) const { return m_records.at(row); }
    const QList<ActionRecord>& records() const { return m_records; }
    int rowOf(qint64 actionId) const;

    // Overdue by up to this many days is recent enough to be coloured as needing attention.
    static constexpr int kRecentDays = 365;
    // Whether a row is coloured: open, reported on recently, and late by a year at most, at risk
    // or off track, or due before the next meeting of its body.
    bool needsAttention(const ActionRecord& r) const;

    // The dates of every meeting the store knows, by body: what "the next meeting" is.
    void setMeetings(const QList<MeetingStore::MeetingSummary>& meetings);
    // The body's first meeting on or after today; invalid when none is known.
    QDate nextMeeting(const QString& body) const;
    // Open, reported on recently, not yet late, and due on or before the body's next meeting.
    bool dueBeforeNextMeeting(const ActionRecord& r) const;

    // "Today" for lateness and RAG (tests fix it).
    void setToday(const QDate& today);
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ActionRecord& r, int column) const;
    // What explains a cell beyond what it shows (empty when nothing does).
    QString toolTip(const ActionRecord& r, int column) const;
    QVariant sortValue(int row, int column) const;

    QList<ActionRecord> m_records;
    QHash<QString, QList<QDate>> m_meetingDates; // case-folded body -> its meetings' dates
    QDate m_today = QDate::currentDate();
};

} // namespace scrutineer::gui
