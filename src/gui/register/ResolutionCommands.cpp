#include "ResolutionCommands.h"

namespace scrutineer::gui {

ResolutionSnapshot ResolutionEditor::snapshot(const QString& key) const
{
    ResolutionSnapshot s;
    s.key = key;
    if (!m_database)
        return s;
    ResolutionStore store(*m_database);
    if (const auto id = ResolutionStore::manualId(key)) {
        s.manual = true;
        s.row = store.manual(*id);
    } else {
        s.state = store.userState(key);
    }
    return s;
}

bool ResolutionEditor::apply(ResolutionSnapshot& s)
{
    if (!m_database)
        return false;
    ResolutionStore store(*m_database);
    if (!s.manual) {
        if (auto failed = store.setUserState(s.key, s.state)) {
            emit this->failed(failed->describe());
            return false;
        }
        emit changed(s.key);
        return true;
    }
    if (!s.row) {
        const auto id = ResolutionStore::manualId(s.key);
        if (!id)
            return true; // never stored: nothing to take away
        if (auto failed = store.removeManual(*id)) {
            emit this->failed(failed->describe());
            return false;
        }
        emit removed(s.key);
        return true;
    }
    const auto id = store.saveManual(*s.row);
    if (!id) {
        emit failed(id.error().describe());
        return false;
    }
    s.row->id = *id;
    s.key = ResolutionStore::manualKey(*id);
    emit changed(s.key);
    return true;
}

ResolutionEditCommand::ResolutionEditCommand(ResolutionEditor* editor, ResolutionSnapshot before, ResolutionSnapshot after,
                                             const QString& text)
    : m_editor(editor), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void ResolutionEditCommand::redo()
{
    if (!m_editor->apply(m_after)) {
        if (!m_done)
            setObsolete(true);
        return;
    }
    m_done = true;
    // A manual resolution created by this command keeps its id through undo and redo.
    if (m_after.manual && m_before.manual && !m_before.row)
        m_before.key = m_after.key;
}

void ResolutionEditCommand::undo() { m_editor->apply(m_before); }

} // namespace scrutineer::gui
