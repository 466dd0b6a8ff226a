#include "ResolutionProxyModel.h"

#include "register/ResolutionRegisterModel.h"

namespace scrutineer::gui {

ResolutionProxyModel::ResolutionProxyModel(QObject* parent) : NaturalSortProxy(parent)
{
    setSortRole(ResolutionRegisterModel::SortRole);
}

void ResolutionProxyModel::setFilter(const ResolutionFilter& filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool ResolutionProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const ResolutionRegisterModel*>(sourceModel());
    return model && !sourceParent.isValid() && m_filter.matches(model->record(sourceRow));
}

bool ResolutionProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto* model = qobject_cast<const ResolutionRegisterModel*>(sourceModel());
    if (model && left.column() == ResolutionRegisterModel::DateColumn) {
        // By meeting date, then by minute number within the meeting (also for a resolution
        // recorded here, which the model adds at its end), then as the store listed them.
        const ResolutionStore::Record& x = model->record(left.row());
        const ResolutionStore::Record& y = model->record(right.row());
        if (x.meetingDate != y.meetingDate)
            return x.meetingDate < y.meetingDate;
        if (const int c = order().compare(x.minuteNumber, y.minuteNumber))
            return c < 0;
        return left.row() < right.row();
    }
    return NaturalSortProxy::lessThan(left, right);
}

} // namespace scrutineer::gui
