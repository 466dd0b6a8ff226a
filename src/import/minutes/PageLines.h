#pragma once

#include "layout/LayoutPage.h"
#include "minutes/MinutesLines.h"

#include <QList>
#include <QString>

#include <atomic>
#include <latch>
#include <memory>

namespace scrutineer::parse {

// The body lines of a document's pages, each page prepared once (its lines' text and table cells,
// whether a line sits in the margin or in the header and footer bands), from which the lines of
// any run of pages are collected as minutes::collectLines gives them. The minutes and the
// recommendations read the lines of the same pages: built once before they start, then only
// read, so both threads may collect from it at once. A copy: later changes to the document's
// pages are not seen. Built on any thread (it may start more for its pages), or prepared by the
// threads that will read it (Shared).
class PageLines final {
public:
    // Every page of `document`, prepared on up to `threads` threads.
    explicit PageLines(const layout::LayoutDocument& document, int threads = 1);
    // Nothing prepared yet: each thread that calls help() prepares pages no other has taken, so
    // that a thread free early does more of them. `document` must outlive the preparing.
    enum class Shared { Tag };
    PageLines(const layout::LayoutDocument& document, Shared);
    PageLines(const PageLines&) = delete;
    PageLines& operator=(const PageLines&) = delete;
    // Prepares pages until none is left to take, then waits until the others' are done too. Any
    // thread, any number of times; collect() may be called once it has returned.
    void help();
    // Only the pages numbered firstPage..lastPage.
    PageLines(const layout::LayoutDocument& document, int firstPage, int lastPage);

    // Body lines of pages [firstPage, lastPage] (1-based, inclusive), as minutes::collectLines.
    QList<MinutesLine> collect(int firstPage, int lastPage) const;

private:
    struct Line {
        MinutesLine line; // all but gapBefore, which depends on the lines kept before it
        qreal bottom = 0;
        bool marginStamp = false; // "Page N", "Agenda Item N" or a bare number in the margin
        bool inBand = false; // in the header or footer band, where running lines repeat
        QString repeatKey; // for lines in the band: the text without digits, and the height
    };
    struct Page {
        int number = 0;
        QList<Line> lines;
    };
    static Page prepare(const layout::LayoutPage& page);

    QList<Page> m_pages; // in document order
    // While shared: the document, the next page to take, the pages not yet prepared.
    const layout::LayoutDocument* m_document = nullptr;
    Page* m_slots = nullptr;
    std::atomic<qsizetype> m_next {0};
    std::unique_ptr<std::latch> m_unprepared;
};

} // namespace scrutineer::parse
