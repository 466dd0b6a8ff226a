#include "agenda/AgendaTimeColumn.h"

#include "DateText.h"
#include "agenda/AgendaText.h"

#include <QRegularExpression>

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
    bool numbered = false;
};

} // namespace

void AgendaTimeColumn::take(QList<AgendaLine>& lines)
{
    QList<AgendaTimeColumnCut> cuts;
    int numbered = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const AgendaLine& line = lines.at(i);
        if (line.tableRow != AgendaTableRow::None)
            continue;
        const qreal h = AgendaText::height(line.line);
        const QList<layout::LayoutLine> cells = line.line.cells(h * 0.8); // a column gap, not a word space
        // A time at the left margin with more of the row beside it; a time alone on its line,
        // or one inside a title, is the title's.
        if (cells.size() < 2 || cells.first().box.left() > line.pageLeft + h || !agendaTimeColumnIsTime(cells.first()))
            continue;
        const bool number = agendaTimeColumnIsNumber(cells.at(1).words.first().text);
        numbered += number ? 1 : 0;
        cuts.append({i, cells.first().words.size(), number});
    }
    if (numbered < 2)
        return; // no column of times beside numbered items
    for (const AgendaTimeColumnCut& cut : std::as_const(cuts)) {
        AgendaLine& line = lines[cut.line];
        const QList<layout::LayoutWord> time = line.line.words.mid(0, cut.timeWords);
        layout::LayoutLine timeCell;
        timeCell.words = time;
        line.timeCell = AgendaText::lineText(timeCell);
        line.line.words = line.line.words.mid(cut.timeWords);
        line.line.box = QRectF();
        for (const layout::LayoutWord& w : std::as_const(line.line.words))
            line.line.box = line.line.box.isNull() ? w.box : line.line.box.united(w.box);
        line.text = AgendaText::lineText(line.line);
        if (!cut.numbered)
            line.tableRow = AgendaTableRow::Unnumbered; // "7.10pm  Public forum": a timed row, no item
    }
}

} // namespace scrutineer::parse
