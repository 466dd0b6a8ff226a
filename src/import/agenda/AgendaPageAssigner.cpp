#include "agenda/AgendaPageAssigner.h"

#include "TextUtil.h"
#include "agenda/AgendaText.h"
#include "lexicon/Lexicon.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

QString rangeText(const PageRange& range)
{
    return range.first == range.last ? QString::number(range.first)
                                     : QStringLiteral("%1-%2").arg(range.first).arg(range.last);
}

// Each stamped item's run of pages: from the first page stamped "Agenda Item N" to the page
// before the next item's stamp, or the end of the document.
QMap<int, PageRange> stampRuns(const layout::LayoutDocument& document)
{
    QMap<int, PageRange> runs;
    std::optional<int> current;
    for (const layout::LayoutPage& page : document.pages) {
        const std::optional<int> stamp = page.furniture.agendaStamp;
        if (stamp && stamp != current) {
            if (current && runs.contains(*current) && runs[*current].last == 0)
                runs[*current].last = page.number - 1;
            current = stamp;
            if (!runs.contains(*stamp))
                runs.insert(*stamp, PageRange {page.number, 0});
        }
    }
    if (current && runs.contains(*current) && runs[*current].last == 0)
        runs[*current].last = int(document.pages.size());
    for (auto it = runs.begin(); it != runs.end(); ++it) {
        if (it->last < it->first)
            it->last = it->first;
    }
    return runs;
}

std::optional<PageRange> physicalRange(const PageRange& pack, const PageMapResult& pageMap)
{
    const std::optional<int> first = pageMap.physicalFor(pack.first);
    const std::optional<int> last = pageMap.physicalFor(pack.last);
    if (!first || !last || *last < *first)
        return std::nullopt;
    return PageRange {*first, *last};
}

std::optional<PageRange> packRange(const PageRange& pdf, const PageMapResult& pageMap)
{
    const std::optional<int> first = pageMap.packPages.value(pdf.first - 1);
    const std::optional<int> last = pageMap.packPages.value(pdf.last - 1);
    if (!first || !last || *last < *first)
        return std::nullopt;
    return PageRange {*first, *last};
}

// "From: Roger Gough, Leader of the Council", "Report of: | Director of … | Wards Affected: …".
QString reportAuthor(const layout::LayoutPage& page)
{
    static const QRegularExpression nextLabel(QStringLiteral("\\s+[A-Z][A-Za-z /]{2,30}:(?:\\s.*)?$"));
    int seen = 0;
    for (const layout::LayoutLine& line : page.lines) {
        if (++seen > 25)
            break;
        const QList<layout::LayoutLine> cells = line.cells(AgendaText::height(line) * 1.5);
        for (int c = 0; c < cells.size(); ++c) {
            const auto m
                = Lexicon::instance().match(QStringLiteral("report-author-label"), AgendaText::lineText(cells.at(c)));
            if (!m.hasMatch())
                continue;
            QString value = m.captured(1).isEmpty() && c + 1 < cells.size() ? AgendaText::lineText(cells.at(c + 1))
                                                                            : m.captured(1);
            value.remove(nextLabel);
            while (value.endsWith(QLatin1Char(';')) || value.endsWith(QLatin1Char(',')))
                value.chop(1);
            return value.trimmed();
        }
    }
    return {};
}

void checkTiling(QList<AgendaItem>& items)
{
    const AgendaItem* previous = nullptr;
    for (AgendaItem& item : items) {
        if (!item.packPages)
            continue;
        if (previous) {
            const int expected = previous->packPages->last + 1;
            if (item.packPages->first > expected)
                item.flags.append(AgendaPageAssigner::tr("pack pages %1-%2 belong to no agenda item")
                                      .arg(expected)
                                      .arg(item.packPages->first - 1));
            else if (item.packPages->first < expected)
                item.flags.append(AgendaPageAssigner::tr("range overlaps item %1's pages").arg(previous->number));
        }
        previous = &item;
    }
}

} // namespace

void AgendaPageAssigner::assign(QList<AgendaItem>& items, const layout::LayoutDocument& document,
                                const PageMapResult& pageMap)
{
    const QMap<int, PageRange> runs = stampRuns(document);
    QList<int> matched;
    for (AgendaItem& item : items) {
        bool numeric = false;
        const int number = item.number.toInt(&numeric);
        const std::optional<PageRange> fromRange
            = item.packPages ? physicalRange(*item.packPages, pageMap) : std::nullopt;
        const std::optional<PageRange> fromStamps
            = numeric && runs.contains(number) ? std::optional<PageRange>(runs.value(number)) : std::nullopt;
        if (fromStamps)
            matched.append(number);
        if (fromRange && fromStamps) {
            item.pdfPages = fromRange;
            item.pageEvidence = QStringLiteral("agenda-range+stamps");
            if (fromStamps->first != fromRange->first)
                item.flags.append(tr("the agenda range gives PDF pages %1 but the \"Agenda Item %2\" stamps begin on "
                                     "page %3")
                                      .arg(rangeText(*fromRange))
                                      .arg(number)
                                      .arg(fromStamps->first));
        } else if (fromRange) {
            item.pdfPages = fromRange;
            item.pageEvidence = QStringLiteral("agenda-range");
        } else if (fromStamps) {
            item.pdfPages = fromStamps;
            item.pageEvidence = QStringLiteral("stamps");
            if (!item.packPages)
                item.packPages = packRange(*fromStamps, pageMap);
        }
    }
    for (auto it = runs.begin(); it != runs.end(); ++it) {
        if (matched.contains(it.key()))
            continue;
        AgendaItem item;
        item.number = QString::number(it.key());
        item.title = QStringLiteral("");
        item.pdfPages = it.value();
        item.packPages = packRange(it.value(), pageMap);
        item.pageEvidence = QStringLiteral("stamps");
        item.pdfPage = it.value().first;
        item.flags.append(tr("stamped \"Agenda Item %1\" in the pack but not listed in its agenda").arg(it.key()));
        items.append(item);
    }
    for (AgendaItem& item : items) {
        if (!item.pdfPages || item.pdfPages->first < 1 || item.pdfPages->first > document.pages.size())
            continue;
        const QString author = reportAuthor(document.pages.at(item.pdfPages->first - 1));
        if (author.isEmpty())
            continue;
        if (item.reportOf.isEmpty())
            item.reportOf = author;
        else if (!text::normaliseForMatch(author).contains(text::normaliseForMatch(item.reportOf)))
            item.flags.append(tr("the report is from \"%1\"").arg(author));
    }
    checkTiling(items);
}

} // namespace scrutineer::parse
