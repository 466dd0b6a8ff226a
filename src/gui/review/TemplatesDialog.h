#pragma once

#include <QDialog>

#include <memory>

class QUndoStack;

namespace Ui {
class TemplatesDialog;
}

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

class TemplateListModel;

// Lists the table templates the user taught, to rename (F2 or double-click) and delete them;
// both undoable while the dialog is open. Owns its GUI-thread Database. GUI thread only.
class TemplatesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesDialog)

public:
    explicit TemplatesDialog(std::unique_ptr<Database> database, QWidget* parent = nullptr);
    ~TemplatesDialog() override;

    TemplateListModel* model() const { return m_model; }
    QUndoStack* history() const { return m_history; }
    void selectRow(int row);
    void deleteCurrent();
    void rename(qint64 id, const QString& name);

signals:
    void templatesChanged();

private:
    void reload();

    friend class TemplateCommand;
    std::unique_ptr<Ui::TemplatesDialog> m_ui;
    std::unique_ptr<Database> m_database;
    TemplateListModel* m_model;
    QUndoStack* m_history;
};

} // namespace scrutineer::gui
