#pragma once

// A plan printed with headings no lexicon entry knows (Proposal | Sponsor | Finish | Condition),
// so the importer reads nothing from it, and the rectangle a user would mark around it.
#include "LayoutBuilders.h"
#include "MarkedTable.h"

namespace scrutineer::testing {

inline const QList<qreal> kPlanX {40, 250, 400, 480};

// A plan whose headings no lexicon entry knows: Proposal | Sponsor | Finish | Condition.
inline layout::LayoutPage unknownPlanPage(int number, int firstRow, int rows, bool header = true, qreal top = 100)
{
    static const QStringList sponsors {QStringLiteral("Head of Early Help"),
                                       QStringLiteral("Director of Children's Services"),
                                       QStringLiteral("Service Manager Fostering")};
    static const QStringList finishes {QStringLiteral("March 2025"), QStringLiteral("June 2025"),
                                       QStringLiteral("September 2025")};
    static const QStringList conditions {QStringLiteral("On track"), QStringLiteral("Amber"),
                                         QStringLiteral("Complete")};
    PageBuilder page(number);
    page.text(40, 60, QStringLiteral("Appendix A: what we will change this year"), 12);
    qreal y = top;
    if (header) {
        page.row(y,
                 {{kPlanX[0], QStringLiteral("Proposal")},
                  {kPlanX[1], QStringLiteral("Sponsor")},
                  {kPlanX[2], QStringLiteral("Finish")},
                  {kPlanX[3], QStringLiteral("Condition")}},
                 9);
        y += 20;
    }
    for (int r = firstRow; r < firstRow + rows; ++r) {
        page.row(y,
                 {{kPlanX[0], QStringLiteral("Proposal %1 to open a family hub").arg(r + 1)},
                  {kPlanX[1], sponsors.at(r % 3)},
                  {kPlanX[2], finishes.at(r % 3)},
                  {kPlanX[3], conditions.at(r % 3)}},
                 9);
        page.text(kPlanX[0], y + 11, QStringLiteral("in the north of the county"), 9);
        y += 30;
    }
    page.text(40, y + 40, QStringLiteral("The board will review these proposals at every meeting this year."), 10);
    return page.build();
}

inline MarkedTableSpec planSpec(int page, qreal top = 95, qreal bottom = 215)
{
    MarkedTableSpec spec;
    spec.kind = MarkedKind::Plan;
    spec.areas = {{page, QRectF(35, top, 520, bottom - top)}};
    return spec;
}

} // namespace scrutineer::testing
