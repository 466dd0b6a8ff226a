#pragma once

namespace scrutineer::cli {

// Lets an import's heap be backed by 2 MB pages. An import allocates tens to hundreds of MB in
// small pieces (every word of every page); faulted in 4 KB at a time that is 2,500 faults for
// 10 MB, and in a virtual machine a fault costs about 16 µs: a fifth of a 256-page import's CPU.
// glibc does it when GLIBC_TUNABLES asks (glibc.malloc.hugetlb=1) but reads that only as a program
// starts, so the launcher (launcher/main.cpp) sets it before it starts the CLI for an import.
// Linux with glibc only; SCRUTINEER_LARGE_PAGE_HEAP=0 in the environment turns it off.
// C library only (the launcher loads nothing else); main thread, before any other thread exists.
class LargePageHeap final {
public:
    // Whether the command is an import, the switch is not off, GLIBC_TUNABLES does not already
    // set malloc's page size (the user's choice is kept) and the kernel offers large pages.
    static bool wanted(int argc, char** argv);
    // Adds glibc's settings to GLIBC_TUNABLES for the program about to be started.
    static bool ask();
    // Whether this run asked glibc for large pages (it may still not get them from the kernel).
    static bool active();
};

} // namespace scrutineer::cli
