#pragma once

#include "ResolutionStore.h"

#include <QAbstractTableModel>

namespace scrutineer::gui {

// Every resolution of every body, one row each: body, meeting date, minute, agenda item, the
// text in one line, clause count, recorded vote and review state. GUI thread only.
class ResolutionRegisterModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolutionRegisterModel)

public:
    enum Column { BodyColumn, DateColumn, MinuteColumn, ItemColumn, ResolutionColumn, ClausesColumn, VoteColumn,
                  ReviewColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, SortRole };

    explicit ResolutionRegisterModel(QObject* parent = nullptr);

    void setRecords(QList<ResolutionStore::Record> records);
    // Replaces one row in place (after an edit), or adds it / removes it.
    void upsert(const ResolutionStore::Record& record);
    void remove(const QString& key);
    const ResolutionStore::Record& record(int row) const { return m_records.at(row); }
    int rowOf(const QString& key) const;

    static QString reviewText(const ResolutionStore::Record& record);
    // "checked by jsmith, 3 Dec", "corrected by …", "recorded by …"; empty when nobody has.
    static QString reviewStamp(const ResolutionStore::Record& record);
    static QString voteText(const std::optional<RecordedVote>& votes);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ResolutionStore::Record& r, int column) const;

    QList<ResolutionStore::Record> m_records;
};

} // namespace scrutineer::gui
