#pragma once

#include <cstddef>
#include <cstdint>

// The bodies of the fuzz harnesses, shared by the libFuzzer programs (tests/fuzz/FuzzMain.cpp)
// and by the regression test that replays every input a fuzzer ever crashed on. Each takes any
// bytes and returns 0; a bug shows as a crash or a sanitizer report. Any thread, one call at a time.
namespace scrutineer::fuzz {

// Bytes as a PDF file: opened and read page by page through PdfDocument (the Poppler adapter).
int runPdf(const std::uint8_t* data, std::size_t size);
// Byte 0 picks how, the rest decodes to a layout (LayoutCodec.h): the whole analysis, or each
// parser entry point on its own, over words (the furniture pass builds lines) or explicit lines.
int runLayout(const std::uint8_t* data, std::size_t size);
// UTF-8 text through the band grammar (rating::parseBand), BandParser and the ratings.
int runBands(const std::uint8_t* data, std::size_t size);
// UTF-8 text through DateText: dates, times, due dates, month names.
int runDates(const std::uint8_t* data, std::size_t size);
// UTF-8 text through PersonName, the name helpers of TextUtil and the name-list parser.
int runNames(const std::uint8_t* data, std::size_t size);

} // namespace scrutineer::fuzz
