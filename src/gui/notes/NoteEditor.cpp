#include "notes/NoteEditor.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace scrutineer::gui {

NoteEditor::NoteEditor(const Widgets& widgets, QObject* parent) : QObject(parent), m_widgets(widgets)
{
    m_widgets.frame->hide();
    m_widgets.buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save note"));
    m_widgets.buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+Return)"));
    m_widgets.buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Discard changes"));
    connect(m_widgets.buttons, &QDialogButtonBox::accepted, this, &NoteEditor::saveRequested);
    connect(m_widgets.buttons, &QDialogButtonBox::rejected, this, &NoteEditor::cancelRequested);
    // Ctrl+Return saves, Escape discards.
    m_widgets.editor->installEventFilter(this);
}

bool NoteEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_widgets.editor && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            emit saveRequested();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            emit cancelRequested();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

bool NoteEditor::isOpen() const
{
    return m_widgets.frame->isVisible();
}

QString NoteEditor::text() const
{
    return m_widgets.editor->toPlainText().trimmed();
}

void NoteEditor::start(qint64 noteId, bool question, const QString& text, const QString& where)
{
    m_editingId = noteId;
    m_question = question;
    m_widgets.editor->setPlainText(text);
    showLocation(where);
    m_widgets.frame->show();
    m_widgets.editor->setFocus(Qt::OtherFocusReason);
    m_widgets.editor->moveCursor(QTextCursor::End);
}

void NoteEditor::showLocation(const QString& where)
{
    QString label;
    if (m_editingId > 0)
        label = m_question ? tr("Editing a question") : tr("Editing a note");
    else
        label = m_question ? tr("New question to ask") : tr("New note");
    if (!where.isEmpty())
        label += QStringLiteral(" · ") + where;
    if (m_editingId == 0 && !m_context.selectedText.isEmpty()) {
        const QString quote = m_context.selectedText.size() > 90 ? m_context.selectedText.left(88) + QStringLiteral("…")
                                                                 : m_context.selectedText;
        label += QLatin1Char('\n') + tr("On “%1”").arg(quote);
    }
    m_widgets.label->setText(label);
}

void NoteEditor::showError(const QString& message)
{
    m_widgets.label->setText(message);
}

bool NoteEditor::close()
{
    const bool hadFocus = m_widgets.frame->isVisible() && m_widgets.editor->hasFocus();
    m_widgets.frame->hide();
    m_widgets.editor->clear();
    m_editingId = 0;
    return hadFocus;
}

} // namespace scrutineer::gui
