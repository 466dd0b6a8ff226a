#include "minutes/MinutesLocator.h"

#include "DateText.h"
#include "TextUtil.h"

#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

constexpr int kAnchorLines = 14; // a header sits among the first lines of its page
constexpr int kMarkerLines = 60; // the attendance list follows within this many lines

const QRegularExpression& attendanceMarker()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:PRESENT|Present|Members\\s+present|Councillors\\s+present)\\s*:|\\broll\\s+call\\b|"
                       "^PRESENT\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString cased(const QString& text)
{
    const QString t = text::collapseWhitespace(text);
    return text::isMostlyUpperCase(t) ? text::titleCaseFromCapitals(t) : t;
}

QString trimPunctuation(QString s)
{
    s = s.trimmed();
    while (!s.isEmpty() && QStringLiteral(",;:.-\u2013").contains(s.back()))
        s.chop(1);
    while (!s.isEmpty() && QStringLiteral(",;:-\u2013 ").contains(s.front()))
        s.remove(0, 1);
    return s.trimmed();
}

bool isBodyLine(const QString& text)
{
    static const QRegularExpression body(
        QStringLiteral("\\b(?:Committee|Council|Panel|Board|Cabinet|Authority|Commission|Group|Forum|Assembly|"
                       "Executive|Trust|Partnership|Sub-Committee)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression notBody(QStringLiteral("\\bminutes\\b|\\bheld\\b|call\\s*-?\\s*in"),
                                            QRegularExpression::CaseInsensitiveOption);
    return body.match(text).hasMatch() && !notBody.match(text).hasMatch() && datetext::findDates(text).isEmpty();
}

} // namespace

bool MinutesLocator::isMinutesItem(const AgendaItem& item)
{
    static const QRegularExpression minutes(QStringLiteral("\\bminutes\\b"), QRegularExpression::CaseInsensitiveOption);
    return minutes.match(item.title).hasMatch();
}

