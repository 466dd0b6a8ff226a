#pragma once

#include "AgendaItem.h"
#include "layout/LayoutPage.h"

#include <QString>

#include <optional>

// Text patterns shared by the front-sheet and agenda readers: page ranges, item numbers,
// roman numerals, stamp-like lines that may still sit in the text, section headings.
// Pure functions; any thread.
namespace scrutineer::parse {

// A parenthesised pack range found inside a line: "(Pages 5 - 20)", "(Page 7)".
struct RangeInText {
    PageRange range;
    qsizetype start = 0;
    qsizetype length = 0;
};

// Whether a heading opens exempt (closed) business or open business.
enum class SectionKind { None, Open, Exempt };

class AgendaText final {
public:
    static QString lineText(const layout::LayoutLine& line);
    static QString cellText(const layout::LayoutLine& cell) { return lineText(cell); }

    static std::optional<RangeInText> findRange(const QString& text);
    // A Pages-column cell: "9 - 14", "79 -" (open, first only), "114" (a lone number).
    static std::optional<PageRange> bareRange(const QString& cell);
    static bool isOpenBareRange(const QString& cell, int* first);

    // "Page 4", "Page 2 of 2", "Agenda Item 3": stamps the furniture pass may not have removed.
    static bool isStampLine(const QString& text);
    static bool isBlankNotice(const QString& text);
    static bool isBlankPage(const layout::LayoutPage& page);

    // "IV" -> 4; 0 when the text is not a roman numeral.
    static int romanValue(const QString& text);

    // "UNRESTRICTED ITEMS", "EXEMPT ITEMS", "5:00 PM - CLOSED SESSION", "PART 2" ...
    static SectionKind sectionKind(const QString& text);

    // Joins a wrapped line to the text before it: a line-end hyphen joins into a following
    // lower-case word, spaced dashes are kept.
    static QString joinWrapped(const QString& before, const QString& after);
    // True when a title cannot end here ("… Panel and", "… of the", "… –").
    static bool endsWithConnector(const QString& text);
    // True when the line's first letter is lower case: it goes on with a sentence from the line
    // above ("assessments shows … the Proposed Record of Decision, the Cabinet"), so it is no
    // heading and names nothing by itself, however it ends.
    static bool beginsMidSentence(const QString& text);

    // Typical line height of a line (box height), never below 1.
    static qreal height(const layout::LayoutLine& line);
};

} // namespace scrutineer::parse
