#pragma once

#include "MarkedRecords.h"
#include "MarkedTable.h"
#include "TableTemplate.h"
#include "layout/LayoutPage.h"
#include "marking/SpecEdits.h"
#include "tables/RegionTable.h"

#include <QDialog>

#include <memory>
#include <optional>

class QUndoStack;

namespace Ui {
class MarkTableDialog;
}

namespace scrutineer::gui {

class RegionGridModel;
class RegionPreview;

// The preview of a table the user marked: the page's marked part with the columns and rows drawn
// over it beside the grid RegionTable rebuilt, with the roles it guessed. The user says what the
// table is, moves, adds and removes column boundaries, joins and splits rows, changes a column's
// role and the number of heading lines — each undoable here — and keeps the rows, optionally as a
// template for the next packs of the same body. Reads the pages off the GUI thread. GUI thread only.
class MarkTableDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkTableDialog)

public:
    struct Input {
        qint64 documentId = 0;
        QString documentPath;
        QString fileName;
        QString body; // the document's committee, for the template
        MarkedTableSpec spec;
    };

    explicit MarkTableDialog(const Input& input, QWidget* parent = nullptr);
    ~MarkTableDialog() override;

    const Input& input() const { return m_input; }
    MarkedTableSpec spec() const { return m_spec; }
    const parse::RegionTableResult& result() const { return m_result; }
    MarkedRecords records() const;
    // The template to keep with the rows, when the user asked for one.
    std::optional<TableTemplate> templateToKeep() const;
    bool isLoaded() const { return m_loaded; }
    RegionGridModel* gridModel() const { return m_model; }
    RegionPreview* preview() const { return m_preview; }
    QUndoStack* history() const { return m_history; }

    // The edits the controls make (public for tests and the keyboard).
    void setKind(MarkedKind kind);
    void setHeadingLines(int lines); // -1: found by the reader
    void setColumnRole(int column, const QString& role);
    void moveBoundary(int index, double fraction);
    void splitColumn(int column);
    void mergeColumns(int column); // with the column on its right
    void joinRows(int first, int last);
    void splitRow(int row);
    void toggleRowStart(int page, qreal y);
    void setSpec(const MarkedTableSpec& spec, const QString& description);

signals:
    void loaded();
    void reread();

private:
    void load();
    void apply(const MarkedTableSpec& spec);
    // Pushes an edit on the undo stack, when it applies.
    void edit(const std::optional<SpecEdits::Edit>& change);
    void refresh();
    void updateControls();
    QString summary() const;
    QList<RowStart> currentRowStarts() const;
    QList<double> currentBoundaries() const;
    int currentColumn() const;
    int currentRow() const;
    friend class SpecCommand;

    std::unique_ptr<Ui::MarkTableDialog> m_ui;
    Input m_input;
    MarkedTableSpec m_spec;
    layout::LayoutDocument m_pages;
    parse::RegionTableResult m_result;
    RegionGridModel* m_model;
    RegionPreview* m_preview;
    QUndoStack* m_history;
    bool m_loaded = false;
};

} // namespace scrutineer::gui
