#include "DateText.h"

#include <QRegularExpression>

namespace scrutineer::datetext {
namespace {

const QString kMonth = QStringLiteral(
    "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?");

int fullYear(int year, int digits)
{
    if (digits == 2)
        return year < 70 ? 2000 + year : 1900 + year;
    return year;
}

} // namespace

int monthFromName(const QString& name)
{
    static const char* const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString key = name.trimmed().toLower().left(3);
    for (int i = 0; i < 12; ++i) {
        if (key == QLatin1String(names[i]))
            return i + 1;
    }
    return 0;
}

QList<DateMatch> findDates(const QString& text, int defaultYear)
{
    // day month year: "25th September 2018", "10TH JULY, 2018", "20 th August 2018", "10 JULY 18"
    static const QRegularExpression dmy(
        QStringLiteral("\\b(\\d{1,2})\\s?(?:st|nd|rd|th)?\\s+(?:of\\s+)?") + kMonth +
            QStringLiteral(",?\\s+(\\d{4}|\\d{2})(?!\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    // month day, year: "January 10, 2023"
    static const QRegularExpression mdy(
        QStringLiteral("\\b") + kMonth + QStringLiteral("\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // numeric UK order: 09/01/2025, 9.1.25
    static const QRegularExpression numeric(QStringLiteral("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})\\b"));
    // day month without year: "5 August"
    static const QRegularExpression dm(
        QStringLiteral("\\b(\\d{1,2})\\s?(?:st|nd|rd|th)?\\s+") + kMonth + QStringLiteral("\\b(?!,?\\s+\\d)"),
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
    static const QRegularExpression twelve(
        QStringLiteral("\\b(\\d{1,2})(?:[.:](\\d{2}))?\\s*([ap])\\.?\\s*m\\b\\.?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression twentyFour(QStringLiteral("\\b([01]?\\d|2[0-3])[:.]([0-5]\\d)\\b(?!\\s*[ap]\\.?m)"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression noon(QStringLiteral("\\bnoon\\b"), QRegularExpression::CaseInsensitiveOption);
    if (const auto m = twelve.match(text); m.hasMatch()) {
        int hour = m.captured(1).toInt();
        const int minute = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
        const bool pm = m.captured(3).compare(QLatin1String("p"), Qt::CaseInsensitive) == 0;
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
        QStringLiteral("\\b") + kMonth + QStringLiteral("(?:-|\\s*[,']?\\s*[\u2018\u2019']?)(\\d{4}|\\d{2})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = monthYear.match(text); m.hasMatch()) {
        const int month = monthFromName(m.captured(1));
        const int year = fullYear(m.captured(2).toInt(), int(m.captured(2).size()));
        if (month > 0)
            return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
    }
    if (defaultYear > 0) {
        static const QRegularExpression monthOnly(QStringLiteral("^\\s*(?:in\\s+)?") + kMonth + QStringLiteral("\\s*$"),
                                                  QRegularExpression::CaseInsensitiveOption);
        if (const auto m = monthOnly.match(text); m.hasMatch()) {
            return QStringLiteral("%1-%2").arg(defaultYear).arg(monthFromName(m.captured(1)), 2, 10,
                                                                QLatin1Char('0'));
        }
    }
    return {};
}

} // namespace scrutineer::datetext
