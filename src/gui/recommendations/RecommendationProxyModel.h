#pragma once

#include "RecommendationStore.h"

#include "common/NaturalSortProxy.h"

namespace scrutineer::gui {

// The recommendations workspace's filter: the store's filter (decision, awaiting a response,
// accepted without an update) plus one body by name and words that must all appear in the
// recommendation, its response or its progress. Value type with no widgets. Any thread.
struct RecommendationViewFilter {
    RecommendationFilter base; // base.body unused: `body` names one body exactly
    QString body; // empty = every body
    QString search;
    // With base.decision Pending: false = nothing has answered it ("Awaiting response"), true = a
    // response without a decision ("Decision not stated").
    bool decisionNotStated = false;

    bool matches(const RecommendationRecord& record) const;
};

// Filters and sorts a RecommendationTableModel with a RecommendationViewFilter. GUI thread only.
class RecommendationProxyModel final : public NaturalSortProxy {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecommendationProxyModel)

public:
    explicit RecommendationProxyModel(QObject* parent = nullptr);

    void setFilter(const RecommendationViewFilter& filter);
    const RecommendationViewFilter& filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    RecommendationViewFilter m_filter;
};

} // namespace scrutineer::gui
