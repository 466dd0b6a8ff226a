#include "tables/RowCues.h"

#include "DateText.h"
#include "tables/RefCell.h"

namespace scrutineer::parse {

bool isSectionLabel(const AssignedLine& assigned, qsizetype column)
{
    for (qsizetype i = 0; i < assigned.cells.size(); ++i) {
        if (i != column && !assigned.isEmpty(i))
            return false;
    }
    const QString text = assigned.text(column).trimmed();
    const qsizetype words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    return words >= 1 && words <= 6 && text.at(0).isUpper() && !text.endsWith(QLatin1Char('.'));
}

bool onlyCellFilled(const AssignedLine& assigned, qsizetype column)
{
    if (column < 0 || column >= assigned.cells.size() || assigned.isEmpty(column))
        return false;
    for (qsizetype i = 0; i < assigned.cells.size(); ++i) {
        if (i != column && !assigned.isEmpty(i))
            return false;
    }
    return true;
}

bool startsLowerCase(const QString& text)
{
    const QString t = text.trimmed();
    return !t.isEmpty() && t.at(0).isLower();
}

bool isAtomicValue(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > 3)
        return false;
    return RefCell::isRef(t) || !datetext::findDates(t).isEmpty();
}

} // namespace scrutineer::parse
