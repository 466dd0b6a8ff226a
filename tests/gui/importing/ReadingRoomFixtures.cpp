#include "ReadingRoomFixtures.h"

#include "Database.h"
#include "MeetingStore.h"
#include "ImportJob.h"
#include "importing/SamplePack.h"

#include <QDir>
#include <QSqlQuery>

namespace scrutineer::gui::testb {

SampleLibrary::SampleLibrary() = default;

QString SampleLibrary::writeSample(int revision, int appendixPages, const QString& fileName) const
{
    const QString folder = m_dir.filePath(QStringLiteral("rev%1-a%2").arg(revision).arg(appendixPages));
    QDir().mkpath(folder);
    const QString file = folder + QLatin1Char('/') + (fileName.isEmpty() ? SamplePack::fileName() : fileName);
    SamplePack::Options options;
    options.revision = revision;
    options.appendixPages = appendixPages;
    if (SamplePack::write(file, options))
        return {};
    return file;
}

qint64 SampleLibrary::importSample(int revision, int appendixPages, const QString& fileName)
{
    const QString file = writeSample(revision, appendixPages, fileName);
    if (file.isEmpty()) {
        m_error = QStringLiteral("the sample could not be written");
        return 0;
    }
    std::atomic_bool cancel{false};
    const ImportSummary summary = ImportJob::run({file}, databasePath(), cancel, {});
    if (summary.files.size() != 1 || summary.files.first().documentId <= 0) {
        m_error = summary.files.isEmpty() ? QStringLiteral("nothing imported") : summary.files.first().reason;
        return 0;
    }
    return summary.files.first().documentId;
}

qint64 SampleLibrary::meetingOf(qint64 documentId) const
{
    auto db = Database::open(databasePath());
    if (!db)
        return 0;
    const auto document = MeetingStore(*db.value()).document(documentId);
    return document ? document->meetingId : 0;
}

int SampleLibrary::count(const QString& table) const
{
    auto db = Database::open(databasePath());
    if (!db)
        return -1;
    QSqlQuery q(db.value()->connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace scrutineer::gui::testb
