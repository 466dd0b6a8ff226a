#include "NaturalOrder.h"

namespace scrutineer {
namespace {

// The length of the run of digits, or of other characters, that starts at `from`.
qsizetype naturalRun(QStringView s, qsizetype from)
{
    const bool digits = s.at(from).isDigit();
    qsizetype end = from;
    while (end < s.size() && s.at(end).isDigit() == digits)
        ++end;
    return end - from;
}

// Two runs of digits by value: without leading zeros the longer is the larger, else the first
// digit that differs decides.
int compareNumbers(QStringView a, QStringView b)
{
    auto stripped = [](QStringView s) {
        qsizetype i = 0;
        while (i + 1 < s.size() && s.at(i) == QLatin1Char('0'))
            ++i;
        return s.mid(i);
    };
    const QStringView x = stripped(a);
    const QStringView y = stripped(b);
    if (x.size() != y.size())
        return x.size() < y.size() ? -1 : 1;
    for (qsizetype i = 0; i < x.size(); ++i) {
        if (x.at(i).digitValue() != y.at(i).digitValue())
            return x.at(i).digitValue() < y.at(i).digitValue() ? -1 : 1;
    }
    return 0;
}

} // namespace

NaturalOrder::NaturalOrder()
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

int NaturalOrder::compare(QStringView a, QStringView b) const
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const qsizetype m = naturalRun(a, i);
        const qsizetype n = naturalRun(b, j);
        const QStringView x = a.mid(i, m);
        const QStringView y = b.mid(j, n);
        const bool xDigits = x.at(0).isDigit();
        const bool yDigits = y.at(0).isDigit();
        int c = 0;
        if (xDigits && yDigits)
            c = compareNumbers(x, y);
        else if (xDigits != yDigits)
            c = xDigits ? -1 : 1; // a number before words ("9" before "A")
        else
            c = m_collator.compare(x, y);
        if (c != 0)
            return c;
        i += m;
        j += n;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1; // the shorter, which the longer begins with, first
    return m_collator.compare(a, b); // equal by value ("07" and "7"): a stable tie-break
}

} // namespace scrutineer
