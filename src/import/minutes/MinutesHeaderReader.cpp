#include "minutes/MinutesHeaderReader.h"

#include "DateText.h"
#include "TextUtil.h"
#include "agenda/FrontLabels.h"
#include "lexicon/Lexicon.h"
#include "minutes/MinutesWording.h"

#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

constexpr int kAnchorLines = 14; // a header sits among the first lines of its page
constexpr int kMarkerAfterHeader = 6; // part-way down a page the list follows the header closely

QString cased(const QString& text)
{
    const QString t = text::collapseWhitespace(text);
    return text::isMostlyUpperCase(t) ? text::titleCaseFromCapitals(t) : t;
}

QString trimPunctuation(QString s)
{
    s = s.trimmed();
    while (!s.isEmpty() && QStringLiteral(",;:.-\u2013 ").contains(s.back()))
        s.chop(1);
    while (!s.isEmpty() && QStringLiteral(",;:-\u2013 ").contains(s.front()))
        s.remove(0, 1);
    return s.trimmed();
}

bool isBodyLine(const QString& text)
{
    // A body's noun (minutes-body-noun) and none of the words of a heading about the minutes
    // themselves (minutes-not-body).
    static const QRegularExpression body(
        QStringLiteral("\\b(?:%1)\\b").arg(Lexicon::instance().alternation(QStringLiteral("minutes-body-noun"))),
        QRegularExpression::CaseInsensitiveOption);
    return body.match(text).hasMatch() && !Lexicon::instance().matches(QStringLiteral("minutes-not-body"), text)
        && datetext::findDates(text).isEmpty();
}

