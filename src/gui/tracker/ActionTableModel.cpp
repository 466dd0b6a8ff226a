#include "ActionTableModel.h"

#include "ActionLabels.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace scrutineer::gui {
namespace {

bool darkPalette()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

} // namespace

ActionTableModel::ActionTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void ActionTableModel::setRecords(QList<ActionRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

void ActionTableModel::updateRecords(const QList<ActionRecord>& records)
{
    for (const ActionRecord& r : records) {
        const int row = rowOf(r.id);
        if (row < 0)
            continue;
        m_records[row] = r;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int ActionTableModel::rowOf(qint64 actionId) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == actionId)
            return i;
    }
    return -1;
}

void ActionTableModel::setToday(const QDate& today)
{
    m_today = today;
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ActionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ActionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionTableModel::display(const ActionRecord& r, int column) const
{
    switch (column) {
    case RefColumn:
        return r.action.ref;
    case ActionColumn:
        return r.action.text;
    case BodyColumn:
        return r.body;
    case OwnerColumn:
        return r.action.owner;
    case StatusColumn:
        return labels::status(r.action.status);
    case DueColumn:
        return labels::due(r.action);
    case OverdueColumn: {
        if (noRecentEvidence(r, m_today))
            return tr("No recent evidence");
        const int days = daysOverdue(r, m_today);
        return days <= 0 ? QString() : (days == 1 ? tr("1 day") : tr("%1 days").arg(days));
    }
    case OriginColumn:
        return labels::origin(r.action.origin);
    case MeetingColumn: {
        // A printed status is a snapshot: when it was last reported is part of it.
        const QDate last = lastEvidence(r);
        return last.isValid() ? QLocale().toString(last, QStringLiteral("d MMM yyyy")) : QString();
    }
    default:
        return {};
    }
}

QVariant ActionTableModel::sortValue(int row, int column) const
{
    const ActionRecord& r = m_records.at(row);
    switch (column) {
    case DueColumn: {
        const QDate deadline = dueDeadline(r.action.due);
        return deadline.isValid() ? QVariant(deadline.toJulianDay()) : QVariant(qint64(0x7fffffff)); // undated last
    }
    case OverdueColumn:
        return noRecentEvidence(r, m_today) ? -1 : daysOverdue(r, m_today);
    case MeetingColumn: { // by date, then in the meeting's own order (the store's)
        const QDate last = lastEvidence(r);
        return (last.isValid() ? last.toJulianDay() : qint64(0)) * 1000000 + row;
    }
    case StatusColumn:
        return int(r.action.status);
    default:
        return display(r, column);
    }
}

bool ActionTableModel::needsAttention(const ActionRecord& r) const
{
    if (noRecentEvidence(r, m_today))
        return false; // a snapshot nobody has updated is not news either
    const int late = daysOverdue(r, m_today);
    if (late > 0)
        return late <= kRecentDays; // an action years late is history, not news
    const auto rag = labels::actionRag(r, m_today);
    return rag && *rag != rating::Rag::Green;
}

QVariant ActionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionRecord& r = m_records.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case Qt::ToolTipRole:
        if (column == ActionColumn) {
            const QString who = labels::definedBy(r.action);
            return who.isEmpty() ? r.action.text : r.action.text + QStringLiteral("\n\n") + who;
        }
        if (column == OverdueColumn && noRecentEvidence(r, m_today)) {
            const QDate last = lastEvidence(r);
            return tr("Nothing has reported on this action since %1. It is still open as far as anyone has said.")
                .arg(QLocale().toString(last, QStringLiteral("d MMMM yyyy")));
        }
        if (column == BodyColumn || column == OwnerColumn || column == OriginColumn)
            return display(r, column);
        if (column == MeetingColumn)
            return labels::statusSnapshot(r);
        if (column == StatusColumn) {
            QString tip = labels::statusSnapshot(r);
            if (!r.action.statusText.isEmpty())
                tip += QLatin1Char('\n') + tr("As printed: %1").arg(r.action.statusText);
            if (r.statusEdited)
                tip += QLatin1Char('\n') + labels::lastUpdate(r);
            return tip;
        }
        if (column == DueColumn && !r.action.dueText.isEmpty())
            return tr("As printed: %1").arg(r.action.dueText);
        return {};
    case Qt::DecorationRole:
        if (column == StatusColumn) {
            if (const auto rag = labels::actionRag(r, m_today))
                return labels::ragDot(*rag);
        }
        return {};
    case Qt::BackgroundRole:
        // Colour only for what needs attention now; the dot still gives every row its RAG.
        if ((column == StatusColumn || column == OverdueColumn) && needsAttention(r)) {
            if (const auto rag = labels::actionRag(r, m_today))
                return labels::ragTint(*rag, darkPalette());
        }
        return {};
    case Qt::FontRole:
        if (column == OverdueColumn && needsAttention(r) && isOverdue(r, m_today)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if ((column == StatusColumn && r.statusEdited) || (column == OverdueColumn && noRecentEvidence(r, m_today))) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::AccessibleTextRole: {
        const auto rag = labels::actionRag(r, m_today);
        if (column == StatusColumn)
            return rag ? labels::statusSnapshot(r) + QStringLiteral(", ") + labels::ragName(*rag) : labels::statusSnapshot(r);
        return display(r, column);
    }
    case IdRole:
        return r.id;
    case KeyRole:
        return r.actionKey;
    case SortRole:
        return sortValue(index.row(), column);
    case RagRole: {
        const auto rag = labels::actionRag(r, m_today);
        return rag ? QVariant(int(*rag)) : QVariant();
    }
    default:
        return {};
    }
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RefColumn:
        return tr("Ref");
    case ActionColumn:
        return tr("Action");
    case BodyColumn:
        return tr("Body");
    case OwnerColumn:
        return tr("Owner");
    case StatusColumn:
        return tr("Status");
    case DueColumn:
        return tr("Due");
    case OverdueColumn:
        return tr("Overdue");
    case OriginColumn:
        return tr("Origin");
    case MeetingColumn:
        return tr("Last reported");
    default:
        return {};
    }
}

} // namespace scrutineer::gui
