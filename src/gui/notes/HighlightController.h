#pragma once

#include "Note.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QAction;
class QPoint;

namespace scrutineer::gui {

class NotesPanel;
class PageText;
class PdfViewer;

// Highlights and notes on the page: the Highlight and Copy actions on the words the reader
// selected in the page view (and the window's New Note / New Question, which anchor a note to
// them), the marks drawn over the pages for the open document's notes with their text as a
// tooltip, a click on a mark selecting its note, and the boxes of a highlight that a revised
// pack moved found again on its new page. Writes through the Notes panel. GUI thread only.
class HighlightController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightController)

public:
    HighlightController(PdfViewer* viewer, NotesPanel* notes, QObject* parent = nullptr);

    // Highlight the selected words (Ctrl+Shift+H), for the Edit menu and the page's context menu.
    QAction* highlightAction() const { return m_highlightAction; }
    QAction* copyAction() const { return m_copyAction; }
    // The window's New Note and New Question, offered in the page's context menu.
    void setNoteActions(QAction* newNote, QAction* newQuestion);
    // How many marks the open document shows (for tests and the status bar).
    int markCount() const { return int(m_notes.size()); }

public slots:
    // Reads the open document's notes again and redraws their marks.
    void reload();
    // Stores the selected words as a highlight; returns its id (0 when nothing is selected).
    qint64 highlightSelection();

private:
    void onSelectionChanged();
    void onPageText(int pdfPage, const PageText& text);
    void showContextMenu(const QPoint& globalPos, qint64 noteId);
    void updateMarks();
    void updateActions();

    PdfViewer* m_viewer;
    NotesPanel* m_notesPanel;
    QAction* m_highlightAction = nullptr;
    QAction* m_copyAction = nullptr;
    QPointer<QAction> m_newNoteAction;
    QPointer<QAction> m_newQuestionAction;
    QString m_documentKey;
    QList<Note> m_notes; // notes on the open document
    QSet<int> m_pagesToSearch; // pages holding notes a revised pack moved, without their boxes yet
};

} // namespace scrutineer::gui
