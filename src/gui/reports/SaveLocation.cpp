#include "SaveLocation.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
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

QString SaveLocation::ask(QWidget* parent, const QString& caption, const QString& suggestedName, const QString& filter)
{
    if (nextAnswer()) {
        const QString path = *nextAnswer();
        nextAnswer().reset();
        return path;
    }
    QSettings settings;
    QString folder = settings.value(kLastFolder).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(suggestedName), filter);
    if (!path.isEmpty())
        settings.setValue(kLastFolder, QFileInfo(path).absolutePath());
    return path;
}

} // namespace scrutineer::gui
