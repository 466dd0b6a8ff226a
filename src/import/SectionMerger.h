#pragma once

#include "ImportBundle.h"

#include <QCoreApplication>

// A document too long to analyse in one piece is analysed in sections of consecutive pages, each
// as a document of its own with pages numbered from 1; this puts the sections' bundles together
// into the document's bundle: pages renumbered, meetings that are the same meeting merged, actions
// and readings pointed at the merged meetings and indicators, notes about later sections prefixed
// with the pages they speak of. Plain functions over values; any thread.
namespace scrutineer {

class SectionMerger final {
    Q_DECLARE_TR_FUNCTIONS(SectionMerger)

public:
    // Adds the pages and facts of `section`, whose page 1 is page `offset + 1` of the document,
    // to `into` (the first section's bundle, or empty). `into` keeps its kind, title and file.
    static void append(ImportBundle& into, ImportBundle section, int offset);

    // Every page number in the bundle (pages, facts, regions) moved on by `offset`; 0 (unknown)
    // stays 0.
    static void shiftPages(ImportBundle& bundle, int offset);
};

} // namespace scrutineer
