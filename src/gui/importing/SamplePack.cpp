#include "SamplePack.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardPaths>

namespace scrutineer::gui {

QString SamplePack::fileName() { return QStringLiteral("Ashwell-Vale-OSC-Communities-2027-01-12.pdf"); }

QString SamplePack::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sample/") + fileName();
}

QString SamplePack::councilName() { return QStringLiteral("Ashwell Vale Borough Council"); }

QString SamplePack::committeeName() { return QStringLiteral("Overview and Scrutiny Committee (Communities and Environment)"); }

QDate SamplePack::meetingDate() { return QDate(2027, 1, 12); }

int SamplePack::agendaItemCount() { return 6; }

std::optional<Error> SamplePack::write(const QString& path, const Options& options)
{
    Q_UNUSED(options);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QPdfWriter writer(path);
    writer.setResolution(72);
    QPainter painter;
    if (!painter.begin(&writer))
        return Error{Error::Code::Internal, QFileInfo(path).fileName(),
                     QCoreApplication::translate("SamplePack", "the sample pack could not be written")};
    painter.drawText(72, 72, councilName());
    painter.end();
    return std::nullopt;
}

} // namespace scrutineer::gui
