#pragma once

#include "MeetingStore.h"
#include "Note.h"
#include "notes/BriefingWriter.h"

#include <QRectF>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class QAbstractItemModel;
class QModelIndex;

namespace Ui {
class NotesPanel;
}

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

class NoteEditor;
class NotesModel;

// The councillor's private notes and "questions to ask" for one meeting: add, edit, tick off,
// delete, open the page a note is anchored to, and export a briefing sheet (Markdown or PDF).
// Owns its own Database connection on the GUI thread (small, quick writes). GUI thread only.
class NotesPanel : public QWidget {
    Q_OBJECT

public:
    explicit NotesPanel(QWidget* parent = nullptr);
    ~NotesPanel() override;

    void setDatabasePath(const QString& path);
    QString databasePath() const { return m_databasePath; }
    qint64 meetingId() const { return m_meetingId; }

    // Notes (top level "Notes" and "Questions to ask" groups, children = notes).
    QAbstractItemModel* notesModel() const;

    // The briefing sheet for the current meeting, as Markdown / written to a PDF (A4, headers).
    QString briefingMarkdown() const;
    bool exportMarkdown(const QString& path, QString* error = nullptr) const;
    bool exportPdf(const QString& path, QString* error = nullptr) const;

    // Adds a note or question directly (no editor); returns the new id, 0 on failure.
    qint64 addNoteAt(const QString& body, bool question, const QString& agendaNumber = {}, qint64 documentId = 0,
                     int pdfPage = 0, const QString& anchorText = {}, const QList<QRectF>& boxes = {});
    // Keeps selected words of a page as a highlight with nothing written yet; returns its id.
    qint64 addHighlight(qint64 documentId, int pdfPage, const QString& quote, const QList<QRectF>& boxes);
    // The notes on one version of a document (by SHA-256), and storing the boxes of one whose
    // quote the viewer found again after a revised pack moved it.
    QList<Note> notesOnDocument(const QString& sha256) const;
    bool storeBoxes(qint64 noteId, const QList<QRectF>& boxes);

public slots:
    // Shows the notes of a meeting (0 = none).
    void setMeeting(qint64 meetingId);
    // Where the reader is: new notes are anchored here. selectedText is the page selection, if any.
    // The selected words' boxes make the next note a highlight of them.
    void setContext(qint64 documentId, int pdfPage, const QString& agendaNumber, const QString& selectedText = {},
                    const QList<QRectF>& selectedBoxes = {});
    // Starts writing a note / a question at the current context (focuses the editor).
    void newNote();
    void newQuestion();
    // Shows the panel with a note selected / opened for editing (a highlight clicked on the page).
    void selectNote(qint64 noteId);
    void editNote(qint64 noteId);
    // Deletes a note: at once when nothing was written on it (a bare highlight), else after asking.
    void removeNoteAsking(qint64 noteId);
    // Asks where to save and exports the briefing sheet (PDF or Markdown, by the chosen name).
    void exportBriefing();
    // Opens the print dialog (window-modal) and prints the briefing sheet.
    void printBriefing();
    void refresh();

signals:
    void openRequested(qint64 documentId, int pdfPage, const QString& highlight);
    // Notes of a meeting were added, edited or removed (search results may be stale).
    void notesChanged(qint64 meetingId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    qint64 store(const Note& note, qint64 documentId);
    // Shows the dock (or window) the panel lives in, when it is hidden or behind another tab.
    void reveal();

    void startEditing(qint64 noteId, bool question, const QString& text);
    void saveEditor();
    void cancelEditor();
    void editSelected();
    void removeSelected();
    void removeNote(qint64 id);
    void storeDone(qint64 noteId, bool done);
    void activate(const QModelIndex& index);
    void updateActions();
    // Where a note goes, for the editor's label: the note's place, or the reader's for a new one (0).
    QString editorLocation(qint64 noteId) const;
    void updateMeetingLabel();
    std::optional<MeetingStore::MeetingSummary> meetingSummary() const;
    QString itemForPage(qint64 documentId, int pdfPage) const;
    BriefingWriter::Sheet sheet() const;

    std::unique_ptr<Ui::NotesPanel> m_ui;
    std::unique_ptr<Database> m_database;
    NotesModel* m_model = nullptr;
    QString m_databasePath;
    qint64 m_meetingId = 0;
    NoteEditor* m_editor = nullptr; // writing a note: where it goes, the editor's keys
};

} // namespace scrutineer::gui
