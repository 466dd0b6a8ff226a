#pragma once

#include "ImportBundle.h"
#include "TableTemplate.h"
#include "layout/LayoutPage.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

// Runs every parser over a document's layout and assembles what they found into one staged
// ImportBundle (no file, hash or ids). Works on hand-built layouts as well as on PDFs.
// Stateless; any thread (it may start one more for the minutes).
namespace scrutineer {

class DocumentAnalyser final {
    Q_DECLARE_TR_FUNCTIONS(DocumentAnalyser)

public:
    struct Options {
        // Each page has been through Furniture::stripPage already (the page readers do it while
        // the other pages are still being read); only the running headers are left to find.
        bool pagesStripped = false;
        // The minutes are read on a second thread while the tables are read on this one.
        bool parallel = false;
        // Warn about pages without a text layer and pages cut off at a limit (off when the caller
        // analyses a long document in sections and warns about its pages itself).
        bool pageWarnings = true;
        // What the user taught, for any body; those for the document's body (and title) read its
        // tables again (TemplateReader).
        QList<TableTemplate> templates;
        // Given the bundle's page records as soon as the page map is known, before the minutes,
        // tables and recommendations are read (a writer may store them meanwhile); called once,
        // on the analysing thread. They are the records the bundle ends with.
        std::function<void(const QList<PageRecord>& pages)> pagesReady;
    };
    static ImportBundle analyse(layout::LayoutDocument& document) { return analyse(document, Options {}); }
    static ImportBundle analyse(layout::LayoutDocument& document, const Options& options);
    static ImportBundle analyse(layout::LayoutDocument& document, const QList<TableTemplate>& templates)
    {
        Options options;
        options.templates = templates;
        return analyse(document, options);
    }

    // Two descriptions of one meeting: same date, and the same body when both name one.
    static bool sameMeeting(const Meeting& a, const Meeting& b);
    // What `source` adds to `target` (attendance, declarations, minutes; details `target` lacks).
    static void mergeInto(Meeting& target, const Meeting& source);
    // The warnings about pages with no text layer, and about pages cut off at a limit (with why).
    static QStringList pageWarnings(const QList<int>& noText, const QList<QPair<int, QString>>& cutOff);
};

} // namespace scrutineer
