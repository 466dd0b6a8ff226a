#pragma once

#include "agenda/FrontMatter.h"

#include <QString>

// Labelled front-sheet fields ("MEETING:", "Date:", "Place:", "Ask for:", "E-mail:") and
// the lines that are structure rather than values (headings, membership headers).
// Pure functions; any thread.
namespace scrutineer::parse {

enum class FrontLabel { None, Meeting, Date, Time, Venue, Officer, Phone, Email, Other };

struct LabelledValue {
    FrontLabel label = FrontLabel::None;
    QString value; // text after the label on the same line, trimmed
};

class FrontLabels final {
public:
    static LabelledValue match(const QString& line);
    // A line of a label column: the label alone in the first cell, printed without its colon,
    // and the value in a cell of its own beside it ("Venue      Council Chamber, County Hall").
    // Returns the line as "Venue: Council Chamber, County Hall", or an empty string.
    static QString labelColumnText(const layout::LayoutLine& line);
    // Headings and headers that end a wrapped value: "Member", "Substitute", "Membership",
    // "A G E N D A", a numbered item, a letter greeting, another label.
    static bool isStructural(const QString& line);
    // The labelled value with its wrapped continuation lines (index of the labelled line in
    // lines); `joinAll` false stops at the first line unless the value is visibly unfinished
    // (open bracket, trailing connector).
    static QString wrappedValue(const QList<FrontLine>& lines, int index, const QString& first, bool joinAll,
                                int* lastIndex = nullptr);
    // An e-mail address that may wrap at a dot: "georgina.little@kent" ⏎ ".gov.uk".
    static QString wrappedEmail(const QList<FrontLine>& lines, int index, const QString& first);
};

} // namespace scrutineer::parse
