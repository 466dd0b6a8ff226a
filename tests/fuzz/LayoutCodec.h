#pragma once

#include "layout/LayoutPage.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// A compact byte form of the layout model, so that a fuzzer's bytes always decode to pages of
// words with boxes (any bytes are a valid document), and real layouts can be written as seeds.
// Records, each opened by a tag byte (tag % 8):
//   0  page      u8 width, u8 height (200 + 4 * v points), u8 rotation (v % 4 * 90)
//   1-4 word     u16 x, u16 y (v / 32 points), u8 width (v / 2 points), u8 height (v / 8 points),
//                u8 flags (1 space after, 2 vertical), u8 length, then that many bytes of UTF-8
//   5  line end  (explicit lines only) the words since the last line end make one line
//   6  metadata  u8 which (0 title, 1 subject, else an outline entry), u8 length, UTF-8 bytes
//   7  label     u8 length, UTF-8 bytes: the page's own label
// Integers are little-endian; a record cut short by the end of the input ends the document.
// Pure functions; any thread.
namespace scrutineer::fuzz {

struct DecodeLimits {
    int maxPages = 24;
    int maxWordsPerPage = 3000;
};

// Pages numbered 1, 2, … in order, words in input order. With explicitLines, each page's lines are
// the words between line-end records (the furniture pass is skipped); otherwise lines stay empty
// for the pipeline to build.
layout::LayoutDocument decodeLayout(const std::uint8_t* data, std::size_t size, bool explicitLines,
                                    const DecodeLimits& limits = {});

// Pages [first, first + count) of a document, words clamped to what the format can hold, lines
// written as line-end records when the pages have lines.
QByteArray encodeLayout(const layout::LayoutDocument& document, int first, int count);

} // namespace scrutineer::fuzz
