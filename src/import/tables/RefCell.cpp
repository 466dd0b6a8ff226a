#include "tables/RefCell.h"

#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

const QRegularExpression& codedRef()
{
    // group 1: the capital code, if any
    static const QRegularExpression re(
        QStringLiteral("^(?:([A-Z]{1,5})[\\s./-]?)?\\d{1,3}(?:\\.\\d{1,3}){0,4}\\.?(?:[a-z]|\\([a-z]\\))?$"));
    return re;
}

// A code and two or three numbers set apart by slashes or hyphens, the year among them: a scrutiny
// tracker's "CS/24/01", "OS-23-4". group 1: the code.
const QRegularExpression& yearCodedRef()
{
    static const QRegularExpression re(QStringLiteral("^([A-Z]{1,5})(?:\\s?[/-]\\s?\\d{1,4}){2,3}$"));
    return re;
}

// Codes of capitals joined by hyphens, slashes or full stops before the number, a year among
// them or not: a scrutiny body's code and its review's ("PSC-HM-01", "OSC/ASC/24/3"). group 1:
// the first code.
const QRegularExpression& multiCodedRef()
{
    static const QRegularExpression re(
        QStringLiteral("^([A-Z]{1,5})(?:[/.-][A-Z]{1,5}){1,2}(?:[/.-]\\d{2,4})?[/.-]\\d{1,3}[a-z]?$"));
    return re;
}

} // namespace

bool RefCell::isRef(const QString& text, int minimumLetters)
{
    const QString t = text.trimmed();
    auto m = codedRef().match(t);
    if (!m.hasMatch())
        m = yearCodedRef().match(t);
    if (!m.hasMatch())
        m = multiCodedRef().match(t);
    return m.hasMatch() && (m.captured(1).isEmpty() || m.captured(1).size() >= minimumLetters);
}

bool RefCell::isRefList(const QString& text)
{
    static const QRegularExpression list(QStringLiteral("^\\d{1,3}(?:\\s*[.,;]\\s*\\d{1,3})*\\s*[.,;]?\\s*[a-z]?$"));
    return isRef(text) || list.match(text.trimmed()).hasMatch();
}

} // namespace scrutineer::parse
