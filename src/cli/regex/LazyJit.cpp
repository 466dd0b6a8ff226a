#include "LazyJit.h"

#include <dlfcn.h>

#include <atomic>
#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// QRegularExpression JIT-compiles every pattern as soon as it compiles it, three times over (for
// complete matches and both kinds of partial match), and Qt 6 offers no option to ask for less or
// later. An import compiles some 250 patterns, most of which match a few lines only: compiling their
// JIT code cost more than all the matching they did (a 9-page import: 42 M instructions of 351 M).
// These definitions of PCRE2's entry points, in the program itself, come before the library's in
// the dynamic linker's search, so Qt's calls reach them:
// - pcre2_jit_compile_16 only notes the pattern (JIT code for complete matches is all the import
//   needs; a partial match runs in PCRE2's interpreter, as it would without JIT);
// - pcre2_match_16 runs a pattern's first kMatchesBeforeJit matches in PCRE2's interpreter, then
//   JIT-compiles a private copy of the pattern and runs every later match on the copy. The pattern
//   Qt holds is never changed while other threads may be matching it: the copy is compiled by the
//   one thread that made the count, and published once finished;
// - pcre2_code_free_16 frees the copy with the pattern.
// pcre2_match_16 also skips PCRE2's UTF-16 check of the subject when the subject holds no surrogate
// code unit at all (so it is valid UTF-16, and every offset is on a character): PCRE2 checks the
// whole subject on every match, which cost as much as the matching of short patterns.

namespace {

// From pcre2.h (part of PCRE2's stable interface; its header is not installed here).
constexpr std::uint32_t kJitComplete = 0x1U; // PCRE2_JIT_COMPLETE
constexpr std::uint32_t kNoUtfCheck = 0x40000000U; // PCRE2_NO_UTF_CHECK
constexpr int kJitBadOption = -45; // PCRE2_ERROR_JIT_BADOPTION

using JitCompile = int (*)(void*, std::uint32_t);
using Match = int (*)(const void*, const std::uint16_t*, std::size_t, std::size_t, std::uint32_t, void*, void*);
using CodeCopy = void* (*)(const void*);
using CodeFree = void (*)(void*);

template <typename F>
F lazyJitNext(const char* name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

JitCompile lazyJitCompileNext()
{
    static const auto next = lazyJitNext<JitCompile>("pcre2_jit_compile_16");
    return next;
}

Match lazyJitMatchNext()
{
    static const auto next = lazyJitNext<Match>("pcre2_match_16");
    return next;
}

CodeCopy lazyJitCopyNext()
{
    static const auto next = lazyJitNext<CodeCopy>("pcre2_code_copy_16");
    return next;
}

CodeFree lazyJitFreeNext()
{
    static const auto next = lazyJitNext<CodeFree>("pcre2_code_free_16");
    return next;
}

// The patterns noted, in an open-addressed table that matching threads read without a lock. A
// slot's pattern is set once by the thread that claims it; a pattern freed leaves its slot to be
// claimed again. When no slot is free within a few steps, the pattern is JIT-compiled at once
// (what Qt asked for).
struct LazyJitSlot {
    std::atomic<const void*> code {nullptr};
    std::atomic<int> uses {0};
    std::atomic<void*> jitted {nullptr}; // the JIT-compiled copy, once made
};

constexpr std::size_t kLazyJitSlotBits = 13;
constexpr std::size_t kLazyJitSlots = std::size_t {1} << kLazyJitSlotBits;
constexpr std::size_t kLazyJitProbes = 16;

LazyJitSlot g_lazyJitSlots[kLazyJitSlots];
const char g_lazyJitMarks[2] = {};
const void* const kLazyJitFreed = &g_lazyJitMarks[0]; // a slot whose pattern was freed
const void* const kLazyJitClaimed = &g_lazyJitMarks[1]; // a slot being set up

std::atomic<int> g_lazyJitPatterns {0};
std::atomic<int> g_lazyJitCompiled {0};
std::atomic<int> g_lazyJitUnchecked {0};

std::size_t lazyJitHome(const void* code)
{
    const auto bits = static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(code) >> 4);
    return static_cast<std::size_t>((bits * 0x9E3779B97F4A7C15ULL) >> (64 - kLazyJitSlotBits));
}

LazyJitSlot* lazyJitFind(const void* code)
{
    const std::size_t home = lazyJitHome(code);
    for (std::size_t i = 0; i < kLazyJitProbes; ++i) {
        LazyJitSlot& slot = g_lazyJitSlots[(home + i) & (kLazyJitSlots - 1)];
        const void* held = slot.code.load(std::memory_order_acquire);
        if (held == code)
            return &slot;
        if (held == nullptr)
            return nullptr;
    }
    return nullptr;
}

bool lazyJitNote(const void* code)
{
    const std::size_t home = lazyJitHome(code);
    for (std::size_t i = 0; i < kLazyJitProbes; ++i) {
        LazyJitSlot& slot = g_lazyJitSlots[(home + i) & (kLazyJitSlots - 1)];
        const void* held = slot.code.load(std::memory_order_acquire);
        if (held != nullptr && held != kLazyJitFreed)
            continue;
        if (!slot.code.compare_exchange_strong(held, kLazyJitClaimed, std::memory_order_acq_rel))
            continue;
        slot.uses.store(0, std::memory_order_relaxed);
        slot.jitted.store(nullptr, std::memory_order_relaxed);
        slot.code.store(code, std::memory_order_release);
        return true;
    }
    return false;
}

// True when no code unit is a surrogate (0xD800-0xDFFF).
bool lazyJitNoSurrogates(const std::uint16_t* subject, std::size_t length)
{
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i mask = _mm_set1_epi16(static_cast<short>(0xF800));
    const __m128i surrogate = _mm_set1_epi16(static_cast<short>(0xD800));
    for (; i + 8 <= length; i += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i*>(subject + i));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(units, mask), surrogate)) != 0)
            return false;
    }
