#include "RecommendationTableModel.h"

#include "common/DelegateStyle.h"
#include "common/CellToolTip.h"
#include "recommendations/RecommendationLabels.h"
#include "tracker/ActionLabels.h"

#include <QApplication>
#include <QPalette>

namespace scrutineer::gui {
namespace {

// Undated rows sort before every date, the same way in both orders.
qint64 dayOf(const QDate& date)
{
    return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::min();
}

} // namespace

RecommendationTableModel::RecommendationTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void RecommendationTableModel::setRecords(QList<RecommendationRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

void RecommendationTableModel::updateRecord(const RecommendationRecord& record)
{
    const int row = rowOf(record.key);
    if (row < 0)
        return;
    m_records[row] = record;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int RecommendationTableModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).key == key)
            return i;
    }
    return -1;
}

void RecommendationTableModel::setToday(const QDate& today)
{
    m_today = today;
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RecommendationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecommendationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecommendationTableModel::display(const RecommendationRecord& r, int column) const
{
    const auto response = r.response();
    const auto update = r.latestUpdate();
    switch (column) {
    case NumberColumn:
        return reclabels::number(r.recommendation);
    case TextColumn:
        return r.recommendation.text.simplified();
    case MadeByColumn:
        return reclabels::madeBy(r);
    case MadeColumn:
        return reclabels::shortDate(r.meetingDate);
    case ResponseColumn:
        return reclabels::responseState(r);
    case RespondedColumn:
        return response ? reclabels::shortDate(response->date) : QString();
    case LeadColumn:
        return response ? response->lead : QString();
    case DueColumn:
        return response ? reclabels::due(*response) : QString();
    case ProgressColumn:
        return update ? update->text.simplified() : QString();
    case UpdatedColumn:
        return update ? reclabels::shortDate(update->date) : QString();
    default:
        return {};
    }
}

QVariant RecommendationTableModel::sortValue(const RecommendationRecord& r, int column) const
{
    const auto response = r.response();
    const auto update = r.latestUpdate();
    switch (column) {
    case NumberColumn:
        return reclabels::numberSortKey(r.recommendation);
    case MadeColumn:
        return dayOf(r.meetingDate);
    case RespondedColumn:
        return dayOf(response ? response->date : QDate());
    case DueColumn:
        return response ? reclabels::dueSortKey(*response) : QString();
    case UpdatedColumn:
        return dayOf(update ? update->date : QDate());
    case ResponseColumn: {
        // What needs chasing first: awaiting too long, then accepted without progress.
        const auto chase = reclabels::chase(r, m_today);
        return QStringLiteral("%1 %2").arg(chase ? int(*chase) : 9).arg(reclabels::responseState(r));
    }
    default:
        return display(r, column);
    }
}

QVariant RecommendationTableModel::toolTip(const RecommendationRecord& r, int column) const
{
    const auto response = r.response();
    const auto update = r.latestUpdate();
    switch (column) {
    case TextColumn: {
        QString tip = r.recommendation.text;
        tip += QStringLiteral("\n\n") + tr("To: %1").arg(reclabels::addressee(r.recommendation));
        return tip;
    }
    case MadeByColumn:
        if (r.recommendation.madeBy.isEmpty())
            return tr("The paper does not say who made this recommendation; it was printed in the papers for %1.")
                .arg(r.body.isEmpty() ? tr("a meeting") : r.body);
        return QString(reclabels::madeBy(r) + QStringLiteral(" (") + reclabels::source(r.recommendation.source)
                       + QLatin1Char(')'));
    case ResponseColumn: {
        QStringList lines;
        if (const QString why = reclabels::chaseReason(r, m_today); !why.isEmpty())
            lines.append(why);
        if (response) {
            if (!response->decisionText.isEmpty())
                lines.append(tr("As printed: %1").arg(response->decisionText));
            if (!response->text.isEmpty())
                lines.append(response->text);
            if (response->manual)
                lines.append(response->recordedBy.isEmpty() ? tr("Recorded by hand.")
                                                            : tr("Recorded by %1.").arg(response->recordedBy));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case ProgressColumn:
        if (update) {
            QString tip = update->text;
            if (!update->statusText.isEmpty())
                tip += QLatin1Char('\n') + tr("Status as printed: %1").arg(update->statusText);
            return tip;
        }
        return reclabels::chaseReason(r, m_today);
    case DueColumn:
        return response && !response->dueText.isEmpty() ? tr("As printed: %1").arg(response->dueText) : QString();
    case LeadColumn:
        return display(r, column);
    default:
        return {};
    }
}

QVariant RecommendationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecommendationRecord& r = m_records.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case Qt::ToolTipRole:
        return cellToolTip(display(r, column), toolTip(r, column));
    case Qt::DecorationRole:
        if (column == ResponseColumn) {
            if (const auto chase = reclabels::chase(r, m_today))
                return labels::ragDot(*chase);
        }
        return {};
    case Qt::BackgroundRole: {
        const auto chase = reclabels::chase(r, m_today);
        const int tinted = chase == rating::Rag::Red ? ResponseColumn : ProgressColumn;
        if (chase && column == tinted)
            return labels::ragTint(*chase, DelegateStyle::darkPalette());
        return {};
    }
    case Qt::AccessibleTextRole:
        if (column == ResponseColumn) {
            const QString why = reclabels::chaseReason(r, m_today);
            return why.isEmpty() ? display(r, column)
                                 : QVariant(display(r, column).toString() + QStringLiteral(", ") + why);
        }
        return display(r, column);
    case KeyRole:
        return r.key;
    case SortRole:
        return sortValue(r, column);
    case ChaseRole: {
        const auto chase = reclabels::chase(r, m_today);
        return chase ? QVariant(int(*chase)) : QVariant();
    }
    default:
        return {};
    }
}

QVariant RecommendationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TextColumn:
        return tr("Recommendation");
    case MadeByColumn:
        return tr("Made by");
    case MadeColumn:
        return tr("Made");
    case ResponseColumn:
        return tr("Response");
    case RespondedColumn:
        return tr("Responded");
    case LeadColumn:
        return tr("Lead");
    case DueColumn:
        return tr("Due");
    case ProgressColumn:
        return tr("Latest progress");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace scrutineer::gui
