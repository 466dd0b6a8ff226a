#include "DocumentInspector.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "tables/ColumnRoles.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace scrutineer {
namespace {

QString meetingName(const Meeting& meeting)
{
    const QString date = meeting.date.isValid()
        ? QLocale(QLocale::English).toString(meeting.date, QStringLiteral("d MMMM yyyy"))
        : DocumentInspector::tr("an unknown date");
    return meeting.body.isEmpty() ? date : meeting.body + QStringLiteral(", ") + date;
}

PageRegion region(int first, int last, const QString& kind, const QString& detail, bool claimed = true,
                  double confidence = 1.0)
{
    return PageRegion {first, last, kind, detail, claimed, confidence};
}

// Lines of a page split into cells at wide gaps; the left edge of each cell.
QList<qreal> cellStarts(const layout::LayoutLine& line)
{
    QList<qreal> starts;
    qreal lastRight = -1e9;
    for (const layout::LayoutWord& word : line.words) {
        if (word.box.left() - lastRight > 1.5 * word.box.height())
            starts.append(word.box.left());
        lastRight = word.box.right();
    }
    return starts;
}

// How far apart two cells may start and still be one column: a share of the line's height (3 pt
// for 10 pt type), so that a table printed larger lines up as well.
constexpr qreal kSameStartShare = 0.3;

int sharedStarts(const QList<qreal>& a, const QList<qreal>& b, qreal tolerance)
{
    int shared = 0;
    for (const qreal x : a) {
        for (const qreal y : b) {
            if (std::abs(x - y) <= tolerance) {
                ++shared;
                break;
            }
        }
    }
    return shared;
}

// Runs of at least four lines with three or more cells whose cells start at the same x-positions:
// the shape of a table, whatever its header says. Returns [first line, last line] index pairs.
QList<std::pair<qsizetype, qsizetype>> alignedBlocks(const layout::LayoutPage& page)
{
    QList<std::pair<qsizetype, qsizetype>> blocks;
    qsizetype start = -1;
    QList<qreal> previous;
    for (qsizetype i = 0; i <= page.lines.size(); ++i) {
        const QList<qreal> starts = i < page.lines.size() ? cellStarts(page.lines.at(i)) : QList<qreal> {};
        const qreal tolerance = i < page.lines.size() ? kSameStartShare * page.lines.at(i).height() : 0;
        const bool continues
            = starts.size() >= 2 && !previous.isEmpty() && sharedStarts(starts, previous, tolerance) >= 2;
        if (start >= 0 && !continues) {
            if (i - start >= 4)
                blocks.append({start, i - 1});
            start = -1;
        }
        if (start < 0 && starts.size() >= 3)
            start = i;
        previous = starts.size() >= 2 ? starts : QList<qreal> {};
    }
    return blocks;
}

// What an aligned block holds, by the cells of its columns: whether it looks like a plan or a
// scorecard the readers should have read, or a table of figures or text they have no use for.
enum class BlockShape { Plan, Scorecard, Figures, Text };

BlockShape shapeOf(const layout::LayoutPage& page, qsizetype first, qsizetype last)
{
    const parse::Lexicon& lexicon = parse::Lexicon::instance();
    QList<qreal> columnStarts;
    QList<parse::ColumnProfile> profiles;
    for (qsizetype i = first; i <= last; ++i) {
        const layout::LayoutLine& line = page.lines.at(i);
        qreal lastRight = -1e9;
        QStringList cells;
        QList<qreal> starts;
        for (const layout::LayoutWord& word : line.words) {
            if (word.box.left() - lastRight > 1.5 * word.box.height()) {
                cells.append(word.text);
                starts.append(word.box.left());
            } else {
                cells.last() += QLatin1Char(' ') + word.text;
            }
            lastRight = word.box.right();
        }
        for (qsizetype c = 0; c < cells.size(); ++c) {
            qsizetype column = -1;
            for (qsizetype k = 0; k < columnStarts.size(); ++k) {
                if (std::abs(columnStarts.at(k) - starts.at(c)) <= kSameStartShare * line.height())
                    column = k;
            }
            if (column < 0) {
                columnStarts.append(starts.at(c));
                profiles.append(parse::ColumnProfile {});
                column = columnStarts.size() - 1;
            }
            profiles[column].add(cells.at(c), lexicon);
        }
    }
    bool statuses = false;
    bool dates = false;
    bool people = false;
    int numeric = 0;
    for (const parse::ColumnProfile& profile : std::as_const(profiles)) {
        if (profile.cells < 2)
            continue;
        statuses = statuses || profile.share(profile.statuses) > 0.5;
        dates = dates || profile.share(profile.dates) > 0.5;
        people = people || profile.share(profile.people) > 0.4;
        numeric += profile.share(profile.numbers) > 0.5 ? 1 : 0;
    }
    if (statuses && numeric > 0)
        return BlockShape::Scorecard;
    if (statuses || (dates && people))
        return BlockShape::Plan;
    return numeric > 0 ? BlockShape::Figures : BlockShape::Text;
}

bool covers(const QList<PageRegion>& regions, int page, const QStringList& kinds)
{
    for (const PageRegion& r : regions) {
        if (r.claimed && page >= r.firstPage && page <= r.lastPage && (kinds.isEmpty() || kinds.contains(r.kind)))
            return true;
    }
    return false;
}

} // namespace

