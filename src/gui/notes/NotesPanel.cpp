#include "NotesPanel.h"

#include "BriefingWriter.h"
#include "Database.h"
#include "MeetingStore.h"
#include "NoteDelegate.h"
#include "NoteEditor.h"
#include "NoteStore.h"
#include "NotesModel.h"
#include "notes/MeetingNotes.h"
#include "ui_NotesPanel.h"

#include <QDockWidget>
#include <QHash>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace scrutineer::gui {
NotesPanel::NotesPanel(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::NotesPanel>())
{
    m_ui->setupUi(this);
    m_model = new NotesModel(this);
    m_ui->notesView->setModel(m_model);
    m_ui->notesView->setItemDelegate(new NoteDelegate(m_ui->notesView));
    m_ui->notesView->viewport()->installEventFilter(this);
    m_ui->emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_editor = new NoteEditor({m_ui->editorFrame, m_ui->editor, m_ui->contextLabel, m_ui->editorButtons}, this);

    connect(m_ui->newNoteButton, &QToolButton::clicked, this, &NotesPanel::newNote);
    connect(m_ui->newQuestionButton, &QToolButton::clicked, this, &NotesPanel::newQuestion);
    connect(m_ui->editButton, &QToolButton::clicked, this, &NotesPanel::editSelected);
    connect(m_ui->deleteButton, &QToolButton::clicked, this, &NotesPanel::removeSelected);
    auto* briefing = new QMenu(m_ui->exportButton);
    briefing->addAction(tr("&Print…"), this, &NotesPanel::printBriefing);
    briefing->addAction(tr("&Save as PDF or Markdown…"), this, &NotesPanel::exportBriefing);
    m_ui->exportButton->setMenu(briefing);
    m_ui->exportButton->setPopupMode(QToolButton::InstantPopup);
    connect(m_editor, &NoteEditor::saveRequested, this, &NotesPanel::saveEditor);
    connect(m_editor, &NoteEditor::cancelRequested, this, &NotesPanel::cancelEditor);
    connect(m_ui->notesView, &QTreeView::activated, this, &NotesPanel::activate);
    connect(m_ui->notesView, &QTreeView::doubleClicked, this, &NotesPanel::activate);
    connect(m_model, &NotesModel::doneToggled, this, &NotesPanel::storeDone);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->notesView->expandAll();
        updateActions();
    });
    connect(m_ui->notesView->selectionModel(), &QItemSelectionModel::currentChanged, this, &NotesPanel::updateActions);

    // Delete removes the selected note.
    m_ui->notesView->installEventFilter(this);

    updateMeetingLabel();
    updateActions();
}

NotesPanel::~NotesPanel() = default;

