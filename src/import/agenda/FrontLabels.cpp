#include "agenda/FrontLabels.h"

#include "agenda/AgendaText.h"
#include "agenda/DocumentKindDetector.h"

#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

bool opensBracket(const QString& text)
{
    return text.count(QLatin1Char('(')) > text.count(QLatin1Char(')'));
}

// A line that opens with a label of its own: one to four words and a colon ("Enquiries to:",
// "Members present:"), known to the parser or not. A wrapped value never does; a time's colon
// has digits before it.
bool opensWithLabel(const QString& line)
{
    static const QRegularExpression label(
        QStringLiteral("^\\p{L}[\\p{L}'\u2019/&-]*(?:\\s+[\\p{L}'\u2019/&-]+){0,3}\\s*:(?:\\s|$)"));
    return label.match(line.trimmed()).hasMatch();
}

} // namespace

LabelledValue FrontLabels::match(const QString& line)
{
    static const QRegularExpression label(
        QStringLiteral("^(MEETING|COMMITTEE|MEETING DATE|DATE|TIME|VENUE|PLACE|LOCATION|WHERE|"
                       "COMMITTEE OFFICER|CONTACT OFFICER|DEMOCRATIC SERVICES OFFICER|CONTACT|PLEASE ASK FOR|ASK FOR|"
                       "TELEPHONE|TEL|PHONE|DIRECT DIAL/EXT|DIRECT DIAL|DIRECT LINE|E-MAIL|EMAIL|FAX|NOTES?|"
                       "WEBSITE|OUR REF|YOUR REF)\\s*:\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = label.match(line.trimmed());
    if (!m.hasMatch())
        return {};
    const QString name = m.captured(1).toUpper();
    LabelledValue result;
    result.value = m.captured(2).trimmed();
    if (name == QLatin1String("MEETING") || name == QLatin1String("COMMITTEE"))
        result.label = FrontLabel::Meeting;
    else if (name == QLatin1String("DATE") || name == QLatin1String("MEETING DATE"))
        result.label = FrontLabel::Date;
    else if (name == QLatin1String("TIME"))
        result.label = FrontLabel::Time;
    else if (name == QLatin1String("VENUE") || name == QLatin1String("PLACE") || name == QLatin1String("LOCATION")
             || name == QLatin1String("WHERE"))
        result.label = FrontLabel::Venue;
    else if (name.contains(QLatin1String("OFFICER")) || name == QLatin1String("CONTACT")
             || name.endsWith(QLatin1String("ASK FOR")))
        result.label = FrontLabel::Officer;
    else if (name == QLatin1String("TELEPHONE") || name == QLatin1String("TEL") || name == QLatin1String("PHONE")
             || name.startsWith(QLatin1String("DIRECT")))
        result.label = FrontLabel::Phone;
    else if (name == QLatin1String("E-MAIL") || name == QLatin1String("EMAIL"))
        result.label = FrontLabel::Email;
    else
        result.label = FrontLabel::Other;
    return result;
}

bool FrontLabels::isStructural(const QString& line)
{
    static const QRegularExpression header(
        QStringLiteral("^(?:Members?|Membership|Substitutes?|Councillors?|Public Document Pack|"
                       "Yours (?:sincerely|faithfully)|\\d{1,3}[.)]\\s.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = line.trimmed();
    return match(t).label != FrontLabel::None || DocumentKindDetector::isAgendaHeading(t)
        || DocumentKindDetector::isLetterGreeting(t) || header.match(t).hasMatch();
}

QString FrontLabels::wrappedValue(const QList<FrontLine>& lines, int index, const QString& first, bool joinAll,
                                  int* lastIndex)
{
    QString value = first;
    int last = index;
    for (int j = index + 1; j < lines.size(); ++j) {
        const FrontLine& prev = lines.at(j - 1);
        const FrontLine& next = lines.at(j);
        const qreal h = AgendaText::height(prev.line);
        if (FrontMatterReader::gap(prev, next) > h * 1.2 || isStructural(next.text) || opensWithLabel(next.text))
            break;
        const bool unfinished = opensBracket(value) || AgendaText::endsWithConnector(value) || value.isEmpty();
        if (!joinAll && !unfinished)
            break;
        value = AgendaText::joinWrapped(value, next.text);
        last = j;
    }
    if (lastIndex)
        *lastIndex = last;
    return value;
}

QString FrontLabels::wrappedEmail(const QList<FrontLine>& lines, int index, const QString& first)
{
    static const QRegularExpression fragment(QStringLiteral("^\\.?[A-Za-z0-9._%+@-]+$"));
    static const QRegularExpression complete(QStringLiteral("@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$"));
    QString value = first;
    for (int j = index + 1; j < lines.size(); ++j) {
        const QString next = lines.at(j).text.trimmed();
        if (!fragment.match(next).hasMatch() || match(next).label != FrontLabel::None)
            break;
        const bool continues = value.isEmpty() || value.endsWith(QLatin1Char('.')) || next.startsWith(QLatin1Char('.'))
            || (value.contains(QLatin1Char('@')) && !complete.match(value).hasMatch());
        if (!continues)
            break;
        value += next;
    }
    return value;
}

} // namespace scrutineer::parse
