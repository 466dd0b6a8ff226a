#include "agenda/DocumentKindDetector.h"

#include "agenda/AgendaText.h"

#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

// The first page that carries text, as lines.
QStringList firstPageLines(const layout::LayoutDocument& document, int* pageIndex)
{
    for (int i = 0; i < document.pages.size(); ++i) {
        QStringList lines;
        for (const layout::LayoutLine& line : document.pages.at(i).lines) {
            const QString text = AgendaText::lineText(line);
            if (!text.isEmpty() && !AgendaText::isStampLine(text))
                lines.append(text);
        }
        if (!lines.isEmpty()) {
            if (pageIndex)
                *pageIndex = i;
            return lines;
        }
    }
    return {};
}

bool isSupplementWording(const QString& text)
{
    static const QRegularExpression wording(
        QStringLiteral("(?:please find enclosed|^enclosed (?:are|is)\\b|not available when the (?:main )?agenda was|"
                       "^supplementary (?:agenda|information|papers?|pack)\\b|\\bagenda supplement\\b|"
                       "^supplement(?:ary)? to the agenda\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return wording.match(text).hasMatch();
}

bool isReportLabel(const QString& text)
{
    static const QRegularExpression label(
        QStringLiteral("^(?:Report to|Title of report|Report of|Report by|Subject|From|To)\\s*:"),
        QRegularExpression::CaseInsensitiveOption);
    return label.match(text).hasMatch();
}

} // namespace

bool DocumentKindDetector::isAgendaHeading(const QString& text)
{
    static const QRegularExpression heading(
        QStringLiteral("^(?:A\\s?G\\s?E\\s?N\\s?D\\s?A|(?:(?:Regular|Special|Adjourned|Supplementary|Revised|"
                       "Reconvened|Extraordinary)(?: Meeting)? )?Agenda(?: for the meeting of\\b.*)?|"
                       "Agenda Item No\\.?)$"),
        QRegularExpression::CaseInsensitiveOption);
    return heading.match(text.trimmed()).hasMatch();
}

bool DocumentKindDetector::isMinutesHeading(const QString& text)
{
    static const QRegularExpression heading(
        QStringLiteral("^(?:Minutes|Minutes of (?:a|the) (?:\\w+ )?meeting(?: of\\b.*)?)$"),
        QRegularExpression::CaseInsensitiveOption);
    return heading.match(text.trimmed()).hasMatch();
}

bool DocumentKindDetector::isLetterGreeting(const QString& text)
{
    static const QRegularExpression greeting(QStringLiteral("^Dear (?:Member|Councillor|Colleague|Sir)s?\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    return greeting.match(text.trimmed()).hasMatch();
}

DocumentKind DocumentKindDetector::detect(const layout::LayoutDocument& document)
{
    int first = 0;
    const QStringList lines = firstPageLines(document, &first);
    if (lines.isEmpty())
        return DocumentKind::Other;

    bool letter = false;
    for (const QString& line : lines) {
        if (isSupplementWording(line))
            return DocumentKind::Supplement;
        letter = letter || isLetterGreeting(line);
    }
    if (letter && document.title.contains(QLatin1String("Supplement"), Qt::CaseInsensitive))
        return DocumentKind::Supplement;

    // Minutes announce themselves near the top, before any agenda heading.
    for (int i = 0; i < lines.size() && i < 12; ++i) {
        if (isAgendaHeading(lines.at(i)))
            break;
        if (isMinutesHeading(lines.at(i)))
            return DocumentKind::Minutes;
    }

    for (int p = first; p < document.pages.size() && p < first + 3; ++p) {
        for (const layout::LayoutLine& line : document.pages.at(p).lines) {
            if (isAgendaHeading(AgendaText::lineText(line)))
                return DocumentKind::AgendaPack;
        }
    }

    int reportLabels = 0;
    for (int i = 0; i < lines.size() && i < 20; ++i) {
        if (isReportLabel(lines.at(i)))
            ++reportLabels;
    }
    if (reportLabels >= 2)
        return DocumentKind::Report;
    return DocumentKind::Other;
}

} // namespace scrutineer::parse
