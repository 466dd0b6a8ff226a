#pragma once

#include "Indicator.h"
#include "tables/TableBuilder.h"

#include <QList>
#include <QString>

// One performance-threshold table (Performance Measure | What does it show? | Inadequate |
// Requires Improvement | Good | Outstanding, or a column per RAG colour; bands in symbols or in
// words), fed line by line across pages: rows split by page
// breaks, descriptions drifting into the band columns, headerless continuations, flattened band
// lines glued to the description. Each measure with bands or a direction becomes an Indicator.
// One instance per table; any thread.
namespace scrutineer::parse {

class ThresholdParser final {
public:
    static bool accepts(const TableHeader& header); // a measure column and two grade columns at least

    ThresholdParser(const TableHeader& header, const QString& section);

    void repeatHeader(const TableHeader& header);
    // False when the line is not part of the table (the table has ended before it).
    bool feed(const layout::LayoutLine& line);
    QList<Indicator> finish();

private:
    struct Split {
        AssignedLine line;
        bool hasBands = false;
        bool foreign = false; // words in the band columns that are neither bands nor drifting prose
    };
    Split split(const layout::LayoutLine& line) const;
    QList<int> gradeColumns() const;
    int textColumn() const; // where drifting prose goes: the description, else the measure

    TableBuilder m_builder;
    QString m_section;
    QStringList m_headerGrades; // the grade columns' names, worst -> best
};

} // namespace scrutineer::parse
