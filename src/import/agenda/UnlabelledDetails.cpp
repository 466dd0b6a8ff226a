#include "agenda/UnlabelledDetails.h"

#include "DateText.h"
#include "RegexCache.h"
#include "TextUtil.h"
#include "agenda/AgendaText.h"
#include "agenda/DocumentKindDetector.h"
#include "agenda/FrontLabels.h"
#include "agenda/MeetingDetailsReader.h"

#include "lexicon/Lexicon.h"

#include <QRegularExpression>

#include <algorithm>

namespace scrutineer::parse {
namespace {

bool isTimeOnly(const QString& text)
{
    static const QRegularExpression timeLine(
        QStringLiteral("^(?:at\\s+)?\\d{1,2}(?:[.:]\\d{2})?\\s*(?:[ap]\\.?\\s*m\\.?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return timeLine.match(text.trimmed()).hasMatch() && datetext::parseTime(text);
}

bool isMeetingType(const QString& text)
{
    return Lexicon::instance().matches(QStringLiteral("meeting-type-line"), text.trimmed());
}

bool hasVenueWord(const QString& text)
{
    return Lexicon::instance().matches(QStringLiteral("venue-word"), text);
}

// The names of the days of the week (weekday-name), a fragment of the date readers' patterns.
const QString& weekdayNames()
{
    static const QString names = Lexicon::instance().alternation(QStringLiteral("weekday-name"));
    return names;
}

// A line that is mostly a date: "Tuesday, January 10, 2023", "Thursday, 13th March, 2025, at 3.00 pm".
std::optional<QDate> shortDateLine(const QString& text)
{
    const QList<datetext::DateMatch> dates = datetext::findDates(text);
    if (dates.isEmpty())
        return std::nullopt;
    QString rest = text;
    rest.remove(dates.first().start, dates.first().length);
    static const QRegularExpression noise(
        QStringLiteral("\\b%1\\b|\\b\\d{1,2}(?:[.:]\\d{2})?\\s*[ap]\\.?\\s*m\\b\\.?|\\bat\\b|\\bdate\\s*:")
            .arg(weekdayNames()),
        QRegularExpression::CaseInsensitiveOption);
    rest.remove(noise);
    int letters = 0;
    for (const QChar c : rest)
        letters += c.isLetter() ? 1 : 0;
    if (letters > 6)
        return std::nullopt;
    return dates.first().date;
}

// A title naming the body before the meeting's date and time, as ModernGov prints its meetings
// ("Planning Committee - Thursday, 11th April, 2024 7.00 pm"): the date, and the body's name;
// nothing when the text before the date is no body's name or words follow the time.
std::optional<std::pair<QDate, QString>> bodyDateTitle(const QString& text)
{
    const QList<datetext::DateMatch> dates = datetext::findDates(text);
    if (dates.size() != 1 || dates.first().start == 0)
        return std::nullopt;
    QString after = text.mid(dates.first().start + dates.first().length);
    static const QRegularExpression time(
        QStringLiteral("^[\\s,]*(?:at\\s+)?(?:\\d{1,2}(?:[.:]\\d{2})?\\s*(?:[ap]\\.?\\s?m\\b\\.?)?)?[\\s.]*$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!time.match(after).hasMatch())
        return std::nullopt;
    static const QRegularExpression tail(
        QStringLiteral("[\\s,]*(?:[-\u2013\u2014:,]\\s*)?(?:%1,?\\s*)?$").arg(weekdayNames()),
        QRegularExpression::CaseInsensitiveOption);
    QString before = text.left(dates.first().start);
    before.remove(tail);
    const QString body = MeetingDetailsReader::bodyName(before.trimmed());
    if (body.isEmpty())
        return std::nullopt;
    return std::make_pair(dates.first().date, body);
}

// The first entry of the agenda list ("1. Apologies", "1 Apologies", "IV. Reports"), not a date.
bool startsAgendaItem(const QString& text)
{
    static const QRegularExpression item(QStringLiteral("^(?:\\d{1,3}[.)]?|[IVX]{1,4}\\.)\\s+[A-Z]"));
    return item.match(text).hasMatch() && !shortDateLine(text);
}

// A date the papers went out on: labelled so ("Date of issue:", "Dated:", "Published:"), or a
// lone date line standing at the right, under the office's address.
bool isSentDate(const FrontLine& line)
{
    if (Lexicon::instance().matches(QStringLiteral("sent-date-label"), line.text))
        return true;
    return line.pageWidth > 0 && line.line.box.left() > line.pageWidth * 0.5;
}

bool closeTo(const FrontLine& a, const FrontLine& b)
{
    return FrontMatterReader::gap(a, b) <= AgendaText::height(a.line) * 1.6;
}

QString joinVenue(const QString& venue, const QString& line)
{
    if (venue.isEmpty())
        return line;
    if (venue.endsWith(QLatin1Char(',')) || AgendaText::endsWithConnector(venue)
        || Lexicon::instance().matches(QStringLiteral("venue-connector"), line))
        return AgendaText::joinWrapped(venue, line);
    return venue + QStringLiteral(", ") + line;
}

// An address that ends in a postcode ("…, Marchford MF1 2QT") is complete.
bool venueEndsWithPostcode(const QString& venue)
{
    static const QRegularExpression postcode(QStringLiteral("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\.?$"));
    return postcode.match(venue.trimmed()).hasMatch();
}

// The venue printed in the block that starts after line `from`: skips the time, a bracketed
// note under it and the meeting type; needs a venue word in its first line, and ends at its
// postcode (a livestream or contact line may follow it closely).
QString venueAfter(const QList<FrontLine>& lines, int from)
{
    QString venue;
    bool inBracket = false;
    for (int i = from + 1; i < lines.size(); ++i) {
        if (!closeTo(lines.at(i - 1), lines.at(i)) || venueEndsWithPostcode(venue))
            break;
        const QString t = lines.at(i).text;
        if (inBracket || (venue.isEmpty() && t.startsWith(QLatin1Char('(')))) {
            inBracket = !t.contains(QLatin1Char(')'));
            continue;
        }
        if (isTimeOnly(t) || isMeetingType(t) || shortDateLine(t) || FrontLabels::isStructural(t)
            || !MeetingDetailsReader::authorityName(t).isEmpty()) {
            if (!venue.isEmpty())
                break;
            continue;
        }
        if (venue.isEmpty() && !hasVenueWord(t))
            break;
        venue = joinVenue(venue, t);
    }
    return venue;
}

} // namespace

UnlabelledDetails UnlabelledDetails::read(const FrontMatter& front)
{
    UnlabelledDetails out;
    const QList<FrontLine>& lines = front.lines;

    int authorityIndex = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).page - lines.first().page > 1)
            break;
        const QString name = MeetingDetailsReader::authorityName(lines.at(i).text);
        if (!name.isEmpty()) {
            out.authority = name;
            authorityIndex = i;
            break;
        }
    }
    // A letterhead or footer the furniture pass took out of the text ("Sefton Council").
    for (int i = 0; out.authority.isEmpty() && i < front.removedLines.size(); ++i)
        out.authority = MeetingDetailsReader::authorityName(front.removedLines.at(i));

    for (int i = 0; i < lines.size(); ++i) {
        const QString t = lines.at(i).text;
        if (const auto m = Lexicon::instance().match(QStringLiteral("agenda-for-body"), t); m.hasMatch()) {
            QString name = m.captured(1);
            if (MeetingDetailsReader::bodyName(name).isEmpty() && i + 1 < lines.size())
                name = AgendaText::joinWrapped(name, lines.at(i + 1).text);
            const QString body = MeetingDetailsReader::bodyName(name);
            if (!body.isEmpty())
                out.bodies.append(body);
        } else if (DocumentKindDetector::isAgendaHeading(t) && i + 1 < lines.size()) {
            const QString body = MeetingDetailsReader::bodyName(lines.at(i + 1).text);
            if (!body.isEmpty() && FrontMatterReader::gap(lines.at(i), lines.at(i + 1)) < 40)
                out.bodies.append(body);
        }
    }
    // Any line naming a body; one printed in small type (a letterhead's line naming the partner
    // organisations over a partnership's heading) gives way to one in the heading's large type.
    QList<std::pair<QString, qreal>> named;
    qreal largest = 0;
    for (const FrontLine& line : lines) {
        if (AgendaText::beginsMidSentence(line.text))
            continue;
        const QString body = MeetingDetailsReader::bodyName(line.text);
        if (!body.isEmpty() && !out.bodies.contains(body) && FrontLabels::match(line.text).label == FrontLabel::None) {
            named.append({body, AgendaText::height(line.line)});
            largest = std::max(largest, named.last().second);
        }
    }
    for (const bool small : {false, true}) {
        for (const auto& [body, height] : std::as_const(named)) {
            if ((height < largest * 0.7) == small && !out.bodies.contains(body))
                out.bodies.append(body);
        }
    }

    int dateIndex = -1;
    bool titleLine = false; // the date came from a "Body - date time" title, whose venue is labelled
    for (int i = 0; i < lines.size(); ++i) {
        // The particulars come before a letter's greeting and before the agenda itself; a date
        // further down (under the proper officer's name) is when the papers went out.
        if (DocumentKindDetector::isLetterGreeting(lines.at(i).text) || startsAgendaItem(lines.at(i).text))
            break;
        if (isSentDate(lines.at(i)))
            continue;
        if (const auto titled = bodyDateTitle(lines.at(i).text)) {
            out.date = titled->first;
            out.bodies.removeAll(titled->second);
            out.bodies.prepend(titled->second);
            out.page = lines.at(i).page;
            dateIndex = i;
            titleLine = true;
            break;
        }
        if (const auto date = shortDateLine(lines.at(i).text)) {
            out.date = *date;
            out.page = lines.at(i).page;
            dateIndex = i;
            break;
        }
    }
    if (dateIndex >= 0) {
        out.time = datetext::parseTime(lines.at(dateIndex).text);
        for (int i = dateIndex + 1; !out.time && i < lines.size() && i <= dateIndex + 4; ++i) {
            if (isTimeOnly(lines.at(i).text))
                out.time = datetext::parseTime(lines.at(i).text);
        }
        if (!titleLine)
            out.venue = venueAfter(lines, dateIndex);
    }
    if (out.venue.isEmpty() && authorityIndex >= 0)
        out.venue = venueAfter(lines, authorityIndex);
    return out;
}

QString UnlabelledDetails::authorityNamedWithBody(const layout::LayoutDocument& document, const QString& body)
{
    if (!body.endsWith(QLatin1String("Authority"), Qt::CaseInsensitive))
        return {};
    const QRegularExpression named = RegexCache::get(QStringLiteral("^((?:[A-Z][\\w'\u2019.-]*\\s+){1,3})(?i:")
                                                     + QRegularExpression::escape(body) + QStringLiteral(")\\b"));
    for (int p = 0; p < document.pages.size() && p < 4; ++p) {
        const layout::LayoutPage& page = document.pages.at(p);
        QStringList texts = page.furniture.removedLines;
        for (const layout::LayoutLine& line : page.lines)
            texts.append(AgendaText::lineText(line));
        for (const QString& t : texts) {
            const auto m = named.match(t);
            if (!m.hasMatch())
                continue;
            const QString prefix = m.captured(1).trimmed();
            if (!prefix.at(0).isUpper()
                || !MeetingDetailsReader::bodyName(prefix + QStringLiteral(" Council")).isEmpty())
                continue;
            QString full = prefix + QLatin1Char(' ')
                + m.captured(0).mid(m.captured(0).indexOf(prefix) + prefix.size()).trimmed();
            if (text::isMostlyUpperCase(full))
                full = text::titleCaseFromCapitals(full);
            return full;
        }
    }
    return {};
}

} // namespace scrutineer::parse
