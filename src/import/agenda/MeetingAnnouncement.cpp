#include "agenda/MeetingAnnouncement.h"

#include "DateText.h"
#include "TextUtil.h"
#include "agenda/AgendaText.h"
#include "agenda/MeetingDetailsReader.h"
#include "lexicon/Lexicon.h"

#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

// The announcement's wording is in the lexicon (meeting-announcement, meeting-on,
// announcement-venue-end); a time after the date: "at 10.00 am", "commencing at 6:00 p.m.".
const QRegularExpression& timeAt()
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("announcement-time")),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

struct Paragraph {
    QString text;
    int page = 0;
};

// Lines close together, in reading order, joined into paragraphs.
QList<Paragraph> paragraphs(const QList<FrontLine>& lines)
{
    QList<Paragraph> out;
    for (int i = 0; i < lines.size(); ++i) {
        const FrontLine& line = lines.at(i);
        const bool joins = i > 0 && !out.isEmpty()
            && FrontMatterReader::gap(lines.at(i - 1), line) <= AgendaText::height(line.line) * 0.9;
        if (joins)
            out.last().text = AgendaText::joinWrapped(out.last().text, line.text);
        else
            out.append({line.text, line.page});
    }
    return out;
}

QString trimmed(QString s)
{
    s = s.trimmed();
    while (!s.isEmpty() && QStringLiteral(",;:.-\u2013").contains(s.back()))
        s.chop(1);
    return s.trimmed();
}

// Date, time and place in the text after "will be held": "in <venue> on <date> at <time>" or
// "on <date> at <time> in <venue>".
void readParticulars(const QString& rest, MeetingAnnouncement& out)
{
    const QList<datetext::DateMatch> dates = datetext::findDates(rest);
    if (dates.isEmpty())
        return;
    const datetext::DateMatch& date = dates.first();
    out.date = date.date;
    QString after = rest.mid(date.start + date.length);
    if (const auto t = timeAt().match(after); t.hasMatch()) {
        out.time = datetext::parseTime(t.captured(1));
        after = after.mid(t.capturedEnd());
    }
    static const QRegularExpression place(QStringLiteral("^\\s*(?:,\\s*)?(?:in|at)\\s+(.+)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    QString venue;
    QString before = rest.left(date.start);
    static const QRegularExpression onAtEnd(QStringLiteral(",?\\s+on\\s*(?:%1,?\\s*)?$")
                                                .arg(Lexicon::instance().alternation(QStringLiteral("weekday-name"))),
                                            QRegularExpression::CaseInsensitiveOption);
    before.remove(onAtEnd);
    if (const auto p = place.match(before); p.hasMatch())
        venue = p.captured(1);
    else if (const auto q = place.match(after); q.hasMatch())
        venue = q.captured(1);
    if (const auto end = Lexicon::instance().match(QStringLiteral("announcement-venue-end"), venue); end.hasMatch())
        venue.truncate(end.capturedStart());
    out.venue = trimmed(venue);
}

} // namespace

std::optional<MeetingAnnouncement> MeetingAnnouncement::read(const FrontMatter& front)
{
    const QList<Paragraph> all = paragraphs(front.lines);
    // The sentence that names the body and ties the date to the meeting.
    for (const Paragraph& paragraph : all) {
        const auto m = Lexicon::instance().match(QStringLiteral("meeting-announcement"), paragraph.text);
        if (!m.hasMatch())
            continue;
        MeetingAnnouncement out;
        out.page = paragraph.page;
        out.body = MeetingDetailsReader::bodyName(m.captured(1));
        readParticulars(paragraph.text.mid(m.capturedEnd()), out);
        if (out.date.isValid())
            return out;
    }
    // A cover: "Meeting on" followed by the date, wrapped over short lines.
    for (const Paragraph& paragraph : all) {
        const QList<datetext::DateMatch> dates = datetext::findDates(paragraph.text);
        for (const datetext::DateMatch& d : dates) {
            if (!Lexicon::instance().matches(QStringLiteral("meeting-on"), paragraph.text.left(d.start)))
                continue;
            MeetingAnnouncement out;
            out.page = paragraph.page;
            out.date = d.date;
            if (const auto t = timeAt().match(paragraph.text.mid(d.start + d.length)); t.hasMatch())
                out.time = datetext::parseTime(t.captured(1));
            return out;
        }
    }
    return std::nullopt;
}

} // namespace scrutineer::parse
