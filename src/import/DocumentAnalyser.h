#pragma once

#include "ImportBundle.h"
#include "TableTemplate.h"
#include "layout/LayoutPage.h"

#include <QList>

// Runs every parser over a document's layout and assembles what they found into one staged
// ImportBundle (no file, hash or ids). Works on hand-built layouts as well as on PDFs.
// Stateless; any thread.
namespace scrutineer {

class DocumentAnalyser final {
public:
    // `templates`: what the user taught, for any body; those for the document's body (and title)
    // read its tables again (TemplateReader).
    static ImportBundle analyse(layout::LayoutDocument& document, const QList<TableTemplate>& templates = {});
};

} // namespace scrutineer
