#pragma once

namespace scrutineer::cli {

// What this process's PCRE2 entry points (see LazyJit.cpp) have done so far. Any thread may call
// these.
struct LazyJitCounts {
    int patterns = 0; // patterns Qt asked to JIT-compile
    int compiled = 0; // of those, JIT-compiled (for complete matches only) once used often enough
    int matchesUnchecked = 0; // matches whose subject held no surrogate, so PCRE2 skipped its UTF check
};
LazyJitCounts lazyJitCounts();

// How many matches of a pattern run through PCRE2's interpreter before its JIT code is compiled
// (callgrind, 9 and 100 pages: 4 to 12 equally good; 32 gave back half the gain, 1 most of it).
inline constexpr int kMatchesBeforeJit = 8;

} // namespace scrutineer::cli
