#pragma once

#include "register/ResolutionFilter.h"

#include <QCollator>
#include <QSortFilterProxyModel>

namespace scrutineer::gui {

// Filters and sorts a ResolutionRegisterModel with a ResolutionFilter (the predicate lives
// there); numbers in minute columns sort as numbers. GUI thread only.
class ResolutionProxyModel final : public QSortFilterProxyModel {
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
    QCollator m_collator;
    ResolutionFilter m_filter;
};

} // namespace scrutineer::gui
