#pragma once

namespace scrutineer::cli {

// How many patterns this process has JIT-compiled for complete matches only (see
// JitCompleteOnly.cpp). Any thread may call it.
int jitCompilesNarrowed();

} // namespace scrutineer::cli
