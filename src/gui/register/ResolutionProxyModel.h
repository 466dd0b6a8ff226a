#pragma once

#include "common/NaturalSortProxy.h"
#include "register/ResolutionFilter.h"

namespace scrutineer::gui {

// Filters and sorts a ResolutionRegisterModel with a ResolutionFilter (the predicate lives
// there); numbers in minute and item columns sort by value ("2" before "10") in any locale, and
// the "Meeting" column by date, then minute. GUI thread only.
class ResolutionProxyModel final : public NaturalSortProxy {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolutionProxyModel)

public:
    explicit ResolutionProxyModel(QObject* parent = nullptr);
    void setFilter(const ResolutionFilter& filter);
    const ResolutionFilter& filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    ResolutionFilter m_filter;
};

} // namespace scrutineer::gui
