#pragma once

#include <QList>
#include <QString>

#include <atomic>

class QPrinter;

namespace scrutineer::gui {

// Prints a pack: which pages the print dialog asked for (all, a range, or the page being read),
// and each of them rendered through the Poppler adapter and fitted to the printer's page.
// pagesFor() is pure; print() opens its own document, so it may run on a worker thread.
class PackPrinter final {
public:
    // 1-based pages to print for the printer's print range, within 1..pageCount.
    static QList<int> pagesFor(const QPrinter& printer, int pageCount, int currentPage);
    // Prints `pages` of the PDF at `path`; returns an empty string, or why it could not (user-facing).
    static QString print(const QString& path, QPrinter& printer, const QList<int>& pages,
                         const std::atomic_bool* cancelled = nullptr);
};

} // namespace scrutineer::gui
