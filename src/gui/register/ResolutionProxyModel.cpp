#include "ResolutionProxyModel.h"

#include "register/ResolutionRegisterModel.h"

namespace scrutineer::gui {

ResolutionProxyModel::ResolutionProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ResolutionRegisterModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
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
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace scrutineer::gui
