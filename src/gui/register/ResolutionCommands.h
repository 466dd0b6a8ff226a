#pragma once

#include "ResolutionStore.h"

#include <QObject>
#include <QUndoCommand>

#include <optional>

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

// What the user has made of one resolution at one moment: the review of an extracted one, or a
// manual one's row (none = not there). Undo and redo swap snapshots.
struct ResolutionSnapshot {
    QString key;
    bool manual = false;
    ResolutionStore::UserState state;
    std::optional<ResolutionStore::Manual> row;
};

// The register's edits go through here: it holds the GUI thread's Database, writes snapshots
// and tells the view which resolution changed. GUI thread only.
class ResolutionEditor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolutionEditor)

public:
    explicit ResolutionEditor(QObject* parent = nullptr) : QObject(parent) {}
    void setDatabase(Database* database) { m_database = database; }
    Database* database() const { return m_database; }

    // The current snapshot of a resolution (by key).
    ResolutionSnapshot snapshot(const QString& key) const;
    // Writes a snapshot; a new manual row gets its id (and key) filled in. False on failure.
    bool apply(ResolutionSnapshot& snapshot);

signals:
    void changed(const QString& key);
    void removed(const QString& key);
    void failed(const QString& message);

private:
    Database* m_database = nullptr;
};

// One undoable edit of the register: create, edit, check, correct or record a vote.
class ResolutionEditCommand final : public QUndoCommand {
public:
    ResolutionEditCommand(ResolutionEditor* editor, ResolutionSnapshot before, ResolutionSnapshot after, const QString& text);
    void redo() override;
    void undo() override;
    QString key() const { return m_after.key; }

private:
    ResolutionEditor* m_editor;
    ResolutionSnapshot m_before;
    ResolutionSnapshot m_after;
    bool m_done = false;
};

} // namespace scrutineer::gui
