#pragma once

#include "RecommendationStore.h"

#include <QObject>
#include <QUndoCommand>

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

// The recommendations workspace's edits go through here: it holds the GUI thread's Database and
// tells the view which recommendation changed. The undo commands below use it. GUI thread only.
class RecommendationEditor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecommendationEditor)

public:
    explicit RecommendationEditor(QObject* parent = nullptr) : QObject(parent) { }
    void setDatabase(Database* database) { m_database = database; }
    Database* database() const { return m_database; }

signals:
    // A response or update of this recommendation was recorded or taken back.
    void recommendationChanged(const QString& key);
    void failed(const QString& message);

private:
    Database* m_database = nullptr;
};

// Records a response, or a progress update, to one recommendation by hand (user data, kept apart
// from what was extracted); undo removes exactly that entry.
class RecordEntryCommand final : public QUndoCommand {
public:
    RecordEntryCommand(RecommendationEditor* editor, QString key, ResponseEntry response);
    RecordEntryCommand(RecommendationEditor* editor, QString key, UpdateEntry update);
    void redo() override;
    void undo() override;
    qint64 entryId() const { return m_entryId; }

private:
    RecommendationEditor* m_editor;
    QString m_key;
    std::optional<ResponseEntry> m_response;
    std::optional<UpdateEntry> m_update;
    qint64 m_entryId = 0;
};

// Removes a response or update an officer recorded by hand (in an earlier session too); undo
// records it again.
class RemoveEntryCommand final : public QUndoCommand {
public:
    RemoveEntryCommand(RecommendationEditor* editor, QString key, ResponseEntry response);
    RemoveEntryCommand(RecommendationEditor* editor, QString key, UpdateEntry update);
    void redo() override;
    void undo() override;

private:
    RecommendationEditor* m_editor;
    QString m_key;
    std::optional<ResponseEntry> m_response;
    std::optional<UpdateEntry> m_update;
    qint64 m_entryId = 0;
};

} // namespace scrutineer::gui
