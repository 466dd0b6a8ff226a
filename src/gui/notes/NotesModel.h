#pragma once

#include "Note.h"

#include <QAbstractItemModel>
#include <QList>

namespace scrutineer::gui {

// One meeting's notes in two groups, "Questions to ask" then "Notes"; questions are checkable
// (asked / not yet). The panel loads it and writes changes; the model only holds rows.
// GUI thread only.
class NotesModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role {
        IsGroupRole = Qt::UserRole + 1,
        NoteIdRole,
        IsQuestionRole,
        DocumentIdRole, // the document the note is anchored to now (0 if unknown)
        PdfPageRole,
        AnchorTextRole,
        AgendaNumberRole,
        LocationRole, // "Item 5 · Page 12"
        BodyRole,
        MarkRole, // how the note is drawn on the page: 0 none, 1 highlight or note, 2 question
    };

    struct Entry {
        Note note;
        qint64 documentId = 0;
        QString location; // "Item 4 · Page 10"
        QString pageLocation; // "Page 10"
    };

    explicit NotesModel(QObject* parent = nullptr);

    void setEntries(const QList<Entry>& entries);
    const QList<Entry>& questions() const { return m_groups[0]; }
    const QList<Entry>& notes() const { return m_groups[1]; }
    // The entry behind an index, or nullptr for groups.
    const Entry* entry(const QModelIndex& index) const;
    QModelIndex indexOfNote(qint64 noteId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // The user ticked a question as asked (or unticked it); the panel stores it.
    void doneToggled(qint64 noteId, bool done);

private:
    QList<Entry> m_groups[2];
};

} // namespace scrutineer::gui
