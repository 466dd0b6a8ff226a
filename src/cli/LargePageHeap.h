#pragma once

namespace scrutineer::cli {

// Lets a large import's heap be backed by 2 MB pages. An import allocates tens to hundreds of MB
// in small pieces (every word of every page); faulted in 4 KB at a time that is 2,500 faults for
// 10 MB, and in a virtual machine a fault costs about 16 µs: a fifth of a 256-page import's CPU.
// glibc does it when GLIBC_TUNABLES asks (glibc.malloc.hugetlb=1) but reads that only as a program
// starts, so an import with enough PDF to read runs the program again with it set.
// Linux with glibc only; SCRUTINEER_LARGE_PAGE_HEAP=0 in the environment turns it off.
// Main thread, first thing in main(), before any other thread exists.
class LargePageHeap final {
public:
    // Returns only when the program was not run again: not an import, too little to read, the
    // kernel gives no large pages, the setting is there already, or exec failed.
    static void relaunchForImport(int argc, char** argv);
    // Whether this run asked glibc for large pages (it may still not get them from the kernel).
    static bool active();
};

} // namespace scrutineer::cli
