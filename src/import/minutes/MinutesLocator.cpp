#include "minutes/MinutesLocator.h"

#include "minutes/AttendanceRegister.h"
#include "minutes/MinutesHeaderReader.h"
#include "minutes/MinutesWording.h"

#include "DateText.h"
#include "TextUtil.h"

#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

constexpr int kMarkerLines = 60; // the attendance list follows within this many lines

// "Minutes of ..." or "... meeting held ..." among the lines [from, to).
bool recordsAMeeting(const QList<MinutesLine>& lines, qsizetype from, qsizetype to)
{
    for (qsizetype k = from; k < to; ++k) {
        const QString& t = lines.at(k).text;
        if (minutes::wording::minutesOf().match(t).hasMatch() || minutes::wording::heldAt().match(t).hasMatch())
            return true;
    }
    return false;
}

} // namespace

bool MinutesLocator::isMinutesItem(const AgendaItem& item)
{
    static const QRegularExpression minutes(QStringLiteral("\\bminutes\\b"), QRegularExpression::CaseInsensitiveOption);
    return minutes.match(item.title).hasMatch();
}

bool MinutesLocator::isAttendanceLabel(const QString& text)
{
    return minutes::wording::attendanceLabel().match(text.trimmed()).hasMatch();
}

QList<MinutesHeader> MinutesLocator::findHeaders(const QList<MinutesLine>& lines)
{
    QList<MinutesHeader> headers;
    qsizetype from = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        // An attendance register table's header row starts attendance too (AttendanceRegister).
        const bool registerHeader = AttendanceRegister::isHeader(lines.at(i));
        if (!registerHeader && !minutes::wording::startsAttendance(lines.at(i).text))
            continue;
        // A label table's first row ("Chair: Cllr A") is also how front sheets print their
        // membership: it starts minutes only under a header that says it records a meeting.
        if (!minutes::wording::attendanceMarker().match(lines.at(i).text).hasMatch()
            && !recordsAMeeting(lines, from, i))
            continue;
        std::optional<MinutesHeader> header;
        if (headers.isEmpty() && i < kMarkerLines)
            header = MinutesHeaderReader::read(lines, 0, i, true);
        if (!header && i > from)
            header = MinutesHeaderReader::read(lines, from, i, false);
        if (header)
            headers.append(*header);
        from = i + 1; // a later header starts below this list
    }
    return headers;
}

std::optional<MinutesHeader> MinutesLocator::findHeader(const QList<MinutesLine>& lines)
{
    const QList<MinutesHeader> headers = findHeaders(lines);
    if (headers.isEmpty())
        return std::nullopt;
    return headers.first();
}

void MinutesLocator::completeFromProse(MinutesHeader& header, const QString& firstParagraph)
{
    MinutesHeaderReader::completeFromProse(header, firstParagraph);
}

qsizetype MinutesLocator::endOfMinutes(const QList<MinutesLine>& lines)
{
    const QRegularExpression& ended = minutes::wording::meetingEnded();
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
