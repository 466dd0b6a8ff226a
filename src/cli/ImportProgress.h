#pragma once

#include "PackImporter.h"

#include <QElapsedTimer>
#include <QString>

#include <mutex>

namespace scrutineer::cli {

// The pages-read count of one file, kept up to date on one line of a terminal's stderr
// ("pack.pdf: 1,200 of 5,120 pages"); silent when stderr is not a terminal. Made and finished on
// the command's thread; the callback it hands out may be called from the page readers' threads.
class ImportProgress final {
public:
    explicit ImportProgress(const QString& fileName);
    ~ImportProgress();
    ImportProgress(const ImportProgress&) = delete;
    ImportProgress& operator=(const ImportProgress&) = delete;

    PackImporter::Progress callback();
    // Clears the line (the command then prints the file's outcome).
    void finish();

private:
    void show(int done, int total);

    QString m_fileName;
    bool m_terminal = false;
    bool m_shown = false;
    std::mutex m_mutex;
    QElapsedTimer m_sinceShown;
};

} // namespace scrutineer::cli
