#include "agenda/AgendaTimeColumn.h"

#include "DateText.h"
#include "agenda/AgendaText.h"

#include <QRegularExpression>

#include <limits>

namespace scrutineer::parse {
namespace {

// A cell that is only a clock time: "7.00pm", "7.25 pm", "19:00", "10.30". Two words at most,
// opening with a figure, read as a time by the date grammar.
bool agendaTimeColumnIsTime(const layout::LayoutLine& cell)
{
    if (cell.words.isEmpty() || cell.words.size() > 2 || !cell.words.first().text.at(0).isDigit())
        return false;
    static const QRegularExpression shape(QStringLiteral("^\\d{1,2}(?:[.:]\\d{2})?\\s*[A-Za-z.]{0,4}$"));
    const QString text = AgendaText::lineText(cell);
    return shape.match(text).hasMatch() && datetext::parseTime(text).has_value();
}

// An item's number as a number column prints it: "1.", "10", "5(a)", "6a", "9.2".
bool agendaTimeColumnIsNumber(const QString& word)
{
    static const QRegularExpression number(
        QStringLiteral("^\\d{1,3}(?:[A-Za-z]|\\([a-z]\\))?[.)]?$|^\\d{1,2}\\.\\d{1,2}\\.?$"));
    return number.match(word).hasMatch();
}

struct AgendaTimeColumnCut {
    qsizetype line = 0;
    qsizetype timeWords = 0;
    bool right = false; // the time ends the line instead of opening it
    bool numbered = false;
    qreal left = 0; // the time cell's left edge
    qreal height = 0;
};

// The time cell of a line outside a table: the first cell at the left margin, or the last cell set
// apart by a column gap, with more of the row beside it. A time alone on its line, or one inside
// a title, is the title's.
std::optional<AgendaTimeColumnCut> agendaTimeColumnCut(const AgendaLine& line, qsizetype index)
{
    if (line.tableRow != AgendaTableRow::None)
        return std::nullopt;
    const qreal h = AgendaText::height(line.line);
    const QList<layout::LayoutLine> left = line.line.cells(h * 0.8); // a column gap, not a word space
    if (left.size() >= 2 && left.first().box.left() <= line.pageLeft + h && agendaTimeColumnIsTime(left.first()))
        return AgendaTimeColumnCut {index,
                                    left.first().words.size(),
                                    false,
                                    agendaTimeColumnIsNumber(left.at(1).words.first().text),
                                    left.first().box.left(),
                                    h};
    const QList<layout::LayoutLine> right = line.line.cells(h * 1.5);
    if (right.size() >= 2 && agendaTimeColumnIsTime(right.last()))
        return AgendaTimeColumnCut {index,
                                    right.last().words.size(),
                                    true,
                                    agendaTimeColumnIsNumber(right.first().words.first().text),
                                    right.last().box.left(),
                                    h};
    return std::nullopt;
}

} // namespace

void AgendaTimeColumn::take(QList<AgendaLine>& lines)
{
    QList<AgendaTimeColumnCut> cuts;
    int numberedLeft = 0;
    int numberedRight = 0;
    qreal rightColumn = std::numeric_limits<qreal>::max(); // where the numbered items' times at the right begin
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (const auto cut = agendaTimeColumnCut(lines.at(i), i)) {
            cuts.append(*cut);
            (cut->right ? numberedRight : numberedLeft) += cut->numbered ? 1 : 0;
            if (cut->right && cut->numbered)
                rightColumn = std::min(rightColumn, cut->left);
        }
    }
    for (const AgendaTimeColumnCut& cut : std::as_const(cuts)) {
        if ((cut.right ? numberedRight : numberedLeft) < 2)
            continue; // no column of times beside numbered items on that side
        if (cut.right && cut.left < rightColumn - cut.height)
            continue; // a time ending a title, left of the column
        AgendaLine& line = lines[cut.line];
        const qsizetype keep = line.line.words.size() - cut.timeWords;
        layout::LayoutLine timeCell;
        timeCell.words = cut.right ? line.line.words.mid(keep) : line.line.words.mid(0, cut.timeWords);
        line.timeCell = AgendaText::lineText(timeCell);
        line.line.words = cut.right ? line.line.words.mid(0, keep) : line.line.words.mid(cut.timeWords);
        line.line.box = QRectF();
        for (const layout::LayoutWord& w : std::as_const(line.line.words))
            line.line.box = line.line.box.isNull() ? w.box : line.line.box.united(w.box);
        line.text = AgendaText::lineText(line.line);
        if (!cut.numbered)
            line.tableRow = AgendaTableRow::Unnumbered; // "7.10pm  Public forum": a timed row, no item
    }
}

} // namespace scrutineer::parse