bool NotesPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->notesView->viewport() && event->type() == QEvent::Resize) {
        m_ui->notesView->doItemsLayout(); // wrapped notes change height with the width
        return false;
    }
    if (watched == m_ui->notesView && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Delete)) {
        removeSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void NotesPanel::setDatabasePath(const QString& path)
{
    if (path == m_databasePath && m_database)
        return;
    m_databasePath = path;
    m_database.reset();
    if (!path.isEmpty()) {
        auto opened = Database::open(path);
        if (opened)
            m_database = std::move(opened.value());
        else
            m_ui->meetingLabel->setText(tr("Cannot open the notes: %1").arg(opened.error().describe().toHtmlEscaped()));
    }
    m_meetingId = 0;
    m_editor->setContext({});
    cancelEditor();
    refresh();
}

QAbstractItemModel* NotesPanel::notesModel() const
{
    return m_model;
}

void NotesPanel::setMeeting(qint64 meetingId)
{
    if (meetingId == m_meetingId)
        return;
    m_meetingId = meetingId;
    m_editor->setContext({});
    cancelEditor();
    refresh();
}

void NotesPanel::setContext(qint64 documentId, int pdfPage, const QString& agendaNumber, const QString& selectedText,
                            const QList<QRectF>& selectedBoxes)
{
    m_editor->setContext({documentId, pdfPage, agendaNumber.isEmpty() ? itemForPage(documentId, pdfPage) : agendaNumber,
                          selectedText.simplified(),
                          selectedText.trimmed().isEmpty() ? QList<QRectF> {} : selectedBoxes});
    if (m_meetingId == 0 && m_database && documentId > 0) {
        if (auto document = MeetingStore(*m_database).document(documentId); document && document->meetingId > 0) {
            m_meetingId = document->meetingId;
            refresh();
        }
    }
    if (m_editor->isOpen() && m_editor->editingId() == 0)
        m_editor->showLocation(editorLocation(0));
}

void NotesPanel::refresh()
{
    QList<NotesModel::Entry> entries;
    if (m_database && m_meetingId > 0)
        entries = MeetingNotes(*m_database).entries(m_meetingId);
    m_model->setEntries(entries);
    updateMeetingLabel();
}

std::optional<MeetingStore::MeetingSummary> NotesPanel::meetingSummary() const
{
    if (!m_database || m_meetingId <= 0)
        return std::nullopt;
    return MeetingStore(*m_database).meeting(m_meetingId);
}

QString NotesPanel::itemForPage(qint64 documentId, int pdfPage) const
{
    return m_database ? MeetingNotes(*m_database).itemForPage(documentId, pdfPage) : QString();
}

void NotesPanel::updateMeetingLabel()
{
    const auto meeting = meetingSummary();
    if (!meeting) {
        m_ui->meetingLabel->setText(QStringLiteral("<b>%1</b>").arg(tr("Notes and questions").toHtmlEscaped()));
        return;
    }
    const QString date
        = meeting->date.isValid() ? QLocale().toString(meeting->date, QStringLiteral("d MMMM yyyy")) : QString();
    m_ui->meetingLabel->setText(
        QStringLiteral("<b>%1</b><br/>%2").arg(meeting->body.toHtmlEscaped(), date.toHtmlEscaped()));
}

void NotesPanel::updateActions()
{
    const bool meeting = m_database && m_meetingId > 0;
    const bool empty = m_model->questions().isEmpty() && m_model->notes().isEmpty();
    m_ui->notesView->setVisible(meeting && !empty);
    m_ui->emptyLabel->setVisible(!meeting || empty);
    m_ui->emptyLabel->setText(
        meeting ? tr(
            "No notes for this meeting yet.\n\nUse Note to write down a thought about the page you are reading "
            "(select words on the page first to quote them), and Question to build the list of questions to ask at "
            "the meeting. Notes are private, saved as you write them, found by search, and stay with the pack when a "
            "revised version is imported.\n\nBriefing prints the questions and notes as a briefing sheet, or saves it "
            "as PDF or Markdown.")
                : tr("Choose a meeting to see its notes and questions."));
    const NotesModel::Entry* current = m_model->entry(m_ui->notesView->currentIndex());
    m_ui->newNoteButton->setEnabled(meeting);
    m_ui->newQuestionButton->setEnabled(meeting);
    m_ui->editButton->setEnabled(meeting && current);
    m_ui->deleteButton->setEnabled(meeting && current);
    m_ui->exportButton->setEnabled(meeting && (!m_model->questions().isEmpty() || !m_model->notes().isEmpty()));
}

void NotesPanel::newNote()
{
    startEditing(0, false, QString());
}

void NotesPanel::newQuestion()
{
    startEditing(0, true, QString());
}

void NotesPanel::editSelected()
{
    if (const NotesModel::Entry* e = m_model->entry(m_ui->notesView->currentIndex()))
        startEditing(e->note.id, e->note.kind == Note::Kind::Question, e->note.body);
}

void NotesPanel::startEditing(qint64 noteId, bool question, const QString& text)
{
    if (m_database && m_meetingId > 0)
        m_editor->start(noteId, question, text, editorLocation(noteId));
}

QString NotesPanel::editorLocation(qint64 noteId) const
{
    if (noteId > 0)
        return m_model->indexOfNote(noteId).data(NotesModel::LocationRole).toString();
    const NoteEditor::Context& context = m_editor->context();
    return m_database ? MeetingNotes(*m_database).location(context.agendaNumber, context.documentId, context.pdfPage)
                      : MeetingNotes::locationText(context.agendaNumber, std::nullopt, context.pdfPage);
}

qint64 NotesPanel::addNoteAt(const QString& body, bool question, const QString& agendaNumber, qint64 documentId,
                             int pdfPage, const QString& anchorText, const QList<QRectF>& boxes)
{
    if (body.trimmed().isEmpty())
        return 0;
    Note note;
    note.agendaNumber = agendaNumber;
    note.pdfPage = pdfPage;
    note.anchorText = anchorText;
    note.boxes = anchorText.trimmed().isEmpty() ? QList<QRectF> {} : boxes;
    note.kind = question ? Note::Kind::Question : Note::Kind::Note;
    note.body = body.trimmed();
    return store(note, documentId);
}

qint64 NotesPanel::addHighlight(qint64 documentId, int pdfPage, const QString& quote, const QList<QRectF>& boxes)
{
    if (quote.trimmed().isEmpty() || boxes.isEmpty() || documentId <= 0 || pdfPage <= 0)
        return 0;
    Note note;
    note.pdfPage = pdfPage;
    note.anchorText = quote;
    note.boxes = boxes;
    note.kind = Note::Kind::Highlight;
    return store(note, documentId);
}

qint64 NotesPanel::store(const Note& note, qint64 documentId)
{
    if (!m_database)
        return 0;
    const std::optional<Note> ready = MeetingNotes(*m_database).prepared(note, documentId, m_meetingId);
    if (!ready)
        return 0;
    auto added = NoteStore(*m_database).add(*ready);
    if (!added)
        return 0;
    if (m_meetingId <= 0)
        m_meetingId = ready->meetingId;
    refresh();
    emit notesChanged(ready->meetingId);
    return added.value();
}

void NotesPanel::saveEditor()
{
    const QString text = m_editor->text();
    if (text.isEmpty()) {
        cancelEditor();
        return;
    }
    qint64 id = m_editor->editingId();
    if (id > 0) {
        const NotesModel::Entry* e = m_model->entry(m_model->indexOfNote(id));
        if (!e || !m_database)
            return;
        Note note = e->note;
        note.body = text;
        if (note.kind == Note::Kind::Highlight)
            note.kind = Note::Kind::Note; // something written on a highlight
        if (auto failed = NoteStore(*m_database).update(note)) {
            m_editor->showError(tr("Could not save: %1").arg(failed->describe()));
            return;
        }
        refresh();
        emit notesChanged(m_meetingId);
    } else {
        const NoteEditor::Context& context = m_editor->context();
        id = addNoteAt(text, m_editor->isQuestion(), context.agendaNumber, context.documentId, context.pdfPage,
                       context.selectedText, context.selectedBoxes);
        if (id == 0) {
            m_editor->showError(tr("Could not save the note."));
            return;
        }
    }
    m_editor->close();
    const QModelIndex index = m_model->indexOfNote(id);
    m_ui->notesView->setCurrentIndex(index);
    m_ui->notesView->scrollTo(index);
    m_ui->notesView->setFocus(Qt::OtherFocusReason);
}

void NotesPanel::cancelEditor()
{
    if (m_editor->close())
        m_ui->notesView->setFocus(Qt::OtherFocusReason);
}

void NotesPanel::removeSelected()
{
    if (const NotesModel::Entry* e = m_model->entry(m_ui->notesView->currentIndex()))
        removeNoteAsking(e->note.id);
}

void NotesPanel::removeNoteAsking(qint64 id)
{
    const NotesModel::Entry* e = m_model->entry(m_model->indexOfNote(id));
    if (!e || !m_database)
        return;
    if (e->note.body.isEmpty()) {
        removeNote(id);
        return;
    }
    const QString preview = e->note.body.size() > 80 ? e->note.body.left(78) + QStringLiteral("…") : e->note.body;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete note"), tr("Delete this note?\n\n%1").arg(preview),
                                QMessageBox::Cancel, this);
    QPushButton* remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, id] {
        if (box->clickedButton() == remove)
            removeNote(id);
    });
    box->open();
}

