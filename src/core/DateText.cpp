#include "DateText.h"

#include "DateWording.h"

#include <QRegularExpression>

namespace scrutineer::datetext {
namespace {

// The grammar's words (month names, ordinal suffixes, "of", "in", am and pm, noon) are data:
// resources/lexicon/date-wording.json, read by DateWording. The patterns below place them.

// A month name in any printed form, captured, with an optional full stop after it.
const QString& monthPattern()
{
    static const QString pattern
        = QStringLiteral("(") + DateWording::instance().monthAlternation() + QStringLiteral(")\\.?");
    return pattern;
}

// A named entry of the date wording, as a group to place in a pattern.
QString dateWord(const char* entry)
{
    return QStringLiteral("(?:") + DateWording::instance().alternation(QLatin1String(entry)) + QLatin1Char(')');
}

int fullYear(int year, int digits)
{
    if (digits == 2)
        return year < 70 ? 2000 + year : 1900 + year;
    return year;
}

} // namespace

int monthFromName(const QString& name)
{
    return DateWording::instance().monthFromName(name);
}

QList<DateMatch> findDates(const QString& text, int defaultYear)
{
    // day month year: "25th September 2018", "10TH JULY, 2018", "20 th August 2018", "10 JULY 18"
    static const QRegularExpression dmy(QStringLiteral("\\b(\\d{1,2})\\s?") + dateWord("ordinal-suffix")
                                            + QStringLiteral("?\\s+(?:") + dateWord("day-of") + QStringLiteral("\\s+)?")
                                            + monthPattern() + QStringLiteral(",?\\s+(\\d{4}|\\d{2})(?!\\d)"),
                                        QRegularExpression::CaseInsensitiveOption);
    // month day, year: "January 10, 2023"
    static const QRegularExpression mdy(QStringLiteral("\\b") + monthPattern() + QStringLiteral("\\s+(\\d{1,2})")
                                            + dateWord("ordinal-suffix") + QStringLiteral("?,?\\s+(\\d{4})\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    // numeric UK order: 09/01/2025, 9.1.25
    static const QRegularExpression numeric(QStringLiteral("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})\\b"));
    // day month without year: "5 August"
    static const QRegularExpression dm(QStringLiteral("\\b(\\d{1,2})\\s?") + dateWord("ordinal-suffix")
                                           + QStringLiteral("?\\s+") + monthPattern()
                                           + QStringLiteral("\\b(?!,?\\s+\\d)"),
                                       QRegularExpression::CaseInsensitiveOption);

    QList<DateMatch> found;
    auto overlaps = [&found](qsizetype start, qsizetype length) {
        for (const DateMatch& m : found) {
            if (start < m.start + m.length && m.start < start + length)
                return true;
        }
        return false;
    };
    auto add = [&](const QRegularExpressionMatch& m, int day, int month, int year, bool inferred) {
        const QDate date(year, month, day);
        if (date.isValid() && !overlaps(m.capturedStart(), m.capturedLength()))
            found.append({date, m.capturedStart(), m.capturedLength(), inferred});
    };
    for (auto it = dmy.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(m, m.captured(1).toInt(), monthFromName(m.captured(2)),
            fullYear(m.captured(3).toInt(), int(m.captured(3).size())), false);
    }
    for (auto it = mdy.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(m, m.captured(2).toInt(), monthFromName(m.captured(1)), m.captured(3).toInt(), false);
    }
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(m, m.captured(1).toInt(), m.captured(2).toInt(),
            fullYear(m.captured(3).toInt(), int(m.captured(3).size())), false);
    }
    if (defaultYear > 0) {
        for (auto it = dm.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            add(m, m.captured(1).toInt(), monthFromName(m.captured(2)), defaultYear, true);
        }
    }
    std::sort(found.begin(), found.end(), [](const DateMatch& a, const DateMatch& b) { return a.start < b.start; });
    return found;
}

std::optional<QDate> parseDate(const QString& text, int defaultYear)
{
    const QList<DateMatch> all = findDates(text, defaultYear);
    if (all.isEmpty())
        return std::nullopt;
    return all.first().date;
}

std::optional<QTime> parseTime(const QString& text)
{
    const DateWording& wording = DateWording::instance();
    // "6.30 pm", "10.00 a.m.": group 3 is am, group 4 pm.
    static const QRegularExpression twelve(QStringLiteral("\\b(\\d{1,2})(?:[.:](\\d{2}))?\\s*(?:(")
                                               + wording.meridiem(QStringLiteral("am"), true) + QStringLiteral(")|(")
                                               + wording.meridiem(QStringLiteral("pm"), true)
                                               + QStringLiteral("))\\b\\.?"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression twentyFour(
        QStringLiteral("\\b([01]?\\d|2[0-3])[:.]([0-5]\\d)\\b(?!\\s*(?:") + wording.meridiem(QStringLiteral("am"), false)
            + QLatin1Char('|') + wording.meridiem(QStringLiteral("pm"), false) + QStringLiteral("))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression noon(QStringLiteral("\\b") + dateWord("noon") + QStringLiteral("\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (const auto m = twelve.match(text); m.hasMatch()) {
        int hour = m.captured(1).toInt();
        const int minute = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
        const bool pm = m.capturedStart(4) >= 0;
        if (hour < 1 || hour > 12 || minute > 59)
            return std::nullopt;
        if (pm && hour != 12)
            hour += 12;
        if (!pm && hour == 12)
            hour = 0;
        return QTime(hour, minute);
    }
    if (const auto m = twentyFour.match(text); m.hasMatch())
        return QTime(m.captured(1).toInt(), m.captured(2).toInt());
    if (noon.match(text).hasMatch())
        return QTime(12, 0);
    return std::nullopt;
}

QString parseDueDate(const QString& text, int defaultYear)
{
    if (const auto date = parseDate(text); date)
        return date->toString(Qt::ISODate);
    // "Oct 2018", "Oct 18", "Nov '18" (the apostrophe also as a word processor's left or right
    // quote), "August 2018", "Start of Nov '18"; "Mar-25", "Sep-2025" as spreadsheets print a
    // month (a hyphen with no space either side)
    static const QRegularExpression monthYear(
        QStringLiteral("\\b") + monthPattern() + QStringLiteral("(?:-|\\s*[,']?\\s*[\u2018\u2019']?)(\\d{4}|\\d{2})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = monthYear.match(text); m.hasMatch()) {
        const int month = monthFromName(m.captured(1));
        const int year = fullYear(m.captured(2).toInt(), int(m.captured(2).size()));
        if (month > 0)
            return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
    }
    if (defaultYear > 0) {
        static const QRegularExpression monthOnly(QStringLiteral("^\\s*(?:") + dateWord("month-lead-in")
                                                      + QStringLiteral("\\s+)?") + monthPattern()
                                                      + QStringLiteral("\\s*$"),
                                                  QRegularExpression::CaseInsensitiveOption);
        if (const auto m = monthOnly.match(text); m.hasMatch()) {
            return QStringLiteral("%1-%2").arg(defaultYear).arg(monthFromName(m.captured(1)), 2, 10,
                                                                QLatin1Char('0'));
        }
    }
    return {};
}

} // namespace scrutineer::datetext
