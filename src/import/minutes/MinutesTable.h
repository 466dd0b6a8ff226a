#pragma once

#include "minutes/MinuteSplitter.h"
#include "minutes/MinutesLines.h"
#include "minutes/ResolutionParser.h"

#include <QList>

#include <optional>

// Minutes printed as a table, one row per minute: a header naming a number column, the item's
// subject and the decision in any order (MinutesTableColumns), with other columns such as reasons,
// interests declared or actions beside them. Reads the rows back into the running lines
// the other minutes readers take: the lines above the table (attendance, preamble), then for each
// row a heading line "number title" and the decision cell's lines. A row whose number cell is
// empty (under a header repeated after a page break) goes on with the row before it. The
// subject's lines under the title ("Report of ...", "Key decision: Yes") are notes, not title.
// Stateless; any thread.
namespace scrutineer::parse {

struct MinutesTableReading {
    QList<MinutesLine> lines; // the preamble's lines as printed, then each row's heading and decision lines
    QList<MinuteSpan> spans; // one per row, over `lines`
    QList<Declaration> declarations; // read from a column of interests declared, by row
};

class MinutesTable final {
public:
    // The table among `lines`, read back; nothing when there is no such table or it has fewer than
    // two rows.
    static std::optional<MinutesTableReading> read(const QList<MinutesLine>& lines);

    // The decision a row's cell records without RESOLVED: a cell opening with an outcome word
    // ("Noted.", "Agreed as a correct record.", "Approved", "Agreed:" over numbered clauses) is the
    // decision as printed, clauses and all, flagged agreed-without-resolved. Nothing for a span
    // that is no table row or a cell that reports ("Apologies were received ...").
    static std::optional<ParsedResolution> cellDecision(const QList<MinutesLine>& lines, const MinuteSpan& span);
};

} // namespace scrutineer::parse
