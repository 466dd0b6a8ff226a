#pragma once

#include "minutes/MinutesLines.h"

#include <QList>
#include <QString>

// Splits the body of a set of minutes into numbered minute items. A heading is a reference
// (MinuteReferences: "12.", "OS.31", "45/23") that continues a run of its shape (strictly
// increasing, no wild jumps) followed by a title printed in capitals, in title case, after a
// left-hand number column, or followed by "(Item N)".
// Report paragraphs, sentence-case objectives and wrapped figures are rejected.
// Stateless; any thread.
namespace scrutineer::parse {

struct MinuteSpan {
    QString number;
    QString title;
    QString item; // from "(Item N)", empty otherwise
    int page = 0; // page of the heading
    qsizetype heading = 0; // index of the heading line
    qsizetype body = 0; // first line after the heading (and its continuation / item lines)
    qsizetype end = 0; // one past the last line of the minute
    bool tableRow = false; // a row of minutes printed as a table: the body is the decision cell
};

class MinuteSplitter final {
public:
    // Minute items among lines [from, to).
    static QList<MinuteSpan> split(const QList<MinutesLine>& lines, qsizetype from, qsizetype to);

    // Minutes headed by titles with "(Item N)" under them and no minute number: the title is the
    // line or lines above the item line, set apart from the text before them. Spans get no number.
    static QList<MinuteSpan> splitByItemLines(const QList<MinutesLine>& lines, qsizetype from, qsizetype to);

    // Minutes that number none of their items (US minutes): sections headed by a line in
    // capitals at the body margin, standing apart from the text above and below it
    // ("CONSENT CALENDAR", "PUBLIC HEARINGS", "ORAL COMMUNICATIONS"); a heading may wrap onto a
    // second capitals line. Spans get no number. Roll-call labels, lead-ins ending in a colon,
    // sentences and capitals inside a paragraph are no headings; a heading with no text under
    // it before the next one is dropped. Fewer than two headings: no sections, empty result.
    static QList<MinuteSpan> splitUnnumbered(const QList<MinutesLine>& lines, qsizetype from, qsizetype to);

    // Title case: every significant word starts with a capital or digit.
    static bool isTitleCase(const QString& title);
};

} // namespace scrutineer::parse
