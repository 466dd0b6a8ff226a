#pragma once

#include "tracker/TrackerFilter.h"

#include "common/NaturalSortProxy.h"

namespace scrutineer::gui {

// Filters and sorts an ActionTableModel with a TrackerFilter (the predicate lives there).
// GUI thread only.
class ActionProxyModel final : public NaturalSortProxy {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionProxyModel)

public:
    explicit ActionProxyModel(QObject* parent = nullptr);

    void setFilter(const TrackerFilter& filter);
    const TrackerFilter& filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    TrackerFilter m_filter;
};

} // namespace scrutineer::gui
