#include "agenda/MeetingDetailsReader.h"

#include "DateText.h"
#include "TextUtil.h"
#include "agenda/AgendaText.h"
#include "agenda/DocumentKindDetector.h"
#include "agenda/FrontLabels.h"
#include "agenda/MeetingAnnouncement.h"
#include "agenda/UnlabelledDetails.h"
#include "lexicon/Lexicon.h"

#include <QRegularExpression>
#include <QSet>

namespace scrutineer::parse {
namespace {

QString asPrinted(const QString& text)
{
    const QString t = text::collapseWhitespace(text);
    return text::isMostlyUpperCase(t) ? text::titleCaseFromCapitals(t) : t;
}

// "COUNTY COUNCIL - THURSDAY, 9 JANUARY 2025": a letter's meeting line.
bool meetingLine(const QString& line, QString* body, QDate* date)
{
    static const QRegularExpression form(QStringLiteral("^(.+?)\\s+[-\u2013\u2014]\\s+(.*\\d{4})\\.?$"));
    const auto m = form.match(line.trimmed());
    if (!m.hasMatch())
        return false;
    const auto found = datetext::parseDate(m.captured(2));
    const QString name = MeetingDetailsReader::bodyName(m.captured(1));
    if (!found || name.isEmpty())
        return false;
    *body = name;
    *date = *found;
    return true;
}

QString contactJoin(const QString& phone, const QString& email)
{
    QStringList parts;
    if (!phone.isEmpty())
        parts.append(phone);
    if (!email.isEmpty())
        parts.append(email);
    return parts.join(QStringLiteral("; "));
}

QString stripPhonePrefix(const QString& value)
{
    QString v = value;
    for (const QRegularExpression& prefix : Lexicon::instance().patterns(QStringLiteral("phone-prefix")))
        v.remove(prefix);
    return v.trimmed();
}

struct Labelled {
    QString body, venue, officer, phone, email;
    std::optional<QDate> date;
    std::optional<QTime> time;
    int page = 0;
};

Labelled readLabels(const QList<FrontLine>& lines, bool letter)
{
    Labelled out;
    for (int i = 0; i < lines.size(); ++i) {
        const LabelledValue lv = FrontLabels::match(lines.at(i).text);
        switch (lv.label) {
        case FrontLabel::Meeting: {
            const QString value = FrontLabels::wrappedValue(lines, i, lv.value, false);
            // "Meeting: 2 December 2025" names when, not who: a date (and time) alone is the date.
            const QList<datetext::DateMatch> dates = datetext::findDates(value);
            const bool dateAlone = !dates.isEmpty() && value.left(dates.first().start).trimmed().isEmpty()
                && (value.mid(dates.first().start + dates.first().length).trimmed().isEmpty()
                    || datetext::parseTime(value.mid(dates.first().start + dates.first().length)));
            if (dateAlone) {
                if (!out.date)
                    out.date = dates.first().date;
                if (!out.time)
                    out.time = datetext::parseTime(value.mid(dates.first().start + dates.first().length));
            } else if (out.body.isEmpty()) {
                out.body = asPrinted(value);
            }
            out.page = out.page ? out.page : lines.at(i).page;
            break;
        }
        case FrontLabel::Date:
            if (!out.date && !letter)
                out.date = datetext::parseDate(lv.value);
            out.page = out.page ? out.page : lines.at(i).page;
            break;
        case FrontLabel::Time:
            if (!out.time)
                out.time = datetext::parseTime(lv.value);
            break;
        case FrontLabel::Venue:
            if (out.venue.isEmpty())
                out.venue = FrontLabels::wrappedValue(lines, i, lv.value, true);
            break;
        case FrontLabel::Officer:
            if (out.officer.isEmpty())
                out.officer = lv.value.isEmpty() && i + 1 < lines.size() ? lines.at(i + 1).text : lv.value;
            break;
        case FrontLabel::Phone:
            if (out.phone.isEmpty())
                out.phone = stripPhonePrefix(lv.value);
            break;
        case FrontLabel::Email:
            if (out.email.isEmpty())
                out.email = FrontLabels::wrappedEmail(lines, i, lv.value);
            break;
        case FrontLabel::Other:
        case FrontLabel::None:
            break;
        }
        // "For any further information please contact:" ⏎ "Sarah Buffrey, Democratic Services Officer"
        if (out.officer.isEmpty() && Lexicon::instance().matches(QStringLiteral("contact-lead"), lines.at(i).text)
            && i + 1 < lines.size())
            out.officer = lines.at(i + 1).text;
    }
    return out;
}

} // namespace

QString MeetingDetailsReader::authorityName(const QString& line)
{
    // "City of …", "Royal Borough of …": the lexicon's authority-of, then a name in capitals.
    static const QRegularExpression cityOf(
        QStringLiteral("^(?:%1)\\s+[A-Z][\\w'\u2019.-]*(?:\\s+[A-Z][\\w'\u2019.-]*){0,3}$")
            .arg(Lexicon::instance().alternation(QStringLiteral("authority-of"))));
    // The name's ending is the lexicon's (authority-kind): "… District Council", "… Fire Authority".
    static const QRegularExpression named(
        QStringLiteral("^([A-Z][\\w'\u2019.-]*)(?:\\s+(?:and\\s+)?[A-Z][\\w'\u2019.-]*){0,3}?\\s+(?:%1)$")
            .arg(Lexicon::instance().alternation(QStringLiteral("authority-kind"))));
    // A first word that names no place ("District Council", "Full Council"): authority-generic-word.
    static const QRegularExpression generic(
        QStringLiteral("^(?:%1)$").arg(Lexicon::instance().alternation(QStringLiteral("authority-generic-word"))));
    const QString t = asPrinted(line);
    // A person with their council beside them ("Cllr Victor Lamb   Westmarsh District Council", a
    // partnership's attendance) names where they come from, not the meeting's authority.
    // (The honorifics are the shared list's: its first word is tried before a stand-in name.)
    if (const QString opening = t.section(QLatin1Char(' '), 0, 0) + QStringLiteral(" Name");
        text::stripHonorifics(opening) != opening)
        return {};
    if (cityOf.match(t).hasMatch())
        return t;
    if (const auto m = named.match(t); m.hasMatch() && !generic.match(m.captured(1)).hasMatch())
        return t;
    return {};
}

QString MeetingDetailsReader::bodyName(const QString& line)
{
    // A name never opens with the indefinite article ("A well-run council" heads a part of a
    // report, it names no body). The wording is the lexicon's: body-name-not-opening,
    // body-name-article, body-name-noun (the word a name ends with) and body-name-of-suffix.
    static const QRegularExpression body = [] {
        const Lexicon& lexicon = Lexicon::instance();
        return QRegularExpression(
            QStringLiteral("^(?!%1)(?:%2)?(?:[A-Za-z][\\w'\u2019&,/ \u2013\u2014-]*?\\s)?(?:%3)(?:\\s+(?:%4))?"
                           "(?:\\s*\\([^)]*\\))?$")
                .arg(lexicon.alternation(QStringLiteral("body-name-not-opening")),
                     lexicon.alternation(QStringLiteral("body-name-article")),
                     lexicon.alternation(QStringLiteral("body-name-noun")),
                     lexicon.alternation(QStringLiteral("body-name-of-suffix"))),
            QRegularExpression::CaseInsensitiveOption);
    }();
    QString t = text::collapseWhitespace(line);
    // A minutes heading names its body after the wording that opens minutes ("MINUTES OF THE
    // OVERVIEW AND SCRUTINY COMMITTEE"): the name is what follows, never the heading whole.
    if (const QRegularExpressionMatch opening = Lexicon::instance().match(QStringLiteral("minutes-heading"), t);
        opening.hasMatch() && opening.capturedStart(0) == 0) {
        static const QRegularExpression ofThe(
            QStringLiteral("^(?:%1)").arg(Lexicon::instance().alternation(QStringLiteral("minutes-heading-body-lead"))),
            QRegularExpression::CaseInsensitiveOption);
        t = t.mid(opening.capturedEnd(0)).trimmed().remove(ofThe);
    }
    if (t.size() > 120 || t.count(QLatin1Char(' ')) > 14 || !body.match(t).hasMatch())
        return {};
    if (!authorityName(t).isEmpty())
        return {};
    return asPrinted(t);
}

QString MeetingDetailsReader::subjectBody(const QString& subject)
{
    const qsizetype comma = subject.indexOf(QLatin1Char(','));
    if (comma <= 0 || !subjectDate(subject))
        return {};
    return bodyName(subject.left(comma));
}

std::optional<QDate> MeetingDetailsReader::subjectDate(const QString& subject)
{
    return datetext::parseDate(subject);
}

MeetingDetails MeetingDetailsReader::read(const FrontMatter& front, const layout::LayoutDocument& document)
{
    MeetingDetails out;
    const Labelled labels = readLabels(front.lines, front.letter);
    const Labelled contact = readLabels(front.contact, true);
    const UnlabelledDetails loose = UnlabelledDetails::read(front);
    const std::optional<MeetingAnnouncement> announced = MeetingAnnouncement::read(front);

    // Body: label, letter meeting line, heading next to "Agenda", roster heading; Subject confirms.
    QStringList bodies;
    std::optional<QDate> letterDate;
    for (const FrontLine& line : front.lines) {
        QString body;
        QDate date;
        if (meetingLine(line.text, &body, &date)) {
            bodies.append(body);
            letterDate = date;
            out.pdfPage = line.page;
            break;
        }
    }
    if (announced && !announced->body.isEmpty())
        bodies.append(announced->body);
    if (!labels.body.isEmpty())
        bodies.prepend(labels.body);
    bodies += loose.bodies;
    const QString hintBody = subjectBody(document.subject);
    const std::optional<QDate> hintDate = subjectDate(document.subject);
    for (const QString& candidate : bodies) {
        if (!hintBody.isEmpty() && text::normaliseForMatch(candidate) == text::normaliseForMatch(hintBody)) {
            out.body = candidate;
            break;
        }
    }
    if (out.body.isEmpty())
        out.body = bodies.isEmpty() ? hintBody : bodies.first();

    // Date: label, meeting line, the heading block's date line; the Subject confirms or fills.
    QList<QDate> dates;
    if (labels.date)
        dates.append(*labels.date);
    if (letterDate)
        dates.append(*letterDate);
    if (announced)
        dates.append(announced->date);
    if (loose.date && !front.letter)
        dates.append(*loose.date);
    if (hintDate && dates.contains(*hintDate))
        out.date = *hintDate;
    else if (!dates.isEmpty())
        out.date = dates.first();
    else if (hintDate)
        out.date = *hintDate;

    // Time: label, then the date line or a time line under it. Never from the Subject alone.
    const bool announcedDate = announced && out.date == announced->date;
    if (labels.time)
        out.time = *labels.time;
    else if (announcedDate && announced->time)
        out.time = *announced->time;
    else if (loose.time && !front.letter)
        out.time = *loose.time;

    out.venue = !labels.venue.isEmpty()
        ? labels.venue
        : (announcedDate && !announced->venue.isEmpty() ? announced->venue : loose.venue);
    out.authority = loose.authority;
    // "Wealdbrook District Council - Cabinet": a council's name printed before its committee's.
    static const QRegularExpression councilFirst(QStringLiteral("^(.+?)(?:\\s+[-\u2013\u2014]|\\s*:)\\s+(\\S.*)$"));
    if (const auto m = councilFirst.match(out.body); m.hasMatch()) {
        const QString council = authorityName(m.captured(1));
        if (!council.isEmpty()) {
            if (out.authority.isEmpty())
                out.authority = council;
            out.body = m.captured(2).trimmed();
        }
    }
    if (out.authority.isEmpty() && !out.body.isEmpty())
        out.authority = UnlabelledDetails::authorityNamedWithBody(document, out.body);

    out.officer = !labels.officer.isEmpty() ? labels.officer : contact.officer;
    const QString phone = !labels.phone.isEmpty() ? labels.phone : contact.phone;
    const QString email = !labels.email.isEmpty() ? labels.email : contact.email;
    out.officerContact = contactJoin(phone, email);
    if (out.pdfPage == 0)
        out.pdfPage = labels.page ? labels.page
                                  : (loose.page ? loose.page : (front.lines.isEmpty() ? 0 : front.lines.first().page));
    return out;
}

} // namespace scrutineer::parse
