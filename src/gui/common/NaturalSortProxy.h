#pragma once

#include "NaturalOrder.h"

#include <QSortFilterProxyModel>

namespace scrutineer::gui {

// A sort proxy whose text sorts as a reader expects in any locale (NaturalOrder: "2" before
// "10", ref "1.1.2" before "1.1.10"); numbers, dates and other values of the sort role compare
// as values. The tables' own proxies derive from it; views without filters use it as it is.
// GUI thread only.
class NaturalSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NaturalSortProxy)

public:
    explicit NaturalSortProxy(QObject* parent = nullptr);
    ~NaturalSortProxy() override = default;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    const NaturalOrder& order() const { return m_order; }

private:
    NaturalOrder m_order;
};

} // namespace scrutineer::gui
