#include "LargePageHeap.h"

#include <QtGlobal>

#include <cstdlib>
#include <string>
#include <string_view>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#endif

namespace scrutineer::cli {
namespace {

// glibc's own switch for 2 MB pages in malloc (2.35 on), and heap growth in 32 MB steps so that
// whole 2 MB blocks lie inside what is mapped.
constexpr std::string_view kTunables = "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=33554432";

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
// Below this much PDF a second start (about 30 ms) costs more than the faults it saves: measured,
// a 9-page 26 KB file gains nothing, the 256-page 570 KB pack about a sixth of its CPU.
constexpr off_t kWorthIt = 256 * 1024;

bool kernelGivesLargePages()
{
    std::ifstream mode("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string line;
    std::getline(mode, line);
    return line.find("[always]") != std::string::npos || line.find("[madvise]") != std::string::npos;
}

// The PDF to be read: the sizes of the files named; a folder counts as enough.
bool enoughToRead(int argc, char** argv)
{
    off_t bytes = 0;
    bool options = true;
    for (int i = 2; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (options && argument == "--") {
            options = false;
            continue;
        }
        if (options && argument.starts_with('-'))
            continue; // an option's value is looked at too: it is not a PDF, and rarely exists
        struct stat info { };
        if (stat(argv[i], &info) != 0)
            continue;
        if (S_ISDIR(info.st_mode))
            return true;
        if (S_ISREG(info.st_mode))
            bytes += info.st_size;
    }
    return bytes >= kWorthIt;
}
#endif

} // namespace

bool LargePageHeap::active()
{
    const char* set = std::getenv("GLIBC_TUNABLES");
    return set && std::string_view(set).find(kTunables) != std::string_view::npos;
}

void LargePageHeap::relaunchForImport(int argc, char** argv)
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    if (argc < 3 || std::string_view(argv[1]) != "import")
        return;
    const char* off = std::getenv("SCRUTINEER_LARGE_PAGE_HEAP");
    if (off && std::string_view(off) == "0")
        return;
    const char* existing = std::getenv("GLIBC_TUNABLES");
    if (existing && std::string_view(existing).find("glibc.malloc.hugetlb") != std::string_view::npos)
        return; // set already: by the user, or this is the second start
    if (!kernelGivesLargePages() || !enoughToRead(argc, argv))
        return;
    const std::string before = existing ? existing : "";
    const std::string value = before.empty() ? std::string(kTunables) : before + ':' + std::string(kTunables);
    if (setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    if (existing) // exec failed: go on as before, with the user's own value
        setenv("GLIBC_TUNABLES", before.c_str(), 1);
    else
        unsetenv("GLIBC_TUNABLES");
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
#endif
}

} // namespace scrutineer::cli
