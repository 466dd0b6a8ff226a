#pragma once

#include "layout/LayoutPage.h"

// Page furniture found by geometry: "Agenda Item N" stamps (top/right margin, vertical on
// landscape pages), printed "Page N" numbers (footer or left margin), running headers and
// footers repeated across pages, and "intentionally left blank" notices. Fills each page's
// `furniture` and rebuilds `lines` without the furniture. Stateless; any thread.
namespace scrutineer::parse {

class Furniture final {
public:
    static void strip(layout::LayoutDocument& document);
    // Strips one page's stamps and blank notice (no running headers: they need the document).
    static void stripPage(layout::LayoutPage& page);
};

} // namespace scrutineer::parse
