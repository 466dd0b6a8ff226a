#pragma once

#include "Action.h"
#include "AgendaItem.h"
#include "DomainEnums.h"
#include "Meeting.h"
#include "layout/LayoutPage.h"

#include <QCoreApplication>
#include <QStringList>

// Finds minutes (inside a pack's "Minutes of the Previous Meeting" item or a stand-alone
// minutes PDF) and reads the meeting they record: attendance, declarations, minute items,
// resolutions with clauses and votes, requested actions and cross-references.
// Stateless; any thread.
namespace scrutineer::parse {

class PageLines;

struct MinutesContext {
    DocumentKind kind = DocumentKind::Other;
    QString authority; // from the front sheet, if known
    QString body; // the body whose papers these are
    QDate packMeetingDate; // the meeting the pack is for (minutes usually record an earlier one)
    QList<AgendaItem> agenda; // the pack's agenda, with pdfPages where known
    // The document's lines, when the caller has prepared them for other readers too (else the
    // parser prepares its own).
    const PageLines* lines = nullptr;
};

struct MinutesResult {
    QList<Meeting> meetings; // recorded meetings, with attendance, declarations and minutes
    QList<Action> actions; // origin resolution / actions-arising; meetingIndex into `meetings`
    QStringList warnings; // source defects and notices, verbatim ("NOT SUBJECT TO CALL IN", impossible dates)
};

class MinutesParser final {
    Q_DECLARE_TR_FUNCTIONS(MinutesParser)

public:
    static MinutesResult parse(const layout::LayoutDocument& document, const MinutesContext& context);
};

} // namespace scrutineer::parse
