#include "pages/PageNumbering.h"

#include <QCoreApplication>

#include <algorithm>

namespace scrutineer::parse {
namespace {

struct NumberRun {
    int begin = 0; // observation indices [begin, end)
    int end = 0;
    int offset = 0;
    int size() const { return end - begin; }
};

} // namespace

std::optional<int> PageNumbering::Segment::valueAt(int index) const
{
    const int value = index + 1 - offset;
    if (value < 1 || (total && value > *total))
        return std::nullopt;
    return value;
}

PageNumbering::PageNumbering(int pageCount, QList<bool> blank) : m_pageCount(pageCount), m_blank(std::move(blank))
{
    m_blank.resize(pageCount, false);
}

bool PageNumbering::apply(QList<PageObservation> observations, int minRun, const QString& evidence, bool strict,
                          PageMapResult& result) const
{
    observations.erase(
        std::remove_if(observations.begin(), observations.end(),
                       [this](const PageObservation& o) { return o.index < 0 || o.index >= m_pageCount; }),
        observations.end());
    if (observations.isEmpty())
        return false;
    std::sort(observations.begin(), observations.end(),
              [](const PageObservation& a, const PageObservation& b) { return a.index < b.index; });

    QList<NumberRun> runs;
    for (int i = 0; i < observations.size(); ++i) {
        if (runs.isEmpty() || runs.last().offset != observations.at(i).offset())
            runs.append(NumberRun {i, i, observations.at(i).offset()});
        runs.last().end = i + 1;
    }
    QList<bool> accepted(runs.size(), false);
    bool any = false;
    for (int r = 0; r < runs.size(); ++r) {
        accepted[r] = runs.at(r).size() >= minRun;
        any = any || accepted.at(r);
    }
    if (!any) {
        if (runs.size() == 1 && !strict) {
            accepted[0] = true; // few numbers, but they agree
        } else if (strict) {
            return false;
        } else {
            // Lone numbers that contradict each other: each page keeps what it says, nothing more.
            for (const PageObservation& o : observations) {
                result.packPages[o.index] = o.printed;
                result.evidence[o.index] = evidence;
            }
            result.flags.append(
                PageMap::tr("The printed page numbers disagree with one another, so unnumbered pages are "
                            "left without a pack page"));
            return true;
        }
    }

    // Numberings: accepted runs in page order, merged while they share an offset.
    QList<Segment> segments;
    for (int r = 0; r < runs.size(); ++r) {
        if (!accepted.at(r))
            continue;
        const NumberRun& run = runs.at(r);
        if (!segments.isEmpty() && segments.last().offset == run.offset) {
            segments.last().last = observations.at(run.end - 1).index;
            segments.last().count += run.size();
            continue;
        }
        Segment segment;
        segment.offset = run.offset;
        segment.first = observations.at(run.begin).index;
        segment.last = observations.at(run.end - 1).index;
        segment.count = run.size();
        segments.append(segment);
    }
    QList<const PageObservation*> observed(m_pageCount, nullptr);
    for (const PageObservation& o : observations)
        observed[o.index] = &o;
    for (Segment& segment : segments) {
        for (int i = segment.first; i <= segment.last && !segment.total; ++i) {
            if (observed.at(i) && observed.at(i)->offset() == segment.offset)
                segment.total = observed.at(i)->total;
        }
    }

    // A page whose own number agrees with the numbering is evidence itself, wherever it sits.
    const auto set = [&](int index, std::optional<int> value, const QString& how) {
        if (!value)
            return;
        result.packPages[index] = value;
        result.evidence[index] = observed.at(index) && observed.at(index)->printed == *value ? evidence : how;
    };
    for (int k = 0; k < segments.size(); ++k) {
        const Segment& segment = segments.at(k);
        for (int i = segment.first; i <= segment.last; ++i) {
            set(i, segment.valueAt(i), QStringLiteral("interpolated"));
        }
        if (k == 0 && segment.extrapolates()) {
            for (int i = 0; i < segment.first; ++i)
                set(i, segment.valueAt(i), QStringLiteral("offset"));
        }
        const int end = k + 1 < segments.size() ? segments.at(k + 1).first : m_pageCount;
        bool trailingBlank = true;
        for (int i = segment.last + 1; i < end; ++i) {
            trailingBlank = trailingBlank && m_blank.at(i);
            const std::optional<int> forward = segment.extrapolates() ? segment.valueAt(i) : std::nullopt;
            if (k + 1 == segments.size()) {
                set(i, forward, QStringLiteral("offset"));
                continue;
            }
            // Between two numberings: a blank verso closes the first; other pages belong to the
            // next one when its numbering reaches back to them.
            const Segment& next = segments.at(k + 1);
            const std::optional<int> backward = next.extrapolates() ? next.valueAt(i) : std::nullopt;
            set(i, trailingBlank && forward ? forward : backward, QStringLiteral("offset"));
        }
        if (k > 0) {
            result.flags.append(
                PageMap::tr("The printed page numbering changes at PDF page %1 (page %2 where %3 was expected): "
                            "the file holds more than one numbered run")
                    .arg(segment.first + 1)
                    .arg(segment.first + 1 - segment.offset)
                    .arg(segment.first + 1 - segments.at(k - 1).offset));
        }
    }
    // Stamps out of step with the numbering around them.
    for (const PageObservation& o : observations) {
        const std::optional<int> expected = result.packPages.at(o.index);
        if (expected && *expected != o.printed) {
            result.flags.append(PageMap::tr("PDF page %1 is numbered %2, but the pages around it make it page %3")
                                    .arg(o.index + 1)
                                    .arg(o.printed)
                                    .arg(*expected));
        } else if (!expected) {
            result.flags.append(PageMap::tr("PDF page %1 is numbered %2, out of step with the rest of the document")
                                    .arg(o.index + 1)
                                    .arg(o.printed));
        }
    }
    const auto dominant = std::max_element(segments.begin(), segments.end(),
                                           [](const Segment& a, const Segment& b) { return a.count < b.count; });
    result.offset = dominant->offset;
    return true;
}

} // namespace scrutineer::parse
