#include "agenda/FrontLabels.h"

#include "agenda/AgendaText.h"
#include "agenda/DocumentKindDetector.h"
#include "lexicon/Lexicon.h"

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
    // The labels are the lexicon's, one cue for each field (front-label-meeting, front-label-date,
    // ...): a label, a colon and the value after it.
    static const QList<std::pair<const char*, FrontLabel>> fields {
        {"meeting", FrontLabel::Meeting}, {"date", FrontLabel::Date},       {"time", FrontLabel::Time},
        {"venue", FrontLabel::Venue},     {"officer", FrontLabel::Officer}, {"phone", FrontLabel::Phone},
        {"email", FrontLabel::Email},     {"other", FrontLabel::Other}};
    static const QRegularExpression label = [] {
        QStringList groups;
        for (const auto& [field, kind] : fields)
            groups.append(
                QStringLiteral("(?<%1>%2)")
                    .arg(QLatin1String(field),
                         Lexicon::instance().alternation(QStringLiteral("front-label-") + QLatin1String(field))));
        return QRegularExpression(QStringLiteral("^(?:%1)\\s*:\\s*(?<value>.*)$").arg(groups.join(QLatin1Char('|'))),
                                  QRegularExpression::CaseInsensitiveOption);
    }();
    const auto m = label.match(line.trimmed());
    if (!m.hasMatch())
        return {};
    LabelledValue result;
    result.value = m.captured(QStringLiteral("value")).trimmed();
    for (const auto& [field, kind] : fields) {
        if (m.capturedStart(QLatin1String(field)) >= 0) {
            result.label = kind;
            break;
        }
    }
    return result;
}

QString FrontLabels::labelColumnText(const layout::LayoutLine& line)
{
    // The value's cell stands apart from the label by more than a word space: a column gap.
    const QList<layout::LayoutLine> cells = line.cells(AgendaText::height(line) * 1.5);
    if (cells.size() < 2)
        return {};
    const QString label = AgendaText::lineText(cells.first());
    if (label.contains(QLatin1Char(':')))
        return {};
    const LabelledValue bare = match(label + QLatin1Char(':'));
    if (bare.label == FrontLabel::None || !bare.value.isEmpty())
        return {};
    // A row of headings ("Date   Time   Venue") is no label and its value.
    const QString second = AgendaText::lineText(cells.at(1));
    if (match(second + QLatin1Char(':')).label != FrontLabel::None)
        return {};
    layout::LayoutLine rest;
    for (qsizetype c = 1; c < cells.size(); ++c)
        rest.words += cells.at(c).words;
    return label + QStringLiteral(": ") + AgendaText::lineText(rest);
}

bool FrontLabels::isStructural(const QString& line)
{
    static const QRegularExpression header(
        QStringLiteral("^(?:%1|\\d{1,3}[.)]\\s.*)$")
            .arg(Lexicon::instance().alternation(QStringLiteral("front-structural-heading"))),
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
