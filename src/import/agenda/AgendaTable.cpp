#include "agenda/AgendaTable.h"

#include "agenda/AgendaText.h"
#include "lexicon/Lexicon.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace scrutineer::parse {
namespace {

// What an agenda table's column holds. Item is a bare 'Item' heading, numbers or titles by the
// headings beside it.
enum class AgendaTableRole { Number, Title, Time, Lead, Purpose, Paper, Pages, Item };

struct AgendaTableColumn {
    qreal left = 0; // where the column's cells begin: its heading's left edge, less a little
    AgendaTableRole role = AgendaTableRole::Title;
};

std::optional<AgendaTableRole> agendaTableRole(const QString& heading)
{
    static const std::array<std::pair<const char*, AgendaTableRole>, 8> cues {{
        {"agenda-column-item", AgendaTableRole::Item},
        {"agenda-column-number", AgendaTableRole::Number},
        {"agenda-column-title", AgendaTableRole::Title},
        {"agenda-column-time", AgendaTableRole::Time},
        {"agenda-column-lead", AgendaTableRole::Lead},
        {"agenda-column-purpose", AgendaTableRole::Purpose},
        {"agenda-column-paper", AgendaTableRole::Paper},
        {"agenda-column-pages", AgendaTableRole::Pages},
    }};
    const QString text = heading.trimmed();
    for (const auto& [cue, role] : cues) {
        if (Lexicon::instance().matches(QString::fromLatin1(cue), text))
            return role;
    }
    return std::nullopt;
}

bool agendaTableHas(const QList<AgendaTableColumn>& columns, AgendaTableRole role)
{
    return std::any_of(columns.cbegin(), columns.cend(), [role](const AgendaTableColumn& c) { return c.role == role; });
}

// A header row: three or more cells, every one a known agenda column, among them the titles'
// column and one a plain numbered list does not print (a time, lead, purpose or paper).
std::optional<QList<AgendaTableColumn>> agendaTableHeader(const AgendaLine& line)
{
    const qreal h = AgendaText::height(line.line);
    const QList<layout::LayoutLine> cells = line.line.cells(h * 0.7); // columns set close; any two word spaces
    if (cells.size() < 3)
        return std::nullopt;
    QList<AgendaTableColumn> columns;
    for (const layout::LayoutLine& cell : cells) {
        const auto role = agendaTableRole(AgendaText::lineText(cell));
        if (!role)
            return std::nullopt;
        columns.append(AgendaTableColumn {cell.box.left() - h * 0.6, *role});
    }
    const bool titles = agendaTableHas(columns, AgendaTableRole::Title);
    for (AgendaTableColumn& column : columns) {
        if (column.role == AgendaTableRole::Item)
            column.role = titles ? AgendaTableRole::Number : AgendaTableRole::Title;
    }
    if (!agendaTableHas(columns, AgendaTableRole::Title))
        return std::nullopt;
    for (const AgendaTableRole extra :
         {AgendaTableRole::Time, AgendaTableRole::Lead, AgendaTableRole::Purpose, AgendaTableRole::Paper}) {
        if (agendaTableHas(columns, extra))
            return columns;
    }
    return std::nullopt;
}

void agendaTableRebox(AgendaLine& line)
{
    line.line.box = QRectF();
    for (const layout::LayoutWord& w : std::as_const(line.line.words))
        line.line.box = line.line.box.isNull() ? w.box : line.line.box.united(w.box);
    line.text = AgendaText::lineText(line.line);
}

QString agendaTableJoin(const QList<layout::LayoutWord>& words)
{
    layout::LayoutLine cell;
    cell.words = words;
    return AgendaText::lineText(cell);
}

// Cuts one line under the header into its columns and appends what is left of it to `out`.
void cutAgendaTableLine(AgendaLine line, const QList<AgendaTableColumn>& columns, QList<AgendaLine>& out)
{
    QList<layout::LayoutWord> kept; // the number's and title's words
    QList<layout::LayoutWord> number;
    QList<layout::LayoutWord> lead;
    QList<layout::LayoutWord> time;
    QList<layout::LayoutWord> pages;
    const qreal h = AgendaText::height(line.line);
    bool spanning = false;
    for (const layout::LayoutWord& word : std::as_const(line.line.words)) {
        qsizetype c = -1;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (columns.at(i).left <= word.box.left())
                c = i;
        }
        // Left of the table, or a word running on over the next column's edge: not in the grid.
        if (c < 0 || (c + 1 < columns.size() && word.box.right() > columns.at(c + 1).left + h * 0.6)) {
            spanning = true;
            break;
        }
        switch (columns.at(c).role) {
        case AgendaTableRole::Number:
            number.append(word);
            kept.append(word);
            break;
        case AgendaTableRole::Title:
        case AgendaTableRole::Item:
            kept.append(word);
            break;
        case AgendaTableRole::Lead:
            lead.append(word);
            break;
        case AgendaTableRole::Time:
            time.append(word);
            break;
        case AgendaTableRole::Pages:
            pages.append(word);
            break;
        case AgendaTableRole::Purpose:
        case AgendaTableRole::Paper:
            break;
        }
    }
    // A time slot starts with a figure, an item's number is a short code: a heading, a banner
    // or a sentence set across the columns holds words there instead.
    static const QRegularExpression numberShape(
        QStringLiteral("^(?:\\d{1,3}(?:[A-Za-z]|\\([a-z]\\))?|\\d{1,2}\\.\\d{1,2}|\\(?[a-z]\\)|[IVXivx]{1,5})[.):]?$"));
    const QString timeText = agendaTableJoin(time);
    const QString numberText = agendaTableJoin(number);
    if (!timeText.isEmpty() && !timeText.at(0).isDigit())
        spanning = true;
    if (!numberText.isEmpty() && (number.size() > 1 || !numberShape.match(numberText).hasMatch()))
        spanning = true;
    if (spanning) {
        line.tableRow = AgendaTableRow::Spanning;
        out.append(line);
        return;
    }
    const QString leadText = agendaTableJoin(lead);
    const QString pagesText = agendaTableJoin(pages);
    if (kept.isEmpty()) {
        // The rest of a wrapped lead or range belongs to the row above.
        if (out.isEmpty() || out.last().page != line.page || out.last().tableRow != AgendaTableRow::Cell)
            return;
        AgendaLine& above = out.last();
        if (!leadText.isEmpty())
            above.leadCell = above.leadCell.isEmpty() ? leadText : AgendaText::joinWrapped(above.leadCell, leadText);
        if (!pagesText.isEmpty() && !above.leaderRange) {
            above.leaderCell = pagesText;
            above.leaderRange = AgendaRegion::leaderPages(pagesText);
        }
        return;
    }
    line.line.words = kept;
    agendaTableRebox(line);
    line.leadCell = leadText;
    line.timeCell = timeText;
    line.numberCell = !number.isEmpty();
    if (!pagesText.isEmpty() && line.leaderCell.isEmpty()) {
        line.leaderCell = pagesText;
        line.leaderRange = AgendaRegion::leaderPages(pagesText);
    }
    const bool numbered = agendaTableHas(columns, AgendaTableRole::Number);
    line.tableRow = numbered && number.isEmpty() && !timeText.isEmpty() ? AgendaTableRow::Unnumbered
                                                                        : AgendaTableRow::Cell;
    out.append(line);
}

} // namespace

void AgendaTable::cut(QList<AgendaLine>& lines)
{
    std::optional<QList<AgendaTableColumn>> columns;
    QList<AgendaLine> out;
    for (const AgendaLine& line : std::as_const(lines)) {
        if (auto header = agendaTableHeader(line)) {
            columns = std::move(header); // the first header, or one repeated on a later page
            continue;
        }
        if (!columns) {
            out.append(line);
            continue;
        }
        cutAgendaTableLine(line, *columns, out);
    }
    lines = out;
}

} // namespace scrutineer::parse
