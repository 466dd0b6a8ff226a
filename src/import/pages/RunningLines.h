#pragma once

#include "layout/LayoutPage.h"

// Running headers and footers: lines near the top or foot of the page that repeat at (nearly)
// the same distance from that edge on a run of pages, compared after digits are normalised
// ("Page 3 of 9", dates). Lines are hashed by signature, so the pass is linear in the number of
// lines. A line seen on fewer than three pages of a run (or scattered far apart) stays: report
// templates repeat their headings at the same place, and that is body text. Table header rows
// repeated on every page of a plan stay too unless they sit in the outer margin. Removes the
// lines it finds from `page.lines` and records them. Stateless; any thread.
namespace scrutineer::parse {

class RunningLines final {
public:
    static void strip(layout::LayoutDocument& document);

    // The comparison key of a line's text: lower case, digit runs as '#', spaces collapsed.
    static QString signature(const QString& text);
};

} // namespace scrutineer::parse
