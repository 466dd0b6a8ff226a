#include "agenda/DocumentKindDetector.h"

#include "agenda/AgendaText.h"
#include "lexicon/Lexicon.h"
#include "pages/FurnitureKinds.h"
#include "tables/PlanParser.h"

#include <QCoreApplication>

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

// "To      Cabinet – 30 January 2025": a front-sheet label in a column of its own, without a
// colon; returned with one, so the label patterns read both layouts alike.
QString labelInColumn(const layout::LayoutLine& line)
{
    for (qsizetype i = 1; i < line.words.size() && i <= 4; ++i) {
        const layout::LayoutWord& a = line.words.at(i - 1);
        const layout::LayoutWord& b = line.words.at(i);
        if (b.box.left() - a.box.right() > 1.5 * std::max(a.box.height(), b.box.height())) {
            QStringList words;
            for (qsizetype k = 0; k < i; ++k)
                words.append(line.words.at(k).text);
            const QString label = words.join(QLatin1Char(' '));
            return label.endsWith(QLatin1Char(':')) ? label : label + QLatin1Char(':');
        }
    }
    return {};
}

QString quoted(const QString& text)
{
    const QString shortened = text.size() > 70 ? text.left(67) + QStringLiteral("\u2026") : text;
    return QStringLiteral("\u201c%1\u201d").arg(shortened);
}

QString pagesText(int first, int last)
{
    return first == last ? DocumentKindDetector::tr("page %1").arg(first)
                         : DocumentKindDetector::tr("pages %1\u2013%2").arg(first).arg(last);
}

} // namespace

bool DocumentKindDetector::isAgendaHeading(const QString& text)
{
    return Lexicon::instance().matches(QStringLiteral("agenda-heading"), text.trimmed());
}

bool DocumentKindDetector::isMinutesHeading(const QString& text)
{
    return Lexicon::instance().matches(QStringLiteral("minutes-title"), text.trimmed());
}

bool DocumentKindDetector::isLetterGreeting(const QString& text)
{
    return Lexicon::instance().matches(QStringLiteral("letter-greeting"), text.trimmed());
}

DocumentKindDetector::Decision DocumentKindDetector::decide(const layout::LayoutDocument& document)
{
    int first = 0;
    const QStringList lines = firstPageLines(document, &first);
    const int page = first + 1;
    if (lines.isEmpty())
        return {DocumentKind::Other, tr("no page carries text")};

    bool letter = false;
    QStringList labels;
    for (int i = 0; i < lines.size(); ++i) {
        letter = letter || isLetterGreeting(lines.at(i));
        if (i < 20) {
            const QString label = Lexicon::instance().firstMatch(QStringLiteral("report-label"), lines.at(i));
            if (!label.isNull())
                labels.append(label.trimmed());
        }
    }
    if (labels.size() < 2 && first < document.pages.size()) {
        labels.clear();
        const QList<layout::LayoutLine>& layoutLines = document.pages.at(first).lines;
        for (int i = 0; i < layoutLines.size() && i < 20; ++i) {
            const QString inColumn = labelInColumn(layoutLines.at(i));
            const QString label = Lexicon::instance().firstMatch(
                QStringLiteral("report-label"), inColumn.isEmpty() ? layoutLines.at(i).text() : inColumn);
            if (!label.isNull())
                labels.append(label.trimmed());
        }
    }
    // A report's front sheet (From / To / Subject) may call the report a "supplementary paper";
    // a covering letter enclosing papers is a supplement.
    const bool reportSheet = labels.size() >= 2 && !letter;
    for (const QString& line : lines) {
        if (!reportSheet && Lexicon::instance().matches(QStringLiteral("supplement-wording"), line))
            return {DocumentKind::Supplement,
                    tr("page %1 encloses papers published after the agenda: %2").arg(page).arg(quoted(line))};
    }
    if (letter && document.title.contains(QLatin1String("Supplement"), Qt::CaseInsensitive))
        return {DocumentKind::Supplement,
                tr("a covering letter on page %1, and the PDF's title names a supplement").arg(page)};

    // Minutes announce themselves near the top, before any agenda heading.
    for (int i = 0; i < lines.size() && i < 12; ++i) {
        if (isAgendaHeading(lines.at(i)))
            break;
        if (isMinutesHeading(lines.at(i)))
            return {DocumentKind::Minutes, tr("minutes heading on page %1: %2").arg(page).arg(quoted(lines.at(i)))};
    }
    for (int i = 0; i < lines.size() && i < 15; ++i) {
        if (!AgendaText::beginsMidSentence(lines.at(i))
            && Lexicon::instance().matches(QStringLiteral("decision-record"), lines.at(i)))
            return {DocumentKind::DecisionRecord,
                    tr("record-of-decision heading on page %1: %2").arg(page).arg(quoted(lines.at(i)))};
    }

    for (int p = first; p < document.pages.size() && p < first + 3; ++p) {
        for (const layout::LayoutLine& line : document.pages.at(p).lines) {
            const QString text = AgendaText::lineText(line);
            if (isAgendaHeading(text))
                return {DocumentKind::AgendaPack, tr("agenda heading on page %1: %2").arg(p + 1).arg(quoted(text))};
        }
    }

    if (labels.size() >= 2)
        return {DocumentKind::Report,
                tr("report front-sheet labels on page %1: %2").arg(page).arg(labels.join(QStringLiteral(" ")))};
    // An appendix heading opening the page, or repeated on every page as its running header.
    QStringList top = lines.mid(0, 3);
    const QString runningHeader = furniture::tag(furniture::Kind::RunningHeader);
    for (const QString& removed : document.pages.at(first).furniture.removedLines) {
        if (removed.startsWith(runningHeader))
            top.append(removed.mid(runningHeader.size()));
    }
    for (const QString& line : std::as_const(top)) {
        if (Lexicon::instance().matches(QStringLiteral("appendix-heading"), line.trimmed()))
            return {DocumentKind::Report,
                    tr("an appendix to a report: %1 on page %2").arg(quoted(line.trimmed())).arg(page)};
    }
    return {DocumentKind::Other, tr("page %1 has no agenda, minutes, letter, decision or report heading").arg(page)};
}

