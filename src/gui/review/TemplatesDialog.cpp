#include "review/TemplatesDialog.h"

#include "Database.h"
#include "TemplateStore.h"
#include "common/UndoActions.h"
#include "review/TemplateListModel.h"
#include "ui_TemplatesDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QUndoCommand>
#include <QUndoStack>

namespace scrutineer::gui {

// A rename (old and new names) or a deletion (the whole template, put back under its id).
class TemplateCommand final : public QUndoCommand {
public:
    TemplateCommand(TemplatesDialog* dialog, TableTemplate before, std::optional<TableTemplate> after,
                    const QString& text)
        : QUndoCommand(text), m_dialog(dialog), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void redo() override { write(m_after); }
    void undo() override { write(m_before); }

private:
    void write(const std::optional<TableTemplate>& state)
    {
        TemplateStore store(*m_dialog->m_database);
        const bool exists = store.find(m_before.id).has_value();
        if (!state)
            store.remove(m_before.id);
        else if (!exists)
            store.add(*state, m_before.id);
        else
            store.rename(m_before.id, state->name);
        m_dialog->reload();
        emit m_dialog->templatesChanged();
    }

    TemplatesDialog* m_dialog;
    TableTemplate m_before;
    std::optional<TableTemplate> m_after; // none: deleted
};

TemplatesDialog::TemplatesDialog(std::unique_ptr<Database> database, QWidget* parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::TemplatesDialog>()),
      m_database(std::move(database)),
      m_model(new TemplateListModel(this)),
      m_history(new QUndoStack(this))
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("When you keep the rows of a table you marked on the page, Scrutineer keeps what you "
                                 "taught it as a template and reads the next packs of the same committee with it. Rows "
                                 "read that way say \u201cread with your template\u201d."));
    m_ui->emptyLabel->setText(tr("No templates yet. Mark a table the importer missed on a page (Edit \u2192 Mark "
                                 "Table on Page) and keep its rows."));
    m_ui->view->setModel(m_model);
    m_ui->view->verticalHeader()->hide();
    m_ui->view->horizontalHeader()->setSectionResizeMode(TemplateListModel::ColumnsColumn, QHeaderView::Stretch);
    m_ui->deleteButton->setShortcut(QKeySequence::Delete);
    UndoActions::install(m_history, this, m_ui->undoButton, m_ui->redoButton);
    m_model->setRename([this](qint64 id, const QString& name) { rename(id, name); });
    connect(m_ui->renameButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_ui->view->currentIndex();
        if (index.isValid())
            m_ui->view->edit(m_model->index(index.row(), TemplateListModel::NameColumn));
    });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &TemplatesDialog::deleteCurrent);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

TemplatesDialog::~TemplatesDialog() = default;

void TemplatesDialog::reload()
{
    const int row = m_ui->view->currentIndex().row();
    m_model->setRecords(TemplateStore(*m_database).list());
    m_ui->view->resizeColumnToContents(TemplateListModel::NameColumn);
    m_ui->view->resizeColumnToContents(TemplateListModel::BodyColumn);
    const bool any = m_model->rowCount() > 0;
    m_ui->emptyLabel->setVisible(!any);
    m_ui->renameButton->setEnabled(any);
    m_ui->deleteButton->setEnabled(any);
    if (any)
        selectRow(std::clamp(row, 0, m_model->rowCount() - 1));
}

void TemplatesDialog::selectRow(int row)
{
    m_ui->view->setCurrentIndex(m_model->index(row, TemplateListModel::NameColumn));
}

void TemplatesDialog::rename(qint64 id, const QString& name)
{
    const auto before = TemplateStore(*m_database).find(id);
    if (!before)
        return;
    TableTemplate after = *before;
    after.name = name;
    m_history->push(new TemplateCommand(this, *before, after, tr("Rename template to \u201c%1\u201d").arg(name)));
}

void TemplatesDialog::deleteCurrent()
{
    const TemplateStore::Record* record = m_model->record(m_ui->view->currentIndex().row());
    if (!record)
        return;
    m_history->push(new TemplateCommand(this, record->tableTemplate, std::nullopt,
                                        tr("Delete template \u201c%1\u201d").arg(record->tableTemplate.name)));
}

} // namespace scrutineer::gui
