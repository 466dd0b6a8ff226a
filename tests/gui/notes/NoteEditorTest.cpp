// The notes panel's editor on widgets of its own: the label saying what is written and where,
// Ctrl+Return and Escape, and closing.
#include "notes/NoteEditor.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

using scrutineer::gui::NoteEditor;

namespace {

struct NoteEditorForm {
    NoteEditorForm()
    {
        auto* layout = new QVBoxLayout(&frame);
        layout->addWidget(label);
        layout->addWidget(editor);
        layout->addWidget(buttons);
    }
    QFrame frame;
    QLabel* label = new QLabel;
    QPlainTextEdit* editor = new QPlainTextEdit;
    QDialogButtonBox* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    NoteEditor noteEditor {{&frame, editor, label, buttons}};
};

} // namespace

TEST(NoteEditor, ANewNoteSaysWhereItGoesAndWhatItQuotes)
{
    NoteEditorForm form;
    EXPECT_FALSE(form.noteEditor.isOpen());
    form.noteEditor.setContext({7, 3, QStringLiteral("5"), QStringLiteral("the library opening hours"), {}});
    form.noteEditor.start(0, true, {}, QStringLiteral("Item 5 · page 3"));
    EXPECT_TRUE(form.noteEditor.isOpen());
    EXPECT_TRUE(form.noteEditor.isQuestion());
    EXPECT_EQ(form.label->text().toStdString(), "New question to ask · Item 5 · page 3\nOn “the library opening hours”");

    form.noteEditor.setContext({7, 3, {}, QString(100, QLatin1Char('x')), {}});
    form.noteEditor.showLocation({});
    EXPECT_EQ(form.label->text().toStdString(), "New question to ask\nOn “" + std::string(88, 'x') + "…”");
}

TEST(NoteEditor, AnEditSaysSoAndQuotesNothing)
{
    NoteEditorForm form;
    form.noteEditor.setContext({7, 3, {}, QStringLiteral("selected words"), {}});
    form.noteEditor.start(12, false, QStringLiteral("  Ask about the budget  "), QStringLiteral("page 4"));
    EXPECT_EQ(form.noteEditor.editingId(), 12);
    EXPECT_EQ(form.label->text().toStdString(), "Editing a note · page 4");
    EXPECT_EQ(form.noteEditor.text().toStdString(), "Ask about the budget");
    form.noteEditor.showError(QStringLiteral("Could not save the note."));
    EXPECT_EQ(form.label->text().toStdString(), "Could not save the note.");
    EXPECT_TRUE(form.noteEditor.isOpen());
    form.noteEditor.close();
    EXPECT_FALSE(form.noteEditor.isOpen());
    EXPECT_EQ(form.noteEditor.editingId(), 0);
    EXPECT_TRUE(form.editor->toPlainText().isEmpty());
}

TEST(NoteEditor, CtrlReturnAsksToSaveAndEscapeToDiscard)
{
    NoteEditorForm form;
    QSignalSpy save(&form.noteEditor, &NoteEditor::saveRequested);
    QSignalSpy cancel(&form.noteEditor, &NoteEditor::cancelRequested);
    form.noteEditor.start(0, false, {}, {});
    QTest::keyClicks(form.editor, QStringLiteral("A thought"));
    QTest::keyClick(form.editor, Qt::Key_Return); // a new line, not a save
    EXPECT_EQ(save.count(), 0);
    QTest::keyClick(form.editor, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(save.count(), 1);
    QTest::keyClick(form.editor, Qt::Key_Escape);
    EXPECT_EQ(cancel.count(), 1);
    form.buttons->button(QDialogButtonBox::Save)->click();
    EXPECT_EQ(save.count(), 2);
    EXPECT_EQ(form.buttons->button(QDialogButtonBox::Save)->accessibleName().toStdString(), "Save note");
}
