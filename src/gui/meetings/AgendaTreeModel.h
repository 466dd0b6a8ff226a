#pragma once

#include "ActionRecord.h"
#include "MeetingStore.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace scrutineer::gui {

// One meeting's business as a tree: agenda items with their reports, the minutes that record
// them and the resolutions taken; then minutes not tied to an item, the meeting's actions and
// its documents. Every row knows the document and page to open and the words to highlight.
// GUI thread only.
class AgendaTreeModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaTreeModel)

public:
    enum Column { TitleColumn, PagesColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, DocumentIdRole, PdfPageRole, HighlightRole, AgendaNumberRole };
    enum class Kind { Item, Report, Minute, Resolution, Action, Document, Section };
    Q_ENUM(Kind)

    // What the tree is built from: the store's rows for one meeting.
    struct Input {
        QList<MeetingStore::DocumentSummary> documents;
        QList<MeetingStore::AgendaEntry> agenda;
        QList<MeetingStore::MinuteEntry> minutes;
        QHash<qint64, QString> minuteItems; // minute id -> agenda item it records
        QList<ActionRecord> actions;
        QHash<qint64, QHash<int, int>> packPages; // document id -> pdf page -> pack page
    };

    explicit AgendaTreeModel(QObject* parent = nullptr);

    void setMeeting(const Input& input);
    void clear();
    // First row of a kind whose title contains the text (case-insensitive), for tests and search.
    QModelIndex find(Kind kind, const QString& text) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Node {
        Kind kind = Kind::Section;
        QString title;
        QString pages;
        QString tooltip;
        qint64 documentId = 0;
        int pdfPage = 0;
        QString highlight;
        QString agendaNumber;
        bool muted = false; // exempt items, completed actions
        int parent = -1;
        int row = 0;
        QList<int> children;
    };

    int add(Node node, int parent);
    void addMinute(const MeetingStore::MinuteEntry& minute, int parent, const QString& agendaNumber);
    void addActions(const QList<ActionRecord>& actions);
    void addDocuments(const QList<MeetingStore::DocumentSummary>& documents);
    QVariant nodeData(const Node& node, int column, int role) const;

    std::vector<Node> m_nodes; // m_nodes[0] is the invisible root
};

} // namespace scrutineer::gui
