#include "main/DatabaseDialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>

namespace scrutineer::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("DatabaseDialogs", text); }

QFileDialog* makeDialog(QWidget* parent, const QString& title, const QString& startPath)
{
    auto* dialog = new QFileDialog(parent, title, QFileInfo(startPath).absolutePath(),
                                   tr("Scrutineer databases (*.sqlite *.db);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setDefaultSuffix(QStringLiteral("sqlite"));
    return dialog;
}

} // namespace

void DatabaseDialogs::chooseExisting(QWidget* parent, const QString& startPath, const Chosen& chosen)
{
    QFileDialog* dialog = makeDialog(parent, tr("Open Database"), startPath);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, chosen);
    dialog->open();
}

void DatabaseDialogs::chooseNew(QWidget* parent, const QString& startPath, const Chosen& chosen)
{
    QFileDialog* dialog = makeDialog(parent, tr("New Database"), startPath);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->selectFile(tr("council-papers.sqlite"));
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, chosen);
    dialog->open();
}

} // namespace scrutineer::gui
