#include "pages/PageMap.h"

#include "pages/FurnitureKinds.h"
#include "pages/PageNumbering.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace scrutineer::parse {
namespace {

// Bare footer numbers are weaker evidence than "Page N" stamps: more pages must agree.
constexpr int kMinStampRun = 2;
constexpr int kMinBareRun = 3;
constexpr int kMinLabelRun = 2;

std::optional<int> itemNumber(const QString& number)
{
    bool ok = false;
    const int value = number.trimmed().toInt(&ok);
    return ok && value > 0 ? std::optional<int>(value) : std::nullopt;
}

// With no printed numbers at all: the first page stamped "Agenda Item k" is the first page of
// item k's range in the agenda, which fixes the offset for the pack.
void calibrateFromAgenda(const layout::LayoutDocument& document, const QList<AgendaItem>& agenda, PageMapResult& result)
{
    QHash<int, PageRange> ranges;
    int lastPackPage = 0;
    for (const AgendaItem& item : agenda) {
        const std::optional<int> number = itemNumber(item.number);
        if (!number || !item.packPages || ranges.contains(*number))
            continue;
        ranges.insert(*number, *item.packPages);
        lastPackPage = std::max(lastPackPage, item.packPages->last);
    }
    if (ranges.isEmpty())
        return;
    // First page of each run of pages carrying one item's stamp.
    QList<QPair<int, int>> starts; // (page index, item)
    for (int i = 0; i < document.pages.size(); ++i) {
        const std::optional<int> stamp = document.pages.at(i).furniture.agendaStamp;
        if (stamp && (i == 0 || document.pages.at(i - 1).furniture.agendaStamp != stamp))
            starts.append({i, *stamp});
    }
    const auto anchor = std::find_if(starts.begin(), starts.end(),
                                     [&ranges](const QPair<int, int>& s) { return ranges.contains(s.second); });
    if (anchor == starts.end())
        return;
    const int offset = anchor->first + 1 - ranges.value(anchor->second).first;
    for (int i = 0; i < document.pages.size(); ++i) {
        const int value = i + 1 - offset;
        if (value < 1 || value > lastPackPage)
            continue;
        result.packPages[i] = value;
        result.evidence[i] = QStringLiteral("agenda-calibrated");
    }
    result.offset = offset;
    for (auto it = anchor + 1; it != starts.end(); ++it) {
        if (!ranges.contains(it->second))
            continue;
        const PageRange range = ranges.value(it->second);
        const int value = it->first + 1 - offset;
        if (value < range.first || value > range.last) {
            result.flags.append(
                PageMap::tr("Agenda Item %1 starts on PDF page %2, which the other items' stamps make pack "
                            "page %3, but the agenda gives it pages %4-%5")
                    .arg(it->second)
                    .arg(it->first + 1)
                    .arg(value)
                    .arg(range.first)
                    .arg(range.last));
        }
    }
}

void checkLabels(const QList<PageObservation>& labels, PageMapResult& result)
{
    int disagreeing = 0;
    for (const PageObservation& label : labels) {
        const std::optional<int> mapped = result.packPages.value(label.index);
        if (mapped && *mapped != label.printed)
            ++disagreeing;
    }
    if (disagreeing > 0) {
        result.flags.append(PageMap::tr("The PDF's page labels disagree with the printed page numbers on %n page(s)",
                                        nullptr, disagreeing));
    }
}

} // namespace

std::optional<int> PageMapResult::physicalFor(int packPage) const
{
    for (int i = 0; i < packPages.size(); ++i) {
        if (packPages.at(i) == packPage)
            return i + 1;
    }
    return std::nullopt;
}

PageMapResult PageMap::build(const layout::LayoutDocument& document, const QList<AgendaItem>& agenda)
{
    const int count = int(document.pages.size());
    PageMapResult result;
    result.packPages = QList<std::optional<int>>(count);
    result.evidence = QStringList(QList<QString>(count));

    QList<bool> blank(count, false);
    QList<PageObservation> stamps;
    QList<PageObservation> bare;
    QList<PageObservation> labels;
    for (int i = 0; i < count; ++i) {
        const layout::LayoutPage& page = document.pages.at(i);
        const layout::PageFurnitureInfo& furniture = page.furniture;
        blank[i] = furniture.intentionallyBlank || !page.hasText();
        if (furniture.printedPage) {
            if (furniture::hasEntry(furniture.removedLines, furniture::Kind::PageStamp))
                stamps.append(
                    PageObservation {i, *furniture.printedPage, furniture::stampedTotal(furniture.removedLines)});
            else
                bare.append(PageObservation {i, *furniture.printedPage, std::nullopt});
        }
        if (page.label) {
            bool ok = false;
            const int value = page.label->trimmed().toInt(&ok);
            if (ok && value > 0)
                labels.append(PageObservation {i, value, std::nullopt});
        }
    }

    const PageNumbering numbering(count, blank);
    if (numbering.apply(stamps, kMinStampRun, QStringLiteral("stamp"), false, result)) {
        checkLabels(labels, result);
        return result;
    }
    if (numbering.apply(bare, kMinBareRun, QStringLiteral("stamp"), true, result)) {
        checkLabels(labels, result);
        return result;
    }
    if (numbering.apply(labels, kMinLabelRun, QStringLiteral("label"), false, result))
        return result;
    calibrateFromAgenda(document, agenda, result);
    return result;
}

} // namespace scrutineer::parse
