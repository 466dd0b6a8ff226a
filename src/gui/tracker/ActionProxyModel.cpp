#include "ActionProxyModel.h"

#include "tracker/ActionTableModel.h"

namespace scrutineer::gui {

ActionProxyModel::ActionProxyModel(QObject* parent) : NaturalSortProxy(parent)
{
    setSortRole(ActionTableModel::SortRole);
}

void ActionProxyModel::setFilter(const TrackerFilter& filter)
{
    m_filter = filter;
    if (auto* model = qobject_cast<ActionTableModel*>(sourceModel()))
        m_filter.base.today = model->today();
    invalidateFilter();
}

bool ActionProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const ActionTableModel*>(sourceModel());
    if (!model || sourceParent.isValid())
        return false;
    return m_filter.matches(model->record(sourceRow));
}

} // namespace scrutineer::gui
