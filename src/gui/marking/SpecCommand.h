#pragma once

#include "MarkedTable.h"

#include <QUndoCommand>

namespace scrutineer::gui {

class MarkTableDialog;

// One edit of a marked table's reading in the mark-table dialog's undo history: the whole spec
// before and after, applied to the dialog. GUI thread only.
class SpecCommand final : public QUndoCommand {
public:
    SpecCommand(MarkTableDialog* dialog, MarkedTableSpec before, MarkedTableSpec after, const QString& text);
    void redo() override;
    void undo() override;

private:
    MarkTableDialog* m_dialog;
    MarkedTableSpec m_before;
    MarkedTableSpec m_after;
};

} // namespace scrutineer::gui
