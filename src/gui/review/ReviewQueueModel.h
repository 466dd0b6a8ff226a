#pragma once

#include "ReviewQueue.h"

#include <QAbstractTableModel>

namespace scrutineer::gui {

// The review queue as a table: what needs a person, what it is about, the meeting and the page,
// and (when closed entries are shown) whether it was accepted or dismissed. GUI thread only.
class ReviewQueueModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueueModel)

public:
    enum Column { KindColumn, WhatColumn, MeetingColumn, PageColumn, StateColumn, ColumnCount };

    explicit ReviewQueueModel(QObject* parent = nullptr) : QAbstractTableModel(parent) { }

    void setEntries(const QList<ReviewEntry>& entries);
    const QList<ReviewEntry>& entries() const { return m_entries; }
    const ReviewEntry* entry(int row) const;
    int rowOf(const QString& key) const;
    int openCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(const ReviewEntry& entry);
    static QString whatText(const ReviewEntry& entry);
    // Where it is: the body, the meeting's date and the page.
    static QString contextText(const ReviewEntry& entry);

private:
    QList<ReviewEntry> m_entries;
};

} // namespace scrutineer::gui
