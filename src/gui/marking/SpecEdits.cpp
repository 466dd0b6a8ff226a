#include "marking/SpecEdits.h"

#include "marking/RoleLabels.h"

#include <algorithm>
#include <cmath>

namespace scrutineer::gui {

SpecEdits::Edit SpecEdits::kind(MarkedTableSpec spec, MarkedKind kind)
{
    spec.kind = kind;
    spec.roles.clear(); // roles belong to a kind
    return {spec, tr("Read as %1").arg(rolelabels::kind(kind))};
}

SpecEdits::Edit SpecEdits::headingLines(MarkedTableSpec spec, int lines)
{
    spec.headerLines = lines;
    return {spec, tr("Heading lines")};
}

std::optional<SpecEdits::Edit> SpecEdits::columnRole(MarkedTableSpec spec, const QList<double>& boundaries, int column,
                                                     const QString& role)
{
    if (column < 0)
        return std::nullopt;
    spec.boundaries = boundaries; // the columns the user sees stay as they are
    while (spec.roles.size() <= column)
        spec.roles.append(QString());
    spec.roles[column] = role;
    return Edit {spec, tr("Column role: %1").arg(rolelabels::role(role))};
}

std::optional<SpecEdits::Edit> SpecEdits::moveBoundary(MarkedTableSpec spec, const QList<double>& boundaries, int index,
                                                       double fraction)
{
    spec.boundaries = boundaries;
    if (index < 0 || index >= spec.boundaries.size())
        return std::nullopt;
    const double low = index > 0 ? spec.boundaries.at(index - 1) + 0.01 : 0.01;
    const double high = index + 1 < spec.boundaries.size() ? spec.boundaries.at(index + 1) - 0.01 : 0.99;
    spec.boundaries[index] = std::clamp(fraction, low, high);
    return Edit {spec, tr("Move column boundary")};
}

std::optional<SpecEdits::Edit> SpecEdits::splitColumn(MarkedTableSpec spec, const QList<double>& boundaries, int column)
{
    spec.boundaries = boundaries;
    if (column < 0 || column > spec.boundaries.size())
        return std::nullopt;
    const double from = column == 0 ? 0 : spec.boundaries.at(column - 1);
    const double to = column == spec.boundaries.size() ? 1 : spec.boundaries.at(column);
    spec.boundaries.insert(column, (from + to) / 2);
    if (column < spec.roles.size())
        spec.roles.insert(column + 1, QString());
    return Edit {spec, tr("Split column")};
}

std::optional<SpecEdits::Edit> SpecEdits::mergeColumns(MarkedTableSpec spec, const QList<double>& boundaries,
                                                       int column)
{
    spec.boundaries = boundaries;
    if (spec.boundaries.isEmpty() || column < 0)
        return std::nullopt;
    const int boundary = std::min<int>(column, int(spec.boundaries.size()) - 1);
    spec.boundaries.removeAt(boundary);
    if (boundary + 1 < spec.roles.size())
        spec.roles.removeAt(boundary + 1);
    return Edit {spec, tr("Merge columns")};
}

std::optional<SpecEdits::Edit> SpecEdits::joinRows(MarkedTableSpec spec, QList<RowStart> starts, int first, int last)
{
    if (first < 0 || last <= first || last >= starts.size())
        return std::nullopt;
    starts.erase(starts.begin() + first + 1, starts.begin() + last + 1);
    spec.rowStarts = starts;
    return Edit {spec, tr("Join rows")};
}

std::optional<SpecEdits::Edit> SpecEdits::splitRow(MarkedTableSpec spec, QList<RowStart> starts,
                                                   const QList<parse::RegionRow>& rows, int row)
{
    if (row < 0 || row >= rows.size() || rows.at(row).lineTops.size() < 2)
        return std::nullopt;
    const parse::RegionRow& r = rows.at(row);
    starts.insert(row + 1, {r.linePages.at(1), r.lineTops.at(1)});
    spec.rowStarts = starts;
    return Edit {spec, tr("Split row")};
}

std::optional<SpecEdits::Edit> SpecEdits::toggleRowStart(MarkedTableSpec spec, QList<RowStart> starts,
                                                         const QList<parse::RegionRow>& rows, int page, qreal y)
{
    // The line nearest the click.
    int bestPage = 0;
    qreal bestTop = 0;
    qreal bestDistance = 8;
    for (const parse::RegionRow& row : rows) {
        for (qsizetype i = 0; i < row.lineTops.size(); ++i) {
            const qreal distance = std::abs(row.lineTops.at(i) + 4 - y);
            if (row.linePages.at(i) == page && distance < bestDistance) {
                bestDistance = distance;
                bestPage = page;
                bestTop = row.lineTops.at(i);
            }
        }
    }
    if (bestPage == 0)
        return std::nullopt;
    const auto same = std::find_if(starts.begin(), starts.end(), [&](const RowStart& s) {
        return s.page == bestPage && std::abs(s.y - bestTop) < 1;
    });
    if (same != starts.end()) {
        if (starts.size() <= 1)
            return std::nullopt;
        starts.erase(same);
        spec.rowStarts = starts;
        return Edit {spec, tr("Join rows")};
    }
    starts.append({bestPage, bestTop});
    spec.rowStarts = starts;
    return Edit {spec, tr("Split row")};
}

} // namespace scrutineer::gui
