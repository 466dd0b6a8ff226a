#include "tables/SameMeasure.h"

#include "TextUtil.h"

#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

// A measure's name without the code printed before it ("RS1 Households in …"): the words, normalised.
QString nameWithoutCode(const QString& name)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{1,4}\\s?\\d{1,3}[a-z]?[.:]?\\s+"));
    QString plain = name.trimmed();
    plain.remove(code);
    return text::normaliseForMatch(plain);
}

} // namespace

// The same measure printed again on another page (an exception report after the scorecard, one
// name with its code or a qualifier the other lacks): one name starts the other, in three words or
// more, and the targets agree.
bool sameMeasureRepeated(const Indicator& existing, const Indicator& candidate)
{
    if (!existing.target || existing.target != candidate.target)
        return false;
    const QString a = nameWithoutCode(existing.name);
    const QString b = nameWithoutCode(candidate.name);
    const QString& shorter = a.size() < b.size() ? a : b;
    const QString& longer = a.size() < b.size() ? b : a;
    return shorter.count(QLatin1Char(' ')) >= 2 && longer.startsWith(shorter)
        && (longer.size() == shorter.size() || !longer.at(shorter.size()).isLetterOrNumber());
}

} // namespace scrutineer::parse
