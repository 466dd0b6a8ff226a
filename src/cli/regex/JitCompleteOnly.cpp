#include "JitCompleteOnly.h"

#include <dlfcn.h>

#include <atomic>
#include <cstdint>

// QRegularExpression JIT-compiles every pattern three times over: for complete matches and for
// both kinds of partial match (PCRE2_JIT_COMPLETE | PCRE2_JIT_PARTIAL_SOFT | PCRE2_JIT_PARTIAL_HARD),
// and Qt 6 offers no option to ask for less. The import never asks for a partial match, and the
// compiling was a third of a 9-page import's instructions (its 215 patterns). This definition of
// PCRE2's entry point, in the program itself, comes before the library's in the dynamic linker's
// search, so Qt's call reaches it; it passes the call on to PCRE2 asking for the complete-match code
// only. A partial match asked for all the same is still right: PCRE2 runs it without JIT code.

namespace {

// PCRE2_JIT_COMPLETE in pcre2.h: part of PCRE2's stable interface (its header is not installed here).
constexpr std::uint32_t kJitComplete = 0x1U;

std::atomic<int> g_narrowed {0};

using JitCompile = int (*)(void*, std::uint32_t);

JitCompile pcreJitCompile()
{
    static const auto next = reinterpret_cast<JitCompile>(dlsym(RTLD_NEXT, "pcre2_jit_compile_16"));
    return next;
}

} // namespace

extern "C" __attribute__((visibility("default"))) int pcre2_jit_compile_16(void* code, std::uint32_t options)
{
    const JitCompile next = pcreJitCompile();
    if (next == nullptr)
        return -45; // PCRE2_ERROR_JIT_BADOPTION: matching goes on without JIT code
    if ((options & kJitComplete) != 0U) {
        options = kJitComplete;
        g_narrowed.fetch_add(1, std::memory_order_relaxed);
    }
    return next(code, options);
}

namespace scrutineer::cli {

int jitCompilesNarrowed()
{
    return g_narrowed.load(std::memory_order_relaxed);
}

} // namespace scrutineer::cli
