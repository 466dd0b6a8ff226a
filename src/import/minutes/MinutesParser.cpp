#include "minutes/MinutesParser.h"

#include "DateText.h"
#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "minutes/AttendanceParser.h"
#include "minutes/MinutesLines.h"
#include "minutes/MinutesLocator.h"
#include "minutes/MinutesSetReader.h"
#include "minutes/PageLines.h"

#include <QRegularExpression>
#include <QSet>

namespace scrutineer::parse {
namespace {

const layout::LayoutPage* pageNumbered(const layout::LayoutDocument& document, int number)
{
    for (const layout::LayoutPage& page : document.pages) {
        if (page.number == number)
            return &page;
    }
    return nullptr;
}

bool isBlankPage(const layout::LayoutPage& page)
{
    if (!page.hasText() || page.furniture.intentionallyBlank)
        return true;
    if (page.words.size() > 40)
        return false;
    QString text;
    for (const layout::LayoutWord& w : page.words)
        text += w.text + QLatin1Char(' ');
    return Lexicon::instance().matches(QStringLiteral("blank-page-words"), text);
}

// A report's front sheet ("Report to:", "Subject:", "Report of:"; "Title of report:",
// "Meeting:"; "From:", "To:"; "TO:", "FROM:", "SUBJECT:") starts the next document.
bool isFrontSheet(const PageLines& pageLines, int pageNumber)
{
    const QList<MinutesLine> lines = pageLines.collect(pageNumber, pageNumber);
    QSet<QString> seen;
    for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), 10); ++i) {
        if (const auto m = Lexicon::instance().match(QStringLiteral("minutes-front-sheet-label"), lines.at(i).text);
            m.hasMatch())
            seen.insert(m.captured(1).toLower().simplified());
    }
    return seen.size() >= 2;
}

// The last page of the agenda item whose pages hold `page`, if the agenda says.
int itemEnd(const MinutesContext& context, int page)
{
    int end = 0;
    for (const AgendaItem& item : context.agenda) {
        if (item.pdfPages && item.pdfPages->first <= page && page <= item.pdfPages->last)
            end = end == 0 ? item.pdfPages->last : std::min(end, item.pdfPages->last);
    }
    return end;
}

// Minutes announced by the agenda whose header style we did not recognise: the date comes from
// the agenda's own description ("Minutes of the meeting held on 10 July 2018").
std::optional<MinutesHeader> headerFromAgenda(const PageLines& pageLines, const MinutesContext& context,
                                              const QList<int>& known)
{
    for (const AgendaItem& item : context.agenda) {
        if (!MinutesLocator::isMinutesItem(item) || !item.pdfPages)
            continue;
        bool covered = false;
        for (int page : known)
            covered = covered || (item.pdfPages->first <= page && page <= item.pdfPages->last);
        if (covered)
            continue;
        const std::optional<QDate> date = datetext::parseDate(item.title + QLatin1Char(' ') + item.description);
        if (!date)
            continue;
        const QList<MinutesLine> lines = pageLines.collect(item.pdfPages->first, item.pdfPages->first);
        for (const MinutesLine& line : lines) {
            if (!Lexicon::instance().matches(QStringLiteral("present-label-opening"), line.text))
                continue;
            MinutesHeader header;
            header.page = line.page;
            header.date = *date;
            header.lastHeaderTop = line.top - 1;
            return header;
        }
    }
    return std::nullopt;
}

// A continuation page's running header repeating the minutes' title and date at its top
// ("Minutes of the Regular Meeting" / "<Body>" / "October 18, 2022"), set apart from the text
// below: how many of the page's first lines (from `first`) it takes, 0 when there is none.
qsizetype continuationHeader(const QList<MinutesLine>& lines, qsizetype first, const QDate& date)
{
    if (first >= lines.size() || !date.isValid()
        || !lines.at(first).text.startsWith(QLatin1String("Minutes"), Qt::CaseInsensitive))
        return 0;
    const int page = lines.at(first).page;
    QString block;
    for (qsizetype k = first; k < lines.size() && k < first + 4 && lines.at(k).page == page; ++k) {
        const MinutesLine& line = lines.at(k);
        if ((k > first && line.gapBefore > 0.4 * line.height) || line.text.endsWith(QLatin1Char('.')))
            break; // a paragraph, not a header block
        block += QLatin1Char(' ') + line.text;
        bool dated = false;
        for (const datetext::DateMatch& d : datetext::findDates(block))
            dated = dated || d.date == date;
        const bool apart = k + 1 >= lines.size() || lines.at(k + 1).page != page
            || lines.at(k + 1).gapBefore > 0.4 * lines.at(k + 1).height;
        if (dated && apart)
            return k - first + 1;
    }
    return 0;
}

