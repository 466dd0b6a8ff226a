#pragma once

#include "TableTemplate.h"
#include "layout/LayoutPage.h"
#include "tables/PlanParser.h"

#include <QList>

// Reads a document's tables again with the templates the user taught for its body: each
// template's headings join the lexicon with the roles the user gave them, and the table readers
// run over the document with that lexicon. A table whose header is the template's (most of its
// headings, the anchor's among them) is taken from that reading, its rows marked "read with your
// template" and put in place of what the importer made of the same table, if anything. Templates
// taught on a table printed without headings carry no headings to find and are not applied.
// Stateless; any thread.
namespace scrutineer::parse {

class TemplateReader final {
public:
    // Applies the templates to the plan result of the same document, in place.
    static void apply(const layout::LayoutDocument& document, const QList<TableTemplate>& templates, PlanResult& plan);
    // True when the header's headings are the template's: most of its headed columns, the
    // anchor's (action, measure) among them when it has a heading.
    static bool headingsMatch(const TableTemplate& tableTemplate, const QStringList& headings);
};

} // namespace scrutineer::parse