#endif
    for (; i < length; ++i) {
        if ((subject[i] & 0xF800U) == 0xD800U)
            return false;
    }
    return true;
}

} // namespace

extern "C" __attribute__((visibility("default"))) int pcre2_jit_compile_16(void* code, std::uint32_t options)
{
    const JitCompile next = lazyJitCompileNext();
    if (next == nullptr || lazyJitMatchNext() == nullptr || lazyJitCopyNext() == nullptr
        || lazyJitFreeNext() == nullptr)
        return kJitBadOption; // matching goes on without JIT code
    if ((options & kJitComplete) == 0U)
        return next(code, options);
    g_lazyJitPatterns.fetch_add(1, std::memory_order_relaxed);
    if (lazyJitNote(code))
        return 0;
    g_lazyJitCompiled.fetch_add(1, std::memory_order_relaxed);
    return next(code, kJitComplete);
}

extern "C" __attribute__((visibility("default"))) int pcre2_match_16(const void* code, const std::uint16_t* subject,
                                                                     std::size_t length, std::size_t start,
                                                                     std::uint32_t options, void* matchData,
                                                                     void* context)
{
    const void* use = code;
    if (LazyJitSlot* slot = lazyJitFind(code)) {
        if (void* jitted = slot->jitted.load(std::memory_order_acquire)) {
            use = jitted;
        } else if (slot->uses.fetch_add(1, std::memory_order_relaxed) + 1 == scrutineer::cli::kMatchesBeforeJit) {
            if (void* copy = lazyJitCopyNext()(code)) {
                lazyJitCompileNext()(copy, kJitComplete);
                slot->jitted.store(copy, std::memory_order_release);
                g_lazyJitCompiled.fetch_add(1, std::memory_order_relaxed);
                use = copy;
            }
        }
    }
    if ((options & kNoUtfCheck) == 0U && subject != nullptr && length != ~std::size_t {0}
        && lazyJitNoSurrogates(subject, length)) {
        options |= kNoUtfCheck;
        g_lazyJitUnchecked.fetch_add(1, std::memory_order_relaxed);
    }
    return lazyJitMatchNext()(use, subject, length, start, options, matchData, context);
}

extern "C" __attribute__((visibility("default"))) void pcre2_code_free_16(void* code)
{
    const CodeFree next = lazyJitFreeNext();
    if (next == nullptr)
        return; // (never: the library that allocated the pattern defines it)
    if (code != nullptr) {
        if (LazyJitSlot* slot = lazyJitFind(code)) {
            if (void* jitted = slot->jitted.exchange(nullptr, std::memory_order_acq_rel))
                next(jitted);
            slot->code.store(kLazyJitFreed, std::memory_order_release);
        }
    }
    next(code);
}

namespace scrutineer::cli {

LazyJitCounts lazyJitCounts()
{
    return {g_lazyJitPatterns.load(std::memory_order_relaxed), g_lazyJitCompiled.load(std::memory_order_relaxed),
            g_lazyJitUnchecked.load(std::memory_order_relaxed)};
}

} // namespace scrutineer::cli
