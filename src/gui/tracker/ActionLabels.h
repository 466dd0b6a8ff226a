#pragma once

#include "ActionRecord.h"
#include "Rating.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QIcon>
#include <QString>

#include <optional>

// What the chairs' tools show for actions and ratings: words for statuses and origins, due
// dates at their printed precision, the RAG of an action, and RAG colours that read on light and
// dark palettes. Pure functions (colours and icons: GUI thread).
namespace scrutineer::gui::labels {

QString status(ActionStatus status);
// The status as a chair should read it: a status printed in a plan is what was last reported,
// on the date of the meeting whose papers printed it ("Last reported: On track, 25 Sep 2018");
// an update made in Scrutineer, or an action without papers, is its status.
QString statusSnapshot(const ActionRecord& record);
// Who defined the row when it was not the importer's own reading; empty otherwise.
QString definedBy(const Action& action);
QString origin(ActionOrigin origin);
// "29 Jan 2019", "Oct 2018", "2019", else the due text as printed.
QString due(const Action& action);
// How late an action is, at the grain a chair reads it: "12 days" up to two months, then whole
// months ("35 months"), then "over 3 years"; empty when it is not late. The exact days are in the
// details.
QString lateness(int daysLate);

// Red: off track, or outstanding and past its due date; Amber: at risk; Green: complete, on
// track, business as usual. No colour for open, not started or unknown actions that are not late.
std::optional<rating::Rag> actionRag(const ActionRecord& record, const QDate& today);
QString ragName(rating::Rag rag); // translated "Red", "Amber", "Green"

// "Status set to Complete by jsmith, 3 Dec" for the latest status update (without "by" when
// nobody was recorded); empty when the status is as printed.
QString lastUpdate(const ActionRecord& record);
// "Added by jsmith, 3 Dec" for an action added by hand; empty otherwise.
QString addedBy(const ActionRecord& record);
// "3 Dec", with the year when it is not this year's.
QString shortDate(const QDateTime& when);

// Words to highlight on the source page: the ref when printed, else the first words of the text.
QString highlight(const Action& action);

QColor ragColor(rating::Rag rag);           // strong, for dots, lines and text
QColor ragTint(rating::Rag rag, bool dark); // soft background behind text
QIcon ragDot(rating::Rag rag);

} // namespace scrutineer::gui::labels
