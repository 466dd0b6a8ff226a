#pragma once

// Small helpers for the front-sheet and agenda tests: stacks of lines, a blank verso, the
// meeting's members by name.
#include "../LayoutBuilders.h"
#include "Meeting.h"

#include <QStringList>

#include <optional>

namespace scrutineer::testing {

// Lines of text one under another from (x, y), `step` points apart.
inline PageBuilder& stack(PageBuilder& page, qreal x, qreal y, qreal step, const QStringList& lines, qreal size = 10)
{
    for (int i = 0; i < lines.size(); ++i)
        page.text(x, y + i * step, lines.at(i), size);
    return page;
}

inline layout::LayoutPage blankPage(int number)
{
    PageBuilder page(number);
    page.text(194, 397, QStringLiteral("This page is intentionally left blank"), 13);
    return page.build();
}

inline std::optional<Member> memberNamed(const QList<Member>& members, const QString& name)
{
    for (const Member& m : members) {
        if (m.name == name)
            return m;
    }
    return std::nullopt;
}

} // namespace scrutineer::testing
