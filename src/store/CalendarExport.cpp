#include "CalendarExport.h"

#include "MeetingStore.h"

#include <QCoreApplication>

namespace scrutineer {
namespace {

QString description(const MeetingStore::MeetingSummary& meeting, const QList<MeetingStore::AgendaEntry>& agenda)
{
    QStringList lines;
    if (!meeting.authority.isEmpty())
        lines.append(meeting.authority);
    if (!agenda.isEmpty()) {
        if (!lines.isEmpty())
            lines.append(QString());
        lines.append(CalendarExport::tr("Agenda:"));
        for (const MeetingStore::AgendaEntry& item : agenda) {
            lines.append(item.number.isEmpty() ? item.title : QStringLiteral("%1. %2").arg(item.number, item.title));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString CalendarExport::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray CalendarExport::foldLine(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    int limit = 75; // the first line has 75 octets, continuations 74 after their leading space
    while (utf8.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (uchar(utf8.at(end)) & 0xC0) == 0x80) // never split a UTF-8 sequence
            --end;
        out += utf8.mid(start, end - start);
        out += "\r\n ";
        start = end;
        limit = 74;
    }
    out += utf8.mid(start);
    out += "\r\n";
    return out;
}

QByteArray CalendarExport::build(const QList<qint64>& meetingIds, const QDateTime& stamp) const
{
    MeetingStore store(m_database);
    const QString dtstamp =
        (stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc()).toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QByteArray out;
    auto line = [&out](const QString& text) { out += foldLine(text); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Scrutineer//Council meetings//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    m_events = 0;
    for (const MeetingStore::MeetingSummary& meeting : store.meetings()) {
        if (!meeting.date.isValid() || (!meetingIds.isEmpty() && !meetingIds.contains(meeting.id)))
            continue;
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:meeting-%1-%2@scrutineer").arg(meeting.id).arg(meeting.date.toString(QStringLiteral("yyyyMMdd"))));
        line(QStringLiteral("DTSTAMP:") + dtstamp);
        if (meeting.time.isValid()) {
            line(QStringLiteral("DTSTART:") + QDateTime(meeting.date, meeting.time).toString(QStringLiteral("yyyyMMdd'T'HHmmss")));
        } else {
            line(QStringLiteral("DTSTART;VALUE=DATE:") + meeting.date.toString(QStringLiteral("yyyyMMdd")));
        }
        const QString summary = meeting.body.isEmpty() ? tr("Council meeting") : meeting.body;
        line(QStringLiteral("SUMMARY:") + escapeText(summary));
        if (!meeting.venue.isEmpty())
            line(QStringLiteral("LOCATION:") + escapeText(meeting.venue));
        const QString text = description(meeting, store.mergedAgenda(meeting.id));
        if (!text.isEmpty())
            line(QStringLiteral("DESCRIPTION:") + escapeText(text));
        line(QStringLiteral("END:VEVENT"));
        ++m_events;
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace scrutineer