QList<PageRegion> DocumentInspector::inspect(const layout::LayoutDocument& document, const ImportBundle& bundle,
                                             const QList<parse::TableReport>& tables)
{
    QList<PageRegion> regions;
    const parse::Lexicon& lexicon = parse::Lexicon::instance();

    // The front sheet and agenda of the meeting the document was published for.
    if (bundle.documentMeetingIndex >= 0 && bundle.documentMeetingIndex < bundle.meetings.size()) {
        const Meeting& meeting = bundle.meetings.at(bundle.documentMeetingIndex);
        if (meeting.pdfPage > 0 && meeting.minutes.isEmpty())
            regions.append(region(meeting.pdfPage, meeting.pdfPage,
                                  bundle.kind == DocumentKind::Supplement ? tr("covering letter") : tr("front sheet"),
                                  meetingName(meeting)));
        int first = 0;
        int last = 0;
        for (const AgendaItem& item : meeting.agendaItems) {
            if (item.pdfPage <= 0)
                continue;
            first = first == 0 ? item.pdfPage : std::min(first, item.pdfPage);
            last = std::max(last, item.pdfPage);
        }
        if (first > 0)
            regions.append(region(
                first, last, tr("agenda"),
                tr("%n agenda item(s) of %1", nullptr, int(meeting.agendaItems.size())).arg(meetingName(meeting))));
    }
    // Each set of minutes: the meeting it records and what it gave.
    for (const Meeting& meeting : bundle.meetings) {
        int first = 0;
        int last = 0;
        int resolutions = 0;
        auto take = [&](int page) {
            if (page <= 0)
                return;
            first = first == 0 ? page : std::min(first, page);
            last = std::max(last, page);
        };
        for (const Minute& minute : meeting.minutes) {
            take(minute.pdfPage);
            for (const Resolution& resolution : minute.resolutions) {
                take(resolution.pdfPage);
                ++resolutions;
            }
        }
        for (const Attendance& attendance : meeting.attendance)
            take(attendance.pdfPage);
        if (first == 0)
            continue;
        regions.append(region(first, last, tr("minutes"),
                              tr("minutes of %1: %2 minutes, %3 resolutions, %4 attendance entries")
                                  .arg(meetingName(meeting))
                                  .arg(meeting.minutes.size())
                                  .arg(resolutions)
                                  .arg(meeting.attendance.size())));
    }
    // Tables, read or not.
    for (const parse::TableReport& table : tables) {
        QStringList columns;
        for (qsizetype i = 0; i < table.headings.size(); ++i) {
            const QString role = table.roles.value(i);
            columns.append(role.isEmpty() ? QStringLiteral("\u201c%1\u201d ?").arg(table.headings.at(i))
                                          : QStringLiteral("\u201c%1\u201d %2").arg(table.headings.at(i), role));
        }
        const bool plain = table.kind == QLatin1String("table");
        QString detail = columns.join(QStringLiteral(", "));
        if (plain)
            detail = tr("not a plan, action log or scorecard: %1").arg(detail);
        else
            detail = tr("%1 \u2014 %n row(s) read", nullptr, table.rows).arg(detail);
        if (!table.readWith.isEmpty())
            detail = tr("read with your template \u201c%1\u201d: %2").arg(table.readWith, detail);
        regions.append(
            region(table.firstPage, table.lastPage, table.kind, detail, table.read() || plain, table.confidence));
        if (!table.read() && !plain)
            regions.last().detail = tr("gave no rows: %1").arg(columns.join(QStringLiteral(", ")));
    }
    // Measures read from blocks and summaries outside any table.
    QSet<int> indicatorPages;
    for (const Indicator& indicator : bundle.indicators) {
        if (indicator.roles.isEmpty() && !covers(regions, indicator.pdfPage, {}))
            indicatorPages.insert(indicator.pdfPage);
    }
    for (const int page : indicatorPages) {
        int count = 0;
        for (const Indicator& indicator : bundle.indicators)
            count += indicator.pdfPage == page ? 1 : 0;
        regions.append(
            region(page, page, tr("measures"), tr("%n performance measure(s) read from blocks", nullptr, count)));
    }

    // What the importer saw and did not read.
    for (const layout::LayoutPage& page : document.pages) {
        const bool tableHere
            = covers(regions, page.number,
                     {QStringLiteral("plan"), QStringLiteral("action log"), QStringLiteral("scorecard"),
                      QStringLiteral("threshold table"), QStringLiteral("response table"), QStringLiteral("table"),
                      QStringLiteral("measures")});
        if (!tableHere) {
            for (const auto& [first, last] : alignedBlocks(page)) {
                // A report's front sheet (label | value) is aligned too, and read elsewhere.
                int labels = 0;
                for (qsizetype i = first; i <= last; ++i)
                    labels += lexicon.matches(QStringLiteral("report-label"), page.lines.at(i).text()) ? 1 : 0;
                if (labels * 2 >= last - first + 1)
                    continue;
                const BlockShape shape = shapeOf(page, first, last);
                const QString start = page.lines.at(first).text().left(60);
                if (shape == BlockShape::Plan || shape == BlockShape::Scorecard) {
                    regions.append(region(page.number, page.number, tr("aligned block"),
                                          (shape == BlockShape::Plan
                                               ? tr("%1 lines that look like a plan or action log, with no header the "
                                                    "reader knows, from \u201c%2\u201d")
                                               : tr("%1 lines that look like a scorecard, with no header the reader "
                                                    "knows, from \u201c%2\u201d"))
                                              .arg(last - first + 1)
                                              .arg(start),
                                          false, 0));
                } else {
                    regions.append(region(page.number, page.number, tr("table"),
                                          (shape == BlockShape::Figures
                                               ? tr("not read: %1 lines of figures with no plan or scorecard columns, "
                                                    "from \u201c%2\u201d")
                                               : tr("not read: %1 lines of text in columns, from \u201c%2\u201d"))
                                              .arg(last - first + 1)
                                              .arg(start)));
                }
            }
        }
        bool resolutionHere = false;
        for (const Meeting& meeting : bundle.meetings) {
            for (const Minute& minute : meeting.minutes) {
                for (const Resolution& resolution : minute.resolutions)
                    resolutionHere = resolutionHere || resolution.pdfPage == page.number;
            }
        }
        // Minutes open at the top of a page, not in an agenda's description of them.
        const bool minutesHere
            = covers(regions, page.number, {tr("minutes"), tr("agenda"), tr("front sheet"), tr("covering letter")});
        for (qsizetype i = 0; i < page.lines.size(); ++i) {
            const bool resolutionCheck = !resolutionHere;
            const bool minutesCheck = !minutesHere && i < 6;
            if (!resolutionCheck && !minutesCheck)
                continue;
            QStringList words;
            for (const layout::LayoutWord& word : page.lines.at(i).words)
                words.append(word.text);
            if (!(resolutionCheck && lexicon.mayMatch(QStringLiteral("resolution-marker"), words))
                && !(minutesCheck && lexicon.mayMatch(QStringLiteral("minutes-heading"), words)))
                continue;
            const QString text = page.lines.at(i).text();
            if (!resolutionHere && lexicon.matches(QStringLiteral("resolution-marker"), text))
                regions.append(region(page.number, page.number, tr("resolution"),
                                      tr("a RESOLVED line in no resolution: \u201c%1\u201d").arg(text.left(80)), false,
                                      0));
            if (!minutesHere && i < 6 && lexicon.matches(QStringLiteral("minutes-heading"), text))
                regions.append(region(page.number, page.number, tr("minutes"),
                                      tr("a set of minutes with no meeting: \u201c%1\u201d").arg(text.left(80)), false,
                                      0));
        }
    }
    // Everything else is the reports' running text (or a page with nothing to read).
    for (const layout::LayoutPage& page : document.pages) {
        if (covers(regions, page.number, {}))
            continue;
        QString kind = tr("report text");
        if (!page.hasText())
            kind = tr("no text layer");
        else if (page.furniture.intentionallyBlank || page.lines.isEmpty())
            kind = tr("blank");
        regions.append(region(page.number, page.number, kind, QString()));
    }
    std::stable_sort(regions.begin(), regions.end(),
                     [](const PageRegion& a, const PageRegion& b) { return a.firstPage < b.firstPage; });
    // Neighbouring pages of the same plain kind read as one stretch.
    QList<PageRegion> merged;
    for (const PageRegion& r : std::as_const(regions)) {
        if (!merged.isEmpty() && r.detail.isEmpty() && merged.last().detail.isEmpty() && merged.last().kind == r.kind
            && merged.last().lastPage + 1 == r.firstPage) {
            merged.last().lastPage = r.lastPage;
            continue;
        }
        merged.append(r);
    }
    return merged;
}

QStringList DocumentInspector::unclaimedWarnings(const QList<PageRegion>& regions)
{
    QStringList warnings;
    for (const PageRegion& r : regions) {
        if (r.claimed)
            continue;
        const QString pages = r.firstPage == r.lastPage ? tr("page %1").arg(r.firstPage)
                                                        : tr("pages %1\u2013%2").arg(r.firstPage).arg(r.lastPage);
        warnings.append(tr("Not understood on %1: %2 \u2014 %3").arg(pages, r.kind, r.detail));
    }
    return warnings;
}

} // namespace scrutineer
