#include "marking/SpecCommand.h"

#include "marking/MarkTableDialog.h"

namespace scrutineer::gui {

SpecCommand::SpecCommand(MarkTableDialog* dialog, MarkedTableSpec before, MarkedTableSpec after, const QString& text)
    : QUndoCommand(text), m_dialog(dialog), m_before(std::move(before)), m_after(std::move(after))
{
}

void SpecCommand::redo()
{
    m_dialog->apply(m_after);
}

void SpecCommand::undo()
{
    m_dialog->apply(m_before);
}

} // namespace scrutineer::gui