// A time of day and nothing else ("7.30 pm", "18:00"), or std::nullopt.
std::optional<QTime> onlyTime(const QString& text)
{
    static const QRegularExpression time(
        QStringLiteral("^\\s*\\d{1,2}(?:[.:]\\d{2})?\\s*(?:[ap]\\.?\\s?m\\b\\.?|hours|hrs)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return time.match(text).hasMatch() ? datetext::parseTime(text) : std::nullopt;
}

// A place with the time set off at one end ("Committee Room 2 at 6.00 pm", "at 7.30 pm in
// Committee Room 2"): the place without it; the time goes to `time` unless it holds one already.
QString withoutTime(QString place, std::optional<QTime>& time)
{
    // "at" or "from" before the time: the lexicon's time-preposition.
    static const QRegularExpression leading(
        QStringLiteral("^\\s*,?\\s*(?:%1)\\s+(\\d{1,2}(?:[.:]\\d{2})?\\s*[ap]\\.?\\s?m\\b\\.?)\\s*,?\\s*")
            .arg(Lexicon::instance().alternation(QStringLiteral("time-preposition"))),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression trailing(
        QStringLiteral("\\s*,?\\s+(?:%1)\\s+(\\d{1,2}(?:[.:]\\d{2})?\\s*[ap]\\.?\\s?m\\b\\.?)\\s*$")
            .arg(Lexicon::instance().alternation(QStringLiteral("time-preposition"))),
        QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression* re : {&leading, &trailing}) {
        const auto m = re->match(place);
        if (!m.hasMatch())
            continue;
        if (!time)
            time = datetext::parseTime(m.captured(1));
        place.remove(m.capturedStart(0), m.capturedLength(0));
    }
    return place;
}

bool startsWithNumber(const QString& text)
{
    return !text.isEmpty() && text.at(0).isDigit();
}

// A title line carrying the meeting's date beside the body ("HOUSING PANEL – 18 June 2024",
// "Cabinet, 9 January 2025") or alone: not a sentence, not a numbered heading. The body part, if
// any, goes to `body`.
std::optional<QDate> titleDate(const QString& text, QString* body)
{
    if (text.size() > 90 || startsWithNumber(text) || text.endsWith(QLatin1Char('.'))
        || minutes::wording::minutesOf().match(text).hasMatch())
        return std::nullopt;
    const QList<datetext::DateMatch> dates = datetext::findDates(text);
    if (dates.size() != 1)
        return std::nullopt;
    QString rest = text;
    rest.remove(dates.first().start, dates.first().length);
    static const QRegularExpression weekday(QStringLiteral("\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    rest.remove(weekday);
    // The time with the word before it ("Executive - Tuesday 4 March 2025 at 6.30 pm").
    for (const QRegularExpression& timeTail : Lexicon::instance().patterns(QStringLiteral("minutes-venue-time-tail")))
        rest.remove(timeTail);
    // The time printed after the date ("Cabinet - Monday, 15th January, 2024 6.30 pm", as
    // ModernGov titles its meetings) is no part of the body's name.
    static const QRegularExpression time(
        QStringLiteral("\\b\\d{1,2}(?:[.:]\\d{2})?\\s*(?:[ap]\\.?\\s?m\\b\\.?)|\\b\\d{1,2}:\\d{2}\\b"),
        QRegularExpression::CaseInsensitiveOption);
    rest.remove(time);
    rest = trimPunctuation(rest);
    if (rest.isEmpty())
        return dates.first().date;
    if (!isBodyLine(rest))
        return std::nullopt;
    if (body)
        *body = cased(rest);
    return dates.first().date;
}

// A paragraph of an earlier set ends on this line: a sentence or the end of the meeting.
bool endsEarlierText(const QString& text)
{
    if (minutes::wording::meetingEnded().match(text).hasMatch())
        return true;
    bool lower = false;
    for (const QChar c : text)
        lower = lower || c.isLower();
    return lower && (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(':')));
}

} // namespace

std::optional<MinutesHeader> MinutesHeaderReader::read(const QList<MinutesLine>& lines, qsizetype from,
                                                       qsizetype marker, bool pageTop)
{
    const qsizetype windowStart = pageTop ? 0 : std::max(from, marker - kAnchorLines);
    const qsizetype limit = pageTop ? std::min<qsizetype>(marker, kAnchorLines) : marker;
    if (limit <= windowStart)
        return std::nullopt;

    // The anchor: "Minutes of ...", "... meeting held ..." (not a numbered minute about minutes).
    qsizetype anchor = -1;
    for (qsizetype i = windowStart; i < limit; ++i) {
        const QString& t = lines.at(i).text;
        if (startsWithNumber(t)
            || !(minutes::wording::minutesOf().match(t).hasMatch() || minutes::wording::heldAt().match(t).hasMatch()))
            continue;
        if (pageTop && anchor >= 0)
            break;
        anchor = i;
    }
    // Where the header may start: after the last line of earlier text above it.
    qsizetype scanStart = windowStart;
    for (qsizetype i = windowStart; i < (anchor >= 0 ? anchor : limit); ++i) {
        if (endsEarlierText(lines.at(i).text))
            scanStart = i + 1;
    }

    qsizetype dateLine = -1;
    QDate date;
    for (qsizetype i = std::max(scanStart, anchor >= 0 ? anchor : scanStart); i < limit && dateLine < 0; ++i) {
        const QString& t = lines.at(i).text;
        const bool leading = minutes::wording::leadingDate().match(t).hasMatch();
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
    // Particulars labelled one to a line, as front sheets print them ("Date: Tuesday 14 May
    // 2024", "Venue: Meeting Room 3", "Time: 2.00 pm"), above the attendance.
    qsizetype labelledLine = -1;
    QString labelledVenue;
    std::optional<QTime> labelledTime;
    for (qsizetype i = scanStart; i < limit; ++i) {
        const LabelledValue labelled = FrontLabels::match(lines.at(i).text);
        if (labelled.label == FrontLabel::Date && dateLine < 0) {
            if (const QList<datetext::DateMatch> found = datetext::findDates(labelled.value); found.size() == 1) {
                date = found.first().date;
                dateLine = i;
                labelledLine = i;
            }
        } else if (labelled.label == FrontLabel::Venue && !labelled.value.isEmpty()) {
            labelledVenue = labelled.value;
            labelledLine = std::max(labelledLine, i);
        } else if (labelled.label == FrontLabel::Time) {
            labelledTime = datetext::parseTime(labelled.value);
            labelledLine = std::max(labelledLine, i);
        }
    }
    // A title line with the date above the anchor ("HOUSING PANEL – 18 June 2024").
    QString titleBody;
    qsizetype titleLine = -1;
    if (dateLine < 0) {
        for (qsizetype i = (anchor >= 0 ? anchor : limit) - 1; i >= scanStart; --i) {
            QString body;
            if (const auto d = titleDate(lines.at(i).text, &body)) {
                date = *d;
                dateLine = i;
                titleLine = i;
                titleBody = body;
                break;
            }
        }
    }
    if (dateLine < 0 || !date.isValid())
        return std::nullopt;
    // The anchor's sentence may run on past the date line ("... held in the Willow Room," / "Eastbrook.").
    qsizetype headerEnd = std::max({dateLine, anchor, labelledLine});
    if (anchor >= 0) {
        qsizetype end = anchor;
        while (end + 1 < limit && end < anchor + 3 && !lines.at(end).text.endsWith(QLatin1Char('.'))
               && !minutes::wording::startsAttendance(lines.at(end + 1).text))
            ++end;
        if (lines.at(end).text.endsWith(QLatin1Char('.')))
            headerEnd = std::max(headerEnd, end);
    }
    // A line in lower case under the date goes on with its sentence ("held at 6.30 pm on
    // Thursday 6 February 2025" / "in the Council Chamber, Westbridge"), and so does any line
    // under a date line that breaks after a comma ("… at 10.30 am in the Council Chamber," /
    // "Civic Centre, Kestrelford").
    if (headerEnd + 1 < limit && headerEnd >= dateLine) {
        const QString& next = lines.at(headerEnd + 1).text;
        const bool runsOn = lines.at(headerEnd).text.endsWith(QLatin1Char(','))
            && lines.at(headerEnd + 1).page == lines.at(headerEnd).page;
        if (!next.isEmpty() && (next.at(0).isLower() || runsOn) && !minutes::wording::startsAttendance(next)
            && !MinutesLocator::isAttendanceLabel(next))
            ++headerEnd;
    }
    if (!pageTop) {
        // Part-way down a page: the block stands apart and the list follows it closely.
        if (marker - headerEnd > kMarkerAfterHeader || !MinutesLocator::isAttendanceLabel(lines.at(marker).text))
            return std::nullopt;
        if (anchor < 0 && titleLine < 0)
            return std::nullopt;
    }

    MinutesHeader header;
    header.page = lines.first().page;
    header.date = date;
    header.lastHeaderTop = lines.at(headerEnd).top;
    const qsizetype textStart = std::min(anchor >= 0 ? anchor : dateLine, dateLine);
    const QString headerText = minutes::joinLines(lines, textStart, headerEnd + 1);

    for (qsizetype i = scanStart; i <= headerEnd; ++i) {
        if (Lexicon::instance().matches(QStringLiteral("minutes-not-subject-to-call-in"), lines.at(i).text))
            header.flags.append(lines.at(i).text);
    }

    // Body: "Minutes of the meeting of <body> held at ..." (minutes-meeting-of-body), the title
    // line's, else the last body-like line above the date.
    const Lexicon& lexicon = Lexicon::instance();
    // "Minutes of the Health Scrutiny Committee held at ...": no "meeting of", a body's name
    // (minutes-of-body-held).
    if (const auto m = lexicon.match(QStringLiteral("minutes-meeting-of-body"), headerText); m.hasMatch())
        header.body = cased(m.captured(1));
    else if (const auto h = lexicon.match(QStringLiteral("minutes-of-body-held"), headerText);
             h.hasMatch() && isBodyLine(h.captured(1)))
        header.body = cased(h.captured(1));
    if (header.body.isEmpty())
        header.body = titleBody;
    // "MINUTES OF THE CITY COUNCIL", "Minutes of the Regular Meeting of the Board of Trustees"
    // (minutes-of-body-line).
    for (qsizetype i = std::max(scanStart, anchor); header.body.isEmpty() && anchor >= 0 && i <= anchor; ++i) {
        if (const auto m = lexicon.match(QStringLiteral("minutes-of-body-line"), lines.at(i).text);
            m.hasMatch() && isBodyLine(m.captured(1)))
            header.body = cased(m.captured(1));
    }
    qsizetype bodyLine = -1;
    const qsizetype above = std::max(dateLine, anchor);
    if (header.body.isEmpty()) {
        for (qsizetype i = scanStart; i < above; ++i) {
            if (isBodyLine(lines.at(i).text))
                bodyLine = i;
        }
        if (bodyLine >= 0)
            header.body = cased(lines.at(bodyLine).text);
    }
    // Authority: a line naming a council above the body ("KENT COUNTY COUNCIL"): minutes-authority-line.
    qsizetype authorityLine = -1;
    for (qsizetype i = scanStart; i < above; ++i) {
        const QString t = lines.at(i).text;
        if (i == bodyLine || !lexicon.matches(QStringLiteral("minutes-authority-line"), t)
            || minutes::wording::minutesOf().match(t).hasMatch())
            continue;
        const QString candidate = cased(t);
        if (text::normaliseForMatch(candidate) == text::normaliseForMatch(header.body))
            continue;
        if (text::normaliseForMatch(candidate).contains(text::normaliseForMatch(header.body))
            || text::isMostlyUpperCase(t)) {
            header.authority = candidate;
            authorityLine = i;
            break;
        }
    }
    // "Minutes of the meeting of the Authority" under "MOORHAVEN NATIONAL PARK AUTHORITY": a body
    // named by its noun alone is the authority the line above names in full.
    if (!header.body.contains(QLatin1Char(' ')) && isBodyLine(header.body)
        && header.authority.endsWith(QLatin1Char(' ') + header.body, Qt::CaseInsensitive))
        header.body = header.authority;
    // The set starts at the first line of its header block: the page's top for the first set.
    qsizetype first = textStart;
    for (const qsizetype part : {bodyLine, authorityLine, titleLine}) {
        if (part >= 0)
            first = std::min(first, part);
    }
    if (!pageTop || scanStart > 0) {
        header.firstTop = lines.at(first).top;
    } else {
        header.firstTop = lines.first().top;
    }

    // Venue and time: "held at/in <venue>[,] on <date>", "held in <venue>." or the text after the date.
    // The wording is the lexicon's: minutes-held-at-before-date, minutes-meeting-held-at-sentence,
    // minutes-meeting-held-at-line.
    // "held at 7.30 pm on Tuesday 14 January 2025 in Committee Room 2, ...": what stands between
    // "held at" and the date is the time, and the place follows the date.
    const auto held = lexicon.match(QStringLiteral("minutes-held-at-before-date"), headerText);
    const std::optional<QTime> heldAtTime = held.hasMatch() ? onlyTime(held.captured(1)) : std::nullopt;
    if (heldAtTime) {
        header.time = heldAtTime;
    } else if (held.hasMatch()) {
        header.venue = cased(trimPunctuation(withoutTime(held.captured(1), header.time)));
    } else if (const auto s = lexicon.match(QStringLiteral("minutes-meeting-held-at-sentence"), headerText);
               s.hasMatch() && headerText.endsWith(QLatin1Char('.')) && datetext::findDates(s.captured(1)).isEmpty()) {
        header.venue = cased(trimPunctuation(s.captured(1)));
    } else {
        for (qsizetype i = textStart; i <= headerEnd; ++i) {
            if (const auto a = lexicon.match(QStringLiteral("minutes-meeting-held-at-line"), lines.at(i).text);
                a.hasMatch()) {
                QString v = a.captured(1);
                for (const QRegularExpression& weekdayTail :
                     lexicon.patterns(QStringLiteral("minutes-venue-weekday-tail")))
                    v.remove(weekdayTail);
                header.venue = cased(trimPunctuation(v));
                break;
            }
        }
    }
    // Text after the date: ", County Hall, Worcester - 10.00 am" or " at 2.30 pm".
    QString tail;
    const QString dateText = titleLine >= 0 ? lines.at(titleLine).text : headerText;
    for (const datetext::DateMatch& m : datetext::findDates(dateText)) {
        if (m.date == header.date) {
            tail = dateText.mid(m.start + m.length);
            break;
        }
    }
    if (const auto t = datetext::parseTime(tail); t)
        header.time = t;
    if (header.venue.isEmpty() && labelledVenue.isEmpty() && !tail.isEmpty()) {
        QString v = withoutTime(tail, header.time); // "... 2025 at 7.30 pm in Committee Room 2"
        for (const QRegularExpression& timeTail : lexicon.patterns(QStringLiteral("minutes-venue-time-tail")))
            v.remove(timeTail);
        v = trimPunctuation(v);
        // "... 2025 in Committee Room 2, Town Hall"
        for (const QRegularExpression& placeWord : lexicon.patterns(QStringLiteral("minutes-venue-place-word")))
            v.remove(placeWord);
        if (v.size() > 3 && !datetext::parseTime(v))
            header.venue = cased(v);
    }
    // A place alone on the line under a title line that carries the date ("Executive - Tuesday 4
    // March 2025 at 6.30 pm" over "Council Chamber, Civic Offices, Station Road"): the venue.
    if (header.venue.isEmpty() && labelledVenue.isEmpty() && titleLine >= 0 && titleLine + 1 < limit) {
        const QString& under = lines.at(titleLine + 1).text;
        if (datetext::findDates(under).isEmpty() && FrontLabels::match(under).label == FrontLabel::None
            && !minutes::wording::startsAttendance(under) && lexicon.matches(QStringLiteral("venue-word"), under))
            header.venue = cased(trimPunctuation(under));
    }
    if (header.venue.isEmpty())
        header.venue = labelledVenue;
    if (!header.time)
        header.time = labelledTime;
    return header;
}

void MinutesHeaderReader::completeFromProse(MinutesHeader& header, const QString& firstParagraph)
{
    const auto m = Lexicon::instance().match(QStringLiteral("minutes-called-to-order"), firstParagraph);
    if (!m.hasMatch())
        return;
    if (!header.time)
        header.time = datetext::parseTime(m.captured(1));
    if (header.venue.isEmpty() && !m.captured(2).isEmpty())
        header.venue = trimPunctuation(m.captured(2));
}

} // namespace scrutineer::parse
