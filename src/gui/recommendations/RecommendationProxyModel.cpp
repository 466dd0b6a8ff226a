#include "RecommendationProxyModel.h"

#include "TextUtil.h"
#include "recommendations/RecommendationTableModel.h"

namespace scrutineer::gui {

bool RecommendationViewFilter::matches(const RecommendationRecord& record) const
{
    RecommendationFilter f = base;
    f.body.clear();
    if (!f.matches(record))
        return false;
    if (f.decision == ResponseDecision::Pending && record.answered() != decisionNotStated)
        return false;
    const QString madeBy = record.recommendation.madeBy;
    if (!body.isEmpty() && record.body.compare(body, Qt::CaseInsensitive) != 0
        && madeBy.compare(body, Qt::CaseInsensitive) != 0)
        return false;
    const QString words = text::normaliseForMatch(search);
    if (words.isEmpty())
        return true;
    QStringList parts {record.recommendation.number, record.recommendation.text, record.recommendation.addressedTo,
                       madeBy, record.body};
    if (const auto response = record.response())
        parts << response->text << response->lead;
    if (const auto update = record.latestUpdate())
        parts << update->text;
    const QString haystack = text::normaliseForMatch(parts.join(QLatin1Char(' ')));
    const QStringList needles = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(needles.begin(), needles.end(), [&](const QString& w) { return haystack.contains(w); });
}

RecommendationProxyModel::RecommendationProxyModel(QObject* parent) : NaturalSortProxy(parent)
{
    setSortRole(RecommendationTableModel::SortRole);
}

void RecommendationProxyModel::setFilter(const RecommendationViewFilter& filter)
{
    m_filter = filter;
    if (auto* model = qobject_cast<RecommendationTableModel*>(sourceModel()))
        m_filter.base.today = model->today();
    invalidateFilter();
}

bool RecommendationProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const RecommendationTableModel*>(sourceModel());
    if (!model || sourceParent.isValid())
        return false;
    return m_filter.matches(model->record(sourceRow));
}

} // namespace scrutineer::gui
