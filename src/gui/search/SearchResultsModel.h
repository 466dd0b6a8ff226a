#pragma once

#include "SearchIndex.h"

#include <QAbstractItemModel>
#include <QList>

namespace scrutineer::gui {

// Search hits grouped by meeting (newest meeting first, best hit first within a meeting):
// top-level rows are meetings, their children the hits. Read-only. GUI thread only.
class SearchResultsModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role {
        IsGroupRole = Qt::UserRole + 1,
        KindRole,        // SearchIndex::Kind as int (hits)
        KindNameRole,
        DocumentIdRole,  // qint64
        PdfPageRole,     // int, 1-based
        LocationRole,    // "Page 21 · PDF p. 23"
        TitleRole,
        SnippetHtmlRole, // snippet with <b> marks
        HighlightRole,   // the first matched words, to highlight on the page
        MeetingIdRole,
        HitCountRole,    // groups
        OcrRole,         // bool: the hit's page text was read by OCR
    };

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setHits(const QList<SearchIndex::Hit>& hits);
    void clear();
    int hitCount() const { return m_hitCount; }
    int groupCount() const { return int(m_groups.size()); }

    // The words FTS marked in a snippet (the first marked span), for highlighting on the page.
    static QString firstMarkedText(const QString& snippet);
    static QString locationText(const SearchIndex::Hit& hit);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Group {
        qint64 meetingId = 0;
        QString body;
        QDate date;
        QList<SearchIndex::Hit> hits;
    };
    QVariant groupData(const Group& group, int role) const;
    QVariant hitData(const SearchIndex::Hit& hit, int role) const;

    QList<Group> m_groups;
    int m_hitCount = 0;
};

} // namespace scrutineer::gui
