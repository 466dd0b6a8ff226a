#include "ImportProgress.h"

#include "CliSupport.h"

#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace scrutineer::cli {

ImportProgress::ImportProgress(const QString& fileName) : m_fileName(fileName), m_terminal(isatty(STDERR_FILENO) == 1)
{
}

ImportProgress::~ImportProgress()
{
    finish();
}

PackImporter::Progress ImportProgress::callback()
{
    if (!m_terminal)
        return {};
    return [this](int done, int total) { show(done, total); };
}

void ImportProgress::show(int done, int total)
{
    std::lock_guard lock(m_mutex);
    // Ten updates a second at most, and always the last page.
    if (m_shown && done < total && m_sinceShown.isValid() && m_sinceShown.elapsed() < 100)
        return;
    m_sinceShown.start();
    m_shown = true;
    const QLocale locale;
    const QString line = tr("%1: %2 of %3 pages read").arg(m_fileName, locale.toString(done), locale.toString(total));
    std::fprintf(stderr, "\r%s\033[K", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

void ImportProgress::finish()
{
    std::lock_guard lock(m_mutex);
    if (!m_shown)
        return;
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
    m_shown = false;
}

} // namespace scrutineer::cli
