#include "notes/HighlightController.h"

#include "notes/NotesPanel.h"
#include "pdf/PageText.h"
#include "pdf/PdfView.h"
#include "pdf/PdfViewer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>

#include <cmath>

namespace scrutineer::gui {
namespace {

PdfView::Mark::Style styleOf(const Note& note)
{
    switch (note.kind) {
    case Note::Kind::Question:
        return PdfView::Mark::Style::Question;
    case Note::Kind::Note:
        return PdfView::Mark::Style::Note;
    case Note::Kind::Highlight:
        break;
    }
    return PdfView::Mark::Style::Highlight;
}

// Boxes as stored (to a hundredth of a point) against the selection they were made from.
bool sameBoxes(const QList<QRectF>& a, const QList<QRectF>& b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        const QRectF d(a.at(i).topLeft() - b.at(i).topLeft(), a.at(i).size() - b.at(i).size());
        if (std::abs(d.x()) > 0.05 || std::abs(d.y()) > 0.05 || std::abs(d.width()) > 0.05
            || std::abs(d.height()) > 0.05)
            return false;
    }
    return true;
}

QString tipOf(const Note& note)
{
    QString tip;
    if (note.kind == Note::Kind::Question)
        tip = HighlightController::tr("Question: %1").arg(note.body);
    else if (!note.body.isEmpty())
        tip = note.body;
    else
        tip = HighlightController::tr("Highlighted");
    return tip.size() > 400 ? tip.left(398) + QStringLiteral("…") : tip;
}

} // namespace

HighlightController::HighlightController(PdfViewer* viewer, NotesPanel* notes, QObject* parent)
    : QObject(parent), m_viewer(viewer), m_notesPanel(notes)
{
    PdfView* view = viewer->view();
    m_highlightAction = new QAction(tr("&Highlight Selection"), viewer);
    m_highlightAction->setObjectName(QStringLiteral("highlightSelection"));
    m_highlightAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_highlightAction->setToolTip(tr("Highlight the selected words and keep them with your notes (Ctrl+Shift+H)"));
    connect(m_highlightAction, &QAction::triggered, this, &HighlightController::highlightSelection);
    viewer->addAction(m_highlightAction);

    m_copyAction = new QAction(tr("&Copy"), view);
    m_copyAction->setShortcuts(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        if (const QString text = m_viewer->view()->selectedText(); !text.isEmpty())
            QApplication::clipboard()->setText(text);
    });
    view->addAction(m_copyAction);

    connect(viewer, &PdfViewer::selectionChanged, this, &HighlightController::onSelectionChanged);
    connect(viewer, &PdfViewer::currentPageChanged, this, [this] {
        if (m_viewer->documentKey() != m_documentKey)
            reload();
    });
    connect(view, &PdfView::pageTextRead, this, &HighlightController::onPageText);
    connect(view, &PdfView::contextMenuRequested, this, &HighlightController::showContextMenu);
    connect(view, &PdfView::markClicked, notes, &NotesPanel::selectNote);
    connect(notes, &NotesPanel::notesChanged, this, &HighlightController::reload);
    updateActions();
}

void HighlightController::setNoteActions(QAction* newNote, QAction* newQuestion)
{
    m_newNoteAction = newNote;
    m_newQuestionAction = newQuestion;
}

void HighlightController::reload()
{
    m_documentKey = m_viewer->documentKey();
    m_notes = m_documentKey.isEmpty() ? QList<Note> {} : m_notesPanel->notesOnDocument(m_documentKey);
    m_pagesToSearch.clear();
    for (const Note& note : m_notes) {
        if (note.boxes.isEmpty() && !note.orphaned && !note.anchorText.isEmpty() && note.pdfPage > 0)
            m_pagesToSearch.insert(note.pdfPage);
    }
    for (int page : std::as_const(m_pagesToSearch))
        m_viewer->view()->requestPageText(page);
    updateMarks();
    // A highlight just made replaces the selection it was made from.
    PdfView* view = m_viewer->view();
    const QList<QRectF> selected = view->selectionBoxes();
    for (const Note& note : std::as_const(m_notes)) {
        if (!selected.isEmpty() && note.pdfPage == view->selectionPage() && sameBoxes(note.boxes, selected)) {
            view->clearSelection();
            break;
        }
    }
}

void HighlightController::updateMarks()
{
    QList<PdfView::Mark> marks;
    for (const Note& note : std::as_const(m_notes)) {
        if (!note.boxes.isEmpty())
            marks.append({note.id, note.pdfPage, note.boxes, styleOf(note), tipOf(note)});
    }
    m_viewer->view()->setMarks(marks);
}

void HighlightController::onPageText(int pdfPage, const PageText& text)
{
    if (!m_pagesToSearch.remove(pdfPage))
        return;
    bool found = false;
    for (const Note& note : std::as_const(m_notes)) {
        if (note.pdfPage != pdfPage || !note.boxes.isEmpty() || note.orphaned || note.anchorText.isEmpty())
            continue;
        const auto [first, last] = text.find(note.anchorText);
        if (first >= 0)
            found = m_notesPanel->storeBoxes(note.id, text.boxes(first, last)) || found;
    }
    if (found)
        reload();
}

qint64 HighlightController::highlightSelection()
{
    const PdfView* view = m_viewer->view();
    if (view->selectedText().isEmpty() || view->selectionBoxes().isEmpty())
        return 0;
    return m_notesPanel->addHighlight(m_viewer->documentId(), view->selectionPage(), view->selectedText(),
                                      view->selectionBoxes());
}

void HighlightController::onSelectionChanged()
{
    updateActions();
}

void HighlightController::updateActions()
{
    const bool selected = !m_viewer->view()->selectedText().isEmpty();
    m_highlightAction->setEnabled(selected);
    m_copyAction->setEnabled(selected);
}

void HighlightController::showContextMenu(const QPoint& globalPos, qint64 noteId)
{
    auto* menu = new QMenu(m_viewer);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_viewer->view()->selectedText().isEmpty()) {
        menu->addAction(m_copyAction);
        menu->addSeparator();
        menu->addAction(m_highlightAction);
        if (m_newNoteAction)
            menu->addAction(tr("Highlight with a &Note…"), m_newNoteAction.data(), &QAction::trigger);
        if (m_newQuestionAction)
            menu->addAction(tr("Highlight with a &Question…"), m_newQuestionAction.data(), &QAction::trigger);
    } else if (noteId > 0) {
        const auto it
            = std::find_if(m_notes.cbegin(), m_notes.cend(), [noteId](const Note& n) { return n.id == noteId; });
        if (it == m_notes.cend())
            return menu->deleteLater();
        menu->addAction(it->body.isEmpty() ? tr("&Write a Note…") : tr("&Edit Note…"), this,
                        [this, noteId] { m_notesPanel->editNote(noteId); });
        menu->addAction(tr("Show in &Notes"), this, [this, noteId] { m_notesPanel->selectNote(noteId); });
        menu->addSeparator();
        menu->addAction(it->body.isEmpty() ? tr("&Remove Highlight") : tr("&Delete Note and Highlight…"), this,
                        [this, noteId] { m_notesPanel->removeNoteAsking(noteId); });
    } else {
        return menu->deleteLater();
    }
    menu->popup(globalPos);
}

} // namespace scrutineer::gui