// A restart of attendance inside a set: a line opening an attendance list ("PRESENT:") that
// stands apart after the set's minutes have begun starts the record of another meeting, even
// when its header was not recognised. Its date and body stay unknown unless the lines just above
// the list print a date; the lines between the end of the earlier text and the list are its header.
QList<MinutesSet> splitAtRestarts(const MinutesSet& set)
{
    QList<MinutesSet> parts;
    MinutesSet current = set;
    for (;;) {
        const QList<MinutesLine>& lines = current.lines;
        // Past the set's own lists: a later list, with text between, is another meeting's.
        QList<Attendance> own;
        const qsizetype listsEnd = AttendanceParser::parseListsAndRegisters(lines, 0, lines.size(), own);
        qsizetype restart = -1;
        for (qsizetype i = listsEnd + 1; i < lines.size(); ++i) {
            const MinutesLine& line = lines.at(i);
            const bool apart = line.gapBefore < 0 || line.gapBefore > 0.4 * line.height;
            if (!apart || !MinutesLocator::isAttendanceLabel(line.text))
                continue;
            QList<Attendance> listed;
            AttendanceParser::parseLists(lines, i, std::min<qsizetype>(lines.size(), i + 6), listed);
            if (!listed.isEmpty()) {
                restart = i;
                break;
            }
        }
        if (restart < 0) {
            parts.append(current);
            return parts;
        }
        // Its header: the lines above the list back to the end of the earlier text.
        qsizetype headerStart = restart;
        while (headerStart > listsEnd + 1 && restart - headerStart < 4) {
            const QString& above = lines.at(headerStart - 1).text;
            if (above.endsWith(QLatin1Char('.')) || above.endsWith(QLatin1Char(':'))
                || MinutesLocator::endOfMinutes({lines.at(headerStart - 1)}) == 1)
                break;
            --headerStart;
        }
        MinutesSet next;
        next.header.page = lines.at(headerStart).page;
        next.header.firstTop = lines.at(headerStart).top;
        next.header.lastHeaderTop = lines.at(restart).top - 1;
        next.header.restart = true;
        for (qsizetype i = headerStart; i < restart && !next.header.date.isValid(); ++i) {
            if (const auto date = datetext::parseDate(lines.at(i).text))
                next.header.date = *date;
        }
        next.lines = lines.mid(restart);
        current.lines = lines.mid(0, headerStart);
        parts.append(current);
        current = next;
    }
}

} // namespace

MinutesResult MinutesParser::parse(const layout::LayoutDocument& document, const MinutesContext& context)
{
    MinutesResult result;
    // The lines of every page, prepared once (the caller may have done it for the other readers).
    std::optional<PageLines> own;
    const PageLines& allLines = context.lines ? *context.lines : own.emplace(document);
    QList<MinutesHeader> headers;
    for (const layout::LayoutPage& page : document.pages) {
        if (page.hasText())
            headers += MinutesLocator::findHeaders(allLines.collect(page.number, page.number));
    }
    QList<int> known;
    for (const MinutesHeader& h : headers)
        known.append(h.page);
    if (auto fromAgenda = headerFromAgenda(allLines, context, known)) {
        headers.append(*fromAgenda);
        std::stable_sort(headers.begin(), headers.end(),
                         [](const MinutesHeader& a, const MinutesHeader& b) { return a.page < b.page; });
    }

    // Minutes embedded in a report (a select committee's formal minutes in an appendix) are not
    // the minutes of a meeting of this body: where the agenda places its items in the pack,
    // accept minutes only in a minutes item or on pages no item claims. A header that names no
    // body is trusted only where the agenda says minutes are.
    bool agendaPlaced = false;
    for (const AgendaItem& item : context.agenda)
        agendaPlaced = agendaPlaced || item.pdfPages.has_value();
    QList<MinutesHeader> accepted;
    for (const MinutesHeader& header : headers) {
        bool inMinutesItem = false;
        bool inOtherItem = false;
        for (const AgendaItem& item : context.agenda) {
            if (!item.pdfPages || header.page < item.pdfPages->first || header.page > item.pdfPages->last)
                continue;
            (MinutesLocator::isMinutesItem(item) ? inMinutesItem : inOtherItem) = true;
        }
        if (agendaPlaced && inOtherItem && !inMinutesItem)
            continue;
        if (header.body.isEmpty() && !inMinutesItem)
            continue;
        accepted.append(header);
    }
    headers = accepted;

    const int lastPage = document.pages.isEmpty() ? 0 : document.pages.last().number;
    for (int k = 0; k < headers.size(); ++k) {
        const MinutesHeader& header = headers.at(k);
        const MinutesHeader* next = k + 1 < headers.size() ? &headers.at(k + 1) : nullptr;
        int limit = next ? next->page : lastPage;
        if (const int end = itemEnd(context, header.page); end > 0)
            limit = std::min(limit, end);
        const layout::LayoutPage* first = pageNumbered(document, header.page);
        const std::optional<int> stamp = first ? minutes::agendaStamp(*first) : std::nullopt;
        int end = header.page;
        for (int p = header.page + 1; p <= limit; ++p) {
            const layout::LayoutPage* found = pageNumbered(document, p);
            if (!found)
                break;
            const layout::LayoutPage& page = *found;
            if (isBlankPage(page) || isFrontSheet(allLines, p))
                break;
            const std::optional<int> pageStamp = minutes::agendaStamp(page);
            if (stamp && pageStamp && *pageStamp != *stamp)
                break;
            end = p;
        }
        MinutesSet set;
        set.header = header;
        const QList<MinutesLine> pageLines = allLines.collect(header.page, end);
        for (qsizetype i = 0; i < pageLines.size(); ++i) {
            const MinutesLine& line = pageLines.at(i);
            if (next && (line.page > next->page || (line.page == next->page && line.top >= next->firstTop - 0.5)))
                break; // the next set's header
            if (line.page == header.page && line.top <= header.lastHeaderTop + 0.5)
                continue;
            if (line.page != header.page && (i == 0 || pageLines.at(i - 1).page != line.page)) {
                if (const qsizetype n = continuationHeader(pageLines, i, header.date); n > 0) {
                    i += n - 1;
                    continue;
                }
            }
            set.lines.append(line);
        }
        for (MinutesSet& part : splitAtRestarts(set)) {
            part.lines = part.lines.mid(0, MinutesLocator::endOfMinutes(part.lines));
            MinutesSetReader::read(part, context, result);
        }
    }
    return result;
}

} // namespace scrutineer::parse
