#include "LibraryImage.h"

#include "Log.h"

#include <QFile>
#include <QFileInfo>
#include <QResource>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace scrutineer {
namespace {

#ifdef Q_OS_UNIX
// The process's umask, read without changing it (umask() sets it, a race with other threads).
mode_t creationMask()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mode_t(mask);
            }
        }
    }
    return 022;
}
#endif

} // namespace

QByteArrayView LibraryImage::image()
{
    // Stored uncompressed: the program's own bytes, nothing is unpacked or copied.
    static const QByteArray bytes = [] {
        const QResource resource(QStringLiteral(":/scrutineer/schema/new-library.sqlite"));
        if (!resource.isValid())
            return QByteArray();
        if (resource.compressionAlgorithm() != QResource::NoCompression)
            return resource.uncompressedData();
        return QByteArray::fromRawData(reinterpret_cast<const char*>(resource.data()), resource.size());
    }();
    return bytes;
}

int LibraryImage::version(QByteArrayView image)
{
    // The header: "SQLite format 3\0", then the user_version at offset 60, big-endian.
    static constexpr char kMagic[] = "SQLite format 3";
    if (image.size() < 100 || std::memcmp(image.data(), kMagic, sizeof kMagic) != 0)
        return 0;
    const auto byte = [image](int at) { return quint32(quint8(image.at(at))); };
    return int(byte(60) << 24 | byte(61) << 16 | byte(62) << 8 | byte(63));
}

bool LibraryImage::createAt(const QString& path, QByteArrayView image, int wantedVersion)
{
#ifdef Q_OS_UNIX
    if (wantedVersion <= 0 || version(image) != wantedVersion || QFileInfo::exists(path))
        return false;
    const QFileInfo target(path);
    QTemporaryFile copy(target.absolutePath() + QStringLiteral("/.") + target.fileName()
                        + QStringLiteral(".new-XXXXXX"));
    if (!copy.open())
        return false;
    // The permissions SQLite gives a library it creates (0644 less the umask), not a temporary file's 0600.
    if (::fchmod(copy.handle(), 0644 & ~creationMask()) != 0)
        return false;
    // On the disk before it has its name: a library is never there half written.
    if (copy.write(image.data(), image.size()) != image.size() || !copy.flush() || ::fdatasync(copy.handle()) != 0)
        return false;
    const QByteArray from = QFile::encodeName(copy.fileName());
    const QByteArray to = QFile::encodeName(target.absoluteFilePath());
    // A hard link never replaces a file: if another program made the library first, it stays.
    if (::link(from.constData(), to.constData()) != 0) {
        if (errno != EEXIST) {
            log::debug(QStringLiteral("%1: the library image could not be linked into place (%2); using the schema "
                                      "script")
                           .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        }
        return false;
    }
    return true; // the temporary name is removed with `copy`
#else
    Q_UNUSED(path)
    Q_UNUSED(image)
    Q_UNUSED(wantedVersion)
    return false;
#endif
}

} // namespace scrutineer