std::optional<MinutesHeader> MinutesLocator::findHeader(const QList<MinutesLine>& lines)
{
    qsizetype marker = -1;
    for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), kMarkerLines); ++i) {
        if (attendanceMarker().match(lines.at(i).text).hasMatch()) {
            marker = i;
            break;
        }
    }
    if (marker <= 0)
        return std::nullopt;

    static const QRegularExpression minutesOf(QStringLiteral("\\bminutes\\s+of\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression heldAt(QStringLiteral("\\bmeeting\\s+held\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression leadingDate(
        QStringLiteral("^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]+|"
                       "^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\s+\\d{1,2},"),
        QRegularExpression::CaseInsensitiveOption);

    const qsizetype limit = std::min<qsizetype>(marker, kAnchorLines);
    qsizetype anchor = -1;
    qsizetype dateLine = -1;
    QDate date;
    for (qsizetype i = 0; i < limit && dateLine < 0; ++i) {
        const QString& t = lines.at(i).text;
        if (anchor < 0 && (minutesOf.match(t).hasMatch() || heldAt.match(t).hasMatch()))
            anchor = i;
        const bool leading = leadingDate.match(t).hasMatch();
        if (anchor < 0 && !leading)
            continue;
        // The date may wrap onto the next line ("on Tuesday 7 September" / "2021 at 2.30 pm").
        for (qsizetype span = 0; span <= 1 && i + span < limit; ++span) {
            const QString joined = minutes::joinLines(lines, i, i + span + 1);
            const QList<datetext::DateMatch> found = datetext::findDates(joined);
            if (found.isEmpty())
                continue;
            const qsizetype firstLength = lines.at(i).text.size();
            const datetext::DateMatch& m = found.first();
            if (span == 1 && m.start + m.length <= firstLength)
                continue; // already seen on the first line alone
            date = m.date;
            dateLine = i + span;
            break;
        }
    }
    if (dateLine < 0 || !date.isValid())
        return std::nullopt;

    MinutesHeader header;
    header.page = lines.first().page;
    header.date = date;
    header.lastHeaderTop = lines.at(dateLine).top;
    const QString headerText = minutes::joinLines(lines, 0, dateLine + 1);

    static const QRegularExpression callIn(QStringLiteral("not\\s+subject\\s+to\\s+[\"\u201c]?\\s*call\\s*-?\\s*in"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i <= dateLine; ++i) {
        if (callIn.match(lines.at(i).text).hasMatch())
            header.flags.append(lines.at(i).text);
    }

    // Body: "Minutes of the meeting of <body> held at ...", else the last body-like line above the date.
    static const QRegularExpression bodyOf(
        QStringLiteral(
            "\\bminutes\\s+of\\s+(?:the|a|an)\\s+(?:[\\w-]+\\s+)?meeting\\s+of\\s+(?:the\\s+)?(.+?)\\s+held\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = bodyOf.match(headerText); m.hasMatch())
        header.body = cased(m.captured(1));
    qsizetype bodyLine = -1;
    if (header.body.isEmpty()) {
        for (qsizetype i = 0; i < dateLine; ++i) {
            if (isBodyLine(lines.at(i).text))
                bodyLine = i;
        }
        if (bodyLine >= 0)
            header.body = cased(lines.at(bodyLine).text);
    }
    // Authority: a line naming a council above the body ("KENT COUNTY COUNCIL").
    static const QRegularExpression authority(
        QStringLiteral("^[A-Za-z .&'-]*\\b(?:Council|Borough|County|City)\\b[A-Za-z .&'-]*$"),
        QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < dateLine; ++i) {
        const QString t = lines.at(i).text;
        if (i == bodyLine || !authority.match(t).hasMatch() || minutesOf.match(t).hasMatch())
            continue;
        const QString candidate = cased(t);
        if (text::normaliseForMatch(candidate) == text::normaliseForMatch(header.body))
            continue;
        if (text::normaliseForMatch(candidate).contains(text::normaliseForMatch(header.body))
            || text::isMostlyUpperCase(t)) {
            header.authority = candidate;
            break;
        }
    }

    // Venue and time.
    static const QRegularExpression heldIn(
        QStringLiteral(
            "\\bheld\\s+(?:at|in)\\s+(.+?)\\s*,?\\s+on\\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?"
            "\\d"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression heldAtLine(QStringLiteral("\\bmeeting\\s+held\\s+(?:at|in)\\s+(.+?)\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (const auto m = heldIn.match(headerText); m.hasMatch()) {
        header.venue = cased(trimPunctuation(m.captured(1)));
    } else {
        for (qsizetype i = 0; i <= dateLine; ++i) {
            if (const auto a = heldAtLine.match(lines.at(i).text); a.hasMatch()) {
                QString v = a.captured(1);
                v.remove(QRegularExpression(QStringLiteral("\\s+ON\\s+\\w+DAY\\b.*$"),
                                            QRegularExpression::CaseInsensitiveOption));
                header.venue = cased(trimPunctuation(v));
                break;
            }
        }
    }
    // Text after the date: ", County Hall, Worcester - 10.00 am" or " at 2.30 pm".
    QString tail;
    for (const datetext::DateMatch& m : datetext::findDates(headerText)) {
        if (m.date == header.date) {
            tail = headerText.mid(m.start + m.length);
            break;
        }
    }
    if (const auto t = datetext::parseTime(tail); t)
        header.time = t;
    if (header.venue.isEmpty() && !tail.isEmpty()) {
        QString v = tail;
        v.remove(QRegularExpression(
            QStringLiteral("(?:\\s*[-\u2013,]\\s*|\\s+at\\s+)\\d{1,2}(?:[.:]\\d{2})?\\s*[ap]\\.?\\s*m\\.?"
                           "\\s*$"),
            QRegularExpression::CaseInsensitiveOption));
        v = trimPunctuation(v);
        if (v.size() > 3 && !datetext::parseTime(v))
            header.venue = cased(v);
    }
    return header;
}

void MinutesLocator::completeFromProse(MinutesHeader& header, const QString& firstParagraph)
{
    static const QRegularExpression toOrder(
        QStringLiteral("\\bto\\s+order\\s+at\\s+(\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?\\s*m\\.?)(?:\\s+(?:in|at)\\s+"
                       "(?:the\\s+)?(.+?)(?:\\s+and\\s+(?:via|by)\\b|\\s+per\\b|\\.\\s|\\.$|$))?"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = toOrder.match(firstParagraph);
    if (!m.hasMatch())
        return;
    if (!header.time)
        header.time = datetext::parseTime(m.captured(1));
    if (header.venue.isEmpty() && !m.captured(2).isEmpty())
        header.venue = trimPunctuation(m.captured(2));
}

qsizetype MinutesLocator::endOfMinutes(const QList<MinutesLine>& lines)
{
    static const QRegularExpression ended(
        QStringLiteral("\\b(?:the\\s+)?meeting\\s+(?:ended|closed|finished|concluded|terminated|was\\s+(?:adjourned|"
                       "closed))\\s+at\\s+\\d|^(?:the\\s+)?meeting\\s+(?:ended|closed)\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (ended.match(lines.at(i).text).hasMatch())
            return i + 1;
        if (i + 1 < lines.size() && lines.at(i + 1).page == lines.at(i).page) {
            const QString joined = lines.at(i).text + QLatin1Char(' ') + lines.at(i + 1).text;
            const auto m = ended.match(joined);
            if (m.hasMatch() && m.capturedEnd() > lines.at(i).text.size() + 1)
                return i + 2;
        }
    }
    return lines.size();
}

} // namespace scrutineer::parse
