#pragma once

#include "ActionRecord.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace scrutineer::gui {

// Every action the store knows, one row each, with its RAG (a dot in the Status column; a tint
// behind it and bold lateness only for what needs attention now) and how late it is. Sorts dates and lateness by value
// (SortRole). GUI thread only.
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
    // Whether a row is coloured: open, reported on recently, and late by a year at most, or at risk
    // or off track.
    bool needsAttention(const ActionRecord& r) const;

    // "Today" for lateness and RAG (tests fix it).
    void setToday(const QDate& today);
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ActionRecord& r, int column) const;
    QVariant sortValue(int row, int column) const;

    QList<ActionRecord> m_records;
    QDate m_today = QDate::currentDate();
};

} // namespace scrutineer::gui
