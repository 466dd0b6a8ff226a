#pragma once

#include <QByteArrayView>
#include <QString>

namespace scrutineer {

// Creates a new SQLite library as a copy of the image of an empty library at the latest schema,
// made from the schema script at build time (src/store/image), instead of running the script:
// a file written rather than a hundred statements parsed. The copy is written beside the path
// and linked into place only if nothing is there yet, so a library another program is creating
// or has created is never replaced. Stateless; any thread.
class LibraryImage final {
public:
    // The compiled-in image (empty when the store was built without one).
    static QByteArrayView image();
    // The schema version an image creates (its header's user_version), 0 if it is not a SQLite
    // database.
    static int version(QByteArrayView image);
    // Writes `image` to `path` when no file is there, and returns whether it did; false when the
    // image is not a library at `wantedVersion`, a file appeared at `path` meanwhile, or the
    // folder cannot take it (the caller then creates the library with the script).
    static bool createAt(const QString& path, QByteArrayView image, int wantedVersion);
};

} // namespace scrutineer