DocumentKindDetector::Decision DocumentKindDetector::settle(const Decision& early,
                                                            const layout::LayoutDocument& document,
                                                            const ImportBundle& bundle,
                                                            const QList<TableReport>& tables)
{
    if (early.kind != DocumentKind::Other)
        return early;
    // A page that opens "MINUTES of the meeting held in …" (a heading the first pass leaves to the
    // parsers, whose meeting it names).
    if (!document.pages.isEmpty()) {
        const QList<layout::LayoutLine>& lines = document.pages.first().lines;
        for (int i = 0; i < lines.size() && i < 5; ++i) {
            const QString text = lines.at(i).text();
            if (Lexicon::instance().matches(QStringLiteral("minutes-heading"), text))
                return {DocumentKind::Minutes, tr("minutes heading on page 1: %1").arg(quoted(text))};
        }
    }
    int meetingsWithMinutes = 0;
    for (const Meeting& meeting : bundle.meetings)
        meetingsWithMinutes += meeting.minutes.isEmpty() ? 0 : 1;
    if (meetingsWithMinutes > 0 && bundle.documentMeetingIndex >= 0
        && bundle.meetings.at(bundle.documentMeetingIndex).agendaItems.isEmpty())
        return {DocumentKind::Minutes, tr("the minutes of %n meeting(s) were read", nullptr, meetingsWithMinutes)};

    // A document made of plans or scorecards is a report (an appendix, a performance report).
    for (const QString& kind : {QStringLiteral("plan"), QStringLiteral("action log"), QStringLiteral("scorecard"),
                                QStringLiteral("threshold table")}) {
        int first = 0;
        int last = 0;
        int rows = 0;
        for (const TableReport& table : tables) {
            if (table.kind != kind || !table.read())
                continue;
            first = first == 0 ? table.firstPage : std::min(first, table.firstPage);
            last = std::max(last, table.lastPage);
            rows += table.rows;
        }
        if (rows > 0)
            return {DocumentKind::Report,
                    tr("no front sheet, agenda or minutes; a %1 read on %2 (%n row(s))", nullptr, rows)
                        .arg(kind, pagesText(first, last))};
    }
    if (!bundle.indicators.isEmpty())
        return {DocumentKind::Report,
                tr("no front sheet, agenda or minutes; %n performance measure(s) read", nullptr,
                   int(bundle.indicators.size()))};
    // A title naming a performance report or a plan, on the first pages.
    for (int p = 0; p < document.pages.size() && p < 2; ++p) {
        const QList<layout::LayoutLine>& lines = document.pages.at(p).lines;
        for (int i = 0; i < lines.size() && i < 8; ++i) {
            const QString text = lines.at(i).text();
            if (Lexicon::instance().matches(QStringLiteral("scorecard-heading"), text)
                || Lexicon::instance().matches(QStringLiteral("plan-heading"), text))
                return {DocumentKind::Report, tr("report title on page %1: %2").arg(p + 1).arg(quoted(text))};
        }
    }
    return {DocumentKind::Other, early.reason + tr("; nothing read in it makes it minutes or a report")};
}

} // namespace scrutineer::parse
