#include "LargePageHeap.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace scrutineer::cli {
namespace {

// glibc's own switch for 2 MB pages in malloc (2.35 on), and heap growth in 32 MB steps so that
// whole 2 MB blocks lie inside what is mapped.
constexpr const char* kTunables = "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=33554432";

[[maybe_unused]] bool kernelGivesLargePages()
{
    std::FILE* mode = std::fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
    if (!mode)
        return false;
    char line[128] = {};
    const bool read = std::fgets(line, sizeof line, mode) != nullptr;
    std::fclose(mode);
    return read && (std::strstr(line, "[always]") || std::strstr(line, "[madvise]"));
}

} // namespace

bool LargePageHeap::wanted(int argc, char** argv)
{
#if defined(__linux__) && defined(__GLIBC__)
    if (argc < 2 || std::strcmp(argv[1], "import") != 0)
        return false;
    const char* off = std::getenv("SCRUTINEER_LARGE_PAGE_HEAP");
    if (off && std::strcmp(off, "0") == 0)
        return false;
    const char* existing = std::getenv("GLIBC_TUNABLES");
    if (existing && std::strstr(existing, "glibc.malloc.hugetlb"))
        return false; // the user's own choice
    return kernelGivesLargePages();
#else
    (void)argc;
    (void)argv;
    return false;
#endif
}

bool LargePageHeap::ask()
{
    const char* existing = std::getenv("GLIBC_TUNABLES");
    if (!existing || !*existing)
        return setenv("GLIBC_TUNABLES", kTunables, 1) == 0;
    const std::size_t size = std::strlen(existing) + 1 + std::strlen(kTunables) + 1;
    char* value = static_cast<char*>(std::malloc(size));
    if (!value)
        return false;
    std::snprintf(value, size, "%s:%s", existing, kTunables);
    const bool set = setenv("GLIBC_TUNABLES", value, 1) == 0;
    std::free(value);
    return set;
}

bool LargePageHeap::active()
{
    const char* set = std::getenv("GLIBC_TUNABLES");
    return set && std::strstr(set, kTunables);
}

} // namespace scrutineer::cli
