#pragma once

#include "ImportBundle.h"
#include "layout/LayoutPage.h"

// Runs every parser over a document's layout and assembles what they found into one staged
// ImportBundle (no file, hash or ids). Works on hand-built layouts as well as on PDFs.
// Stateless; any thread.
namespace scrutineer {

class DocumentAnalyser final {
public:
    static ImportBundle analyse(layout::LayoutDocument& document);
};

} // namespace scrutineer
