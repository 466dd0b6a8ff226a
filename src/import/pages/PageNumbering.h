#pragma once

#include "pages/PageMap.h"

#include <QList>
#include <QString>

#include <optional>

// Turns printed page numbers seen on some pages into a pack page for every page: groups the
// observations into numberings (runs sharing one physical - printed offset), takes runs long
// enough to trust, flags the stamps that disagree with their neighbours, interpolates inside a
// numbering and extrapolates from it where the numbering allows (never below page 1, never
// past a "Page x of N" total). Used by PageMap for stamps, bare numbers and page labels.
// Plain value; any thread.
namespace scrutineer::parse {

struct PageObservation {
    int index = 0; // 0-based physical page
    int printed = 0; // number printed (or labelled) on it
    std::optional<int> total; // N of "Page x of N", when printed
    int offset() const { return index + 1 - printed; }
};

class PageNumbering final {
public:
    // pageCount: pages in the document; blank[i]: page i is a blank verso or has no text.
    PageNumbering(int pageCount, QList<bool> blank);

    // Fills `result` from the observations; `minRun` is how many consecutive agreeing pages a
    // numbering needs to be trusted when others disagree with it. `evidence` names observed
    // pages ("stamp", "label"). Returns false (and leaves `result` alone) when the observations
    // give no usable numbering; `strict` then also refuses to map disagreeing lone numbers.
    bool apply(QList<PageObservation> observations, int minRun, const QString& evidence, bool strict,
               PageMapResult& result) const;

private:
    struct Segment {
        int offset = 0;
        int first = 0; // first and last observed page index
        int last = 0;
        int count = 0; // observations agreeing with the offset
        std::optional<int> total;
        bool extrapolates() const { return count >= 2 || total.has_value(); }
        std::optional<int> valueAt(int index) const;
    };

    int m_pageCount = 0;
    QList<bool> m_blank;
};

} // namespace scrutineer::parse
