#pragma once

#include <QString>

#include <optional>

namespace scrutineer::gui {

// How the reader is told where they are: the printed pack page (what the agenda cites) and the
// physical PDF page, e.g. "Page 21 · PDF p. 23". Pure functions; any thread.
class PageLabel final {
public:
    static QString text(int pdfPage, std::optional<int> packPage, int pageCount);
    static QString accessibleText(int pdfPage, std::optional<int> packPage, int pageCount);
};

} // namespace scrutineer::gui
