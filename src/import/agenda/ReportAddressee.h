#pragma once

#include "Meeting.h"
#include "layout/LayoutPage.h"

#include <optional>

// The meeting an officers' or cabinet member's report is written for, from its front sheet:
// "To: County Council – 13 March 2025", "Report to: Cabinet" with "Date of meeting: 4 March
// 2025", or the same labels in a column of their own without colons. The date a report was
// written or sent is not the meeting's. Labels live in the lexicon (document-cues.json,
// "report-addressee" and "meeting-date-label"). Stateless; any thread.
namespace scrutineer::parse {

class ReportAddressee final {
public:
    // The body and date of the meeting the report's first page names; std::nullopt when it names
    // none with a date.
    static std::optional<Meeting> read(const layout::LayoutDocument& document);
};

} // namespace scrutineer::parse