void NotesPanel::removeNote(qint64 id)
{
    if (!m_database)
        return;
    if (!NoteStore(*m_database).remove(id)) {
        refresh();
        emit notesChanged(m_meetingId);
    }
}

void NotesPanel::storeDone(qint64 noteId, bool done)
{
    const NotesModel::Entry* e = m_model->entry(m_model->indexOfNote(noteId));
    if (!e || !m_database)
        return;
    Note note = e->note;
    note.done = done;
    NoteStore(*m_database).update(note);
    emit notesChanged(m_meetingId);
}

QList<Note> NotesPanel::notesOnDocument(const QString& sha256) const
{
    return m_database && !sha256.isEmpty() ? NoteStore(*m_database).forDocument(sha256) : QList<Note> {};
}

bool NotesPanel::storeBoxes(qint64 noteId, const QList<QRectF>& boxes)
{
    return m_database && !NoteStore(*m_database).setBoxes(noteId, boxes).has_value();
}

void NotesPanel::reveal()
{
    for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
        if (auto* dock = qobject_cast<QDockWidget*>(w)) {
            dock->show();
            dock->raise();
            return;
        }
    }
}

void NotesPanel::selectNote(qint64 noteId)
{
    const QModelIndex index = m_model->indexOfNote(noteId);
    if (!index.isValid())
        return;
    reveal();
    m_ui->notesView->setCurrentIndex(index);
    m_ui->notesView->scrollTo(index);
}

void NotesPanel::editNote(qint64 noteId)
{
    const NotesModel::Entry* e = m_model->entry(m_model->indexOfNote(noteId));
    if (!e)
        return;
    selectNote(noteId);
    startEditing(noteId, e->note.kind == Note::Kind::Question, e->note.body);
}

void NotesPanel::activate(const QModelIndex& index)
{
    const NotesModel::Entry* e = m_model->entry(index);
    if (!e || e->documentId <= 0 || e->note.pdfPage <= 0)
        return;
    emit openRequested(e->documentId, e->note.pdfPage, e->note.anchorText);
}

} // namespace scrutineer::gui
