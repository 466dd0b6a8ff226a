#pragma once

#include "Error.h"
#include "ImportBundle.h"
#include "ImportWriter.h"
#include "PackImporter.h"

#include <QString>

namespace scrutineer::cli {

// Reads and analyses one file (PackImporter) on a thread of its own while the calling thread,
// which owns the database, writes the document's pages as soon as the analysis has them
// (ImportWriter::writePagesEarly): the pages and their search index are stored on the core the
// analysis leaves idle much of the time, in the import's one transaction, which the caller's
// writer.write(bundle) completes (or, when the file is refused, discardEarlyPages() drops).
// Calling thread: the one that owns the writer's Database.
class OverlappedImport final {
public:
    static Expected<ImportBundle> run(const QString& path, PackImporter::Options options, ImportWriter& writer);
};

} // namespace scrutineer::cli
