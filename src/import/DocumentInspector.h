#pragma once

#include "ImportBundle.h"
#include "layout/LayoutPage.h"
#include "tables/PlanParser.h"

#include <QCoreApplication>
#include <QList>

// The inspection report of one analysed document: what each stretch of pages was read as (front
// sheet, agenda, minutes of which meeting, tables with their roles, report text) and what the
// importer saw but did not understand — a table that gave no rows, an aligned block of columns
// with no header it knows, a RESOLVED line in no resolution, minutes with no meeting. Works on the
// layout after furniture removal and on the staged bundle. Stateless; any thread.
namespace scrutineer {

class DocumentInspector final {
    Q_DECLARE_TR_FUNCTIONS(DocumentInspector)

public:
    static QList<PageRegion> inspect(const layout::LayoutDocument& document, const ImportBundle& bundle,
                                     const QList<parse::TableReport>& tables);
    // One line per thing not understood, for the document's import warnings.
    static QStringList unclaimedWarnings(const QList<PageRegion>& regions);
};

} // namespace scrutineer
