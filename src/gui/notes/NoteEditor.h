#pragma once

#include <QList>
#include <QObject>
#include <QRectF>
#include <QString>

class QDialogButtonBox;
class QFrame;
class QLabel;
class QPlainTextEdit;

namespace scrutineer::gui {

// The notes panel's editor for one note or question: what a new one is anchored to (document,
// page, agenda item, the words selected on the page), the label saying where it goes, which note
// an edit is of, and Ctrl+Return to save, Escape to discard. Storing it is the panel's. GUI thread only.
class NoteEditor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteEditor)

public:
    // The panel's widgets the editor works (from its form).
    struct Widgets {
        QFrame* frame = nullptr;
        QPlainTextEdit* editor = nullptr;
        QLabel* label = nullptr;
        QDialogButtonBox* buttons = nullptr;
    };
    // Where a new note is anchored: where the reader is.
    struct Context {
        qint64 documentId = 0;
        int pdfPage = 0;
        QString agendaNumber;
        QString selectedText;
        QList<QRectF> selectedBoxes;
    };

    explicit NoteEditor(const Widgets& widgets, QObject* parent = nullptr);

    const Context& context() const { return m_context; }
    void setContext(const Context& context) { m_context = context; }

    bool isOpen() const;
    // The note being edited (0: a new one), and whether it is a question.
    qint64 editingId() const { return m_editingId; }
    bool isQuestion() const { return m_question; }
    // The text written, trimmed.
    QString text() const;

    // Opens the editor on a note (0: a new one) with its text, `where` it goes in the label.
    void start(qint64 noteId, bool question, const QString& text, const QString& where);
    // The label: new or editing, note or question, where, and the words a new note quotes.
    void showLocation(const QString& where);
    // Saving failed: the label says why, the editor stays open.
    void showError(const QString& message);
    // Closes the editor, its text dropped; true when it had the keyboard focus.
    bool close();

signals:
    void saveRequested();
    void cancelRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Widgets m_widgets;
    Context m_context;
    qint64 m_editingId = 0; // note being edited, 0 = a new one
    bool m_question = false;
};

} // namespace scrutineer::gui
