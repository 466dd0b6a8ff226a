#pragma once

#include "AgendaItem.h"
#include "layout/LayoutPage.h"

#include <QList>
#include <QString>

#include <optional>

// The stretch of a document that holds the agenda list: from the first agenda heading
// ("AGENDA", "A G E N D A", "Agenda Item No", "Regular Meeting Agenda") to a blank page, a
// page stamped "Agenda Item N" or a page that opens with minutes. Also classifies its lines:
// numbered item starts (arabic, decimal, roman, lettered) and unnumbered headings. Stateless; any thread.
namespace scrutineer::parse {

// What a line of an agenda table is: not in a table; the first or a further line of a row's
// cells; a row with a time but no number ("14:50 | Comfort break"); a line across the columns
// (a section heading, a banner, a sentence under the table).
enum class AgendaTableRow { None, Cell, Unnumbered, Spanning };

struct AgendaLine {
    QString text;
    layout::LayoutLine line;
    int page = 0;
    qreal pageWidth = 0;
    qreal pageLeft = 0; // left edge of the page's text
    // The pages printed in a column of their own left of the item's number ("3 - 6 | 3 | Minutes"),
    // taken out of the line.
    std::optional<PageRange> leftRange;
    // What a dot leader leads to at the right ("Minutes ........ Pages 3 - 12", "… ..... Verbal"),
    // taken out of the line: the pages when it names them, else the note printed in their place.
    std::optional<PageRange> leaderRange;
    QString leaderCell;
    // Cut from an agenda printed as a table with a header row (AgendaTable): the text of the
    // row's Lead / Presenter and Time cells, and what the line is within the table.
    QString leadCell;
    QString timeCell;
    AgendaTableRow tableRow = AgendaTableRow::None;
    bool numberCell = false; // the first word is the item's number, alone in a Number column
};

// "4. Children's Social Care …", "3   English Devolution …", "IV. CLOSED SESSION REPORT", "a) 23-0028 …".
struct ItemStart {
    QString number; // as printed, without the dot
    int value = 0; // numeric value (roman converted, letter a = 1)
    qreal numberLeft = 0;
    int restWord = 1; // index of the first word after the number in line.words
    int minor = 0; // the second part of a decimal number ("9.2" -> value 9, minor 2)
};

class AgendaRegion final {
public:
    static QList<AgendaLine> collect(const layout::LayoutDocument& document);

    static std::optional<ItemStart> arabicStart(const AgendaLine& line);
    static std::optional<ItemStart> romanStart(const AgendaLine& line);
    // An entry numbered by its own reference ("2021-12   Resolution approving …"); value 0.
    static std::optional<ItemStart> referenceStart(const AgendaLine& line);
    static std::optional<ItemStart> letterStart(const AgendaLine& line);
    // "9.2   Council House Voids …": an item numbered within its section, set apart from its title.
    static std::optional<ItemStart> decimalStart(const AgendaLine& line);
    // A heading printed without a number at the left margin: "CALL TO ORDER", "ORAL
    // COMMUNICATIONS", "COMMUNITY DEVELOPMENT DIRECTOR'S REPORT" (the first cell of the line).
    static bool isUnnumberedHeading(const QList<AgendaLine>& lines, int index, QString* heading, QString* aside);

    static qreal gap(const AgendaLine& a, const AgendaLine& b);

    // Takes a dot leader and what it leads to out of the line (leaderRange, leaderCell).
    static void takeLeader(AgendaLine& entry);
    // The pages a cell at the end of a leader names: "Pages 3 - 12", "Page 83", "3 - 12", "83".
    static std::optional<PageRange> leaderPages(const QString& cell);
};

} // namespace scrutineer::parse
