// scrutineer-cli: starts the command-line program (scrutineer-cli-main, beside this one or in
// libexec/scrutineer) with the same arguments, after asking glibc for 2 MB heap pages for an
// import (LargePageHeap). It loads nothing but the C library, so that this costs about a
// millisecond, where the CLI starting itself again cost a second load of its 60-odd libraries.
// Its two messages are for a broken installation, before any translation can be loaded.
#include "LargePageHeap.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace {

constexpr const char* kProgram = "scrutineer-cli-main";

// Where the program is: beside this launcher (the build tree, or an install that puts both in
// bin/), else in ../libexec/scrutineer/ (an install by CMake).
bool findProgram(char (&path)[PATH_MAX])
{
    char self[PATH_MAX] = {};
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0)
        return false;
    char* slash = std::strrchr(self, '/');
    if (!slash)
        return false;
    *slash = '\0';
    const char* const places[] = {"/", "/../libexec/scrutineer/"};
    for (const char* relative : places) {
        const int written = std::snprintf(path, sizeof path, "%s%s%s", self, relative, kProgram);
        if (written > 0 && written < int(sizeof path) && access(path, X_OK) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    char program[PATH_MAX] = {};
    if (!findProgram(program)) {
        std::fprintf(stderr, "scrutineer-cli: %s is not installed beside this program or in ../libexec/scrutineer\n",
                     kProgram);
        return 127;
    }
    if (scrutineer::cli::LargePageHeap::wanted(argc, argv))
        scrutineer::cli::LargePageHeap::ask();
    execv(program, argv);
    std::fprintf(stderr, "scrutineer-cli: cannot start %s: %s\n", program, std::strerror(errno));
    return 127;
}
