#include "SaveLocation.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <optional>

namespace scrutineer::gui {
namespace {

std::optional<QString>& nextAnswer()
{
    static std::optional<QString> answer;
    return answer;
}

const QString kLastFolder = QStringLiteral("ChairTools/lastExportFolder");

} // namespace

void SaveLocation::setNextAnswer(const QString& path) { nextAnswer() = path; }

void SaveLocation::ask(QWidget* parent, const QString& caption, const QString& suggestedName, const QString& filter,
                       std::function<void(const QString&)> chosen)
{
    if (nextAnswer()) {
        const QString path = *nextAnswer();
        nextAnswer().reset();
        if (!path.isEmpty())
            chosen(path);
        return;
    }
    QString folder = QSettings().value(kLastFolder).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(parent, caption, QDir(folder).filePath(suggestedName), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->selectFile(suggestedName);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, [chosen = std::move(chosen)](const QString& path) {
        if (path.isEmpty())
            return;
        QSettings().setValue(kLastFolder, QFileInfo(path).absolutePath());
        chosen(path);
    });
    dialog->open();
}

void SaveLocation::warn(QWidget* parent, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace scrutineer::gui
