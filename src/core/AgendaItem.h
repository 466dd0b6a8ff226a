#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace scrutineer {

// An inclusive page range.
struct PageRange {
    int first = 0;
    int last = 0;
    bool operator==(const PageRange&) const = default;
};

// One item of a meeting's agenda with where its papers sit in the pack.
struct AgendaItem {
    QString number;                     // as printed: "4", "7a", "IV.B"
    QString title;
    QString description;                // sub-line under the title, if any
    QString reportOf;                   // "Director of Social Care and Health"
    std::optional<PageRange> packPages; // printed pack pages from the agenda
    std::optional<PageRange> pdfPages;  // physical pages
    QString pageEvidence;               // "agenda-range", "stamps", "agenda-range+stamps"
    bool exempt = false;
    QString exemptParagraphs;           // Schedule 12A paragraphs, as printed
    QStringList flags;                  // disagreements between evidence, gaps, overlaps
    int pdfPage = 0;                    // page of the agenda list where the item is printed
};

} // namespace scrutineer
