#pragma once

#include "RecommendationStore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace scrutineer::gui {

// Every recommendation the store knows, one row each, with the executive's response and the
// latest progress; a red dot on what awaits a response too long, amber on what was accepted with
// no progress since. Dates sort chronologically (SortRole). GUI thread only.
class RecommendationTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecommendationTableModel)

public:
    enum Column {
        NumberColumn,
        TextColumn,
        MadeByColumn,
        MadeColumn,
        ResponseColumn,
        RespondedColumn,
        LeadColumn,
        DueColumn,
        ProgressColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role { KeyRole = Qt::UserRole + 1, SortRole, ChaseRole };

    explicit RecommendationTableModel(QObject* parent = nullptr);

    void setRecords(QList<RecommendationRecord> records);
    // Replaces one recommendation's row (after an entry by hand) without a reset.
    void updateRecord(const RecommendationRecord& record);
    const RecommendationRecord& record(int row) const { return m_records.at(row); }
    const QList<RecommendationRecord>& records() const { return m_records; }
    int rowOf(const QString& key) const;

    // "Today" for how long a response has been awaited (tests fix it).
    void setToday(const QDate& today);
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const RecommendationRecord& r, int column) const;
    QVariant sortValue(const RecommendationRecord& r, int column) const;
    QVariant toolTip(const RecommendationRecord& r, int column) const;

    QList<RecommendationRecord> m_records;
    QDate m_today = QDate::currentDate();
};

} // namespace scrutineer::gui
