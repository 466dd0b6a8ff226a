#include "ActionTableModel.h"

#include "ActionLabels.h"
#include "common/CellToolTip.h"
#include "common/DelegateStyle.h"
#include "reports/TableCsv.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace scrutineer::gui {
namespace {

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
    case BodyColumn: // empty for an appendix or tracker of no meeting: the tooltip names the document
        return r.body;
    case OwnerColumn: // the people and posts it names: what tells rows apart ("Trish Galloway; Kara Haskayne")
        return r.ownerNames();
    case StatusColumn:
        return labels::status(r.action.status);
    case DueColumn:
        return labels::due(r.action);
    case OverdueColumn: {
        if (noRecentEvidence(r, m_today))
            return tr("No recent evidence");
        return labels::lateness(daysOverdue(r, m_today));
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

void ActionTableModel::setMeetings(const QList<MeetingStore::MeetingSummary>& meetings)
{
    m_meetingDates.clear();
    for (const MeetingStore::MeetingSummary& m : meetings) {
        if (m.date.isValid())
            m_meetingDates[m.body.toCaseFolded()].append(m.date);
    }
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QDate ActionTableModel::nextMeeting(const QString& body) const
{
    QDate next;
    for (const QDate& date : m_meetingDates.value(body.toCaseFolded())) {
        if (date >= m_today && (!next.isValid() || date < next))
            next = date;
    }
    return next;
}

bool ActionTableModel::dueBeforeNextMeeting(const ActionRecord& r) const
{
    if (openState(r) != OpenState::Open || noRecentEvidence(r, m_today) || daysOverdue(r, m_today) > 0)
        return false;
    const QDate deadline = dueDeadline(r.action.due);
    const QDate next = nextMeeting(r.body);
    return deadline.isValid() && next.isValid() && deadline >= m_today && deadline <= next;
}

bool ActionTableModel::needsAttention(const ActionRecord& r) const
{
    if (noRecentEvidence(r, m_today))
        return false; // a snapshot nobody has updated is not news either
    const int late = daysOverdue(r, m_today);
    if (late > 0)
        return late <= kRecentDays; // an action years late is history, not news
    if (dueBeforeNextMeeting(r))
        return true;
    const auto rag = labels::actionRag(r, m_today);
    return rag && *rag != rating::Rag::Green;
}

QString ActionTableModel::toolTip(const ActionRecord& r, int column) const
{
    if (column == ActionColumn) {
        const QString who = labels::definedBy(r.action);
        return who.isEmpty() ? r.action.text : r.action.text + QStringLiteral("\n\n") + who;
    }
    if (column == OverdueColumn && noRecentEvidence(r, m_today)) {
        const QDate last = lastEvidence(r);
        return tr("No recent evidence: nothing has reported on this action since %1. It is still open as far as anyone "
                  "has said.")
            .arg(QLocale().toString(last, QStringLiteral("d MMMM yyyy")));
    }
    if (column == OwnerColumn) {
        QString names = r.ownerNames();
        if (r.action.owner.trimmed().isEmpty() || names.compare(r.action.owner.trimmed(), Qt::CaseInsensitive) == 0)
            return names;
        return names + QLatin1Char('\n') + tr("As printed: %1").arg(r.action.owner.simplified());
    }
    if (column == BodyColumn && r.body.isEmpty() && !r.documentName.isEmpty())
        return tr("Not tied to a meeting: read from %1").arg(r.documentName);
    if (column == BodyColumn || column == OriginColumn)
        return display(r, column).toString();
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
    if (column == DueColumn) {
        QStringList tip;
        if (dueBeforeNextMeeting(r))
            tip.append(tr("Due before the next meeting of %1, on %2")
                           .arg(r.body, QLocale().toString(nextMeeting(r.body), QStringLiteral("d MMMM yyyy"))));
        if (!r.action.dueText.isEmpty())
            tip.append(tr("As printed: %1").arg(r.action.dueText));
        return tip.join(QLatin1Char('\n'));
    }
    return {};
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
        return cellToolTip(display(r, column), toolTip(r, column));
    case Qt::DecorationRole:
        if (column == StatusColumn) {
            if (const auto rag = labels::actionRag(r, m_today))
                return labels::ragDot(*rag);
        }
        return {};
    case Qt::BackgroundRole:
        // Colour only for what needs attention now; the dot still gives every row its RAG.
        if (column == DueColumn && dueBeforeNextMeeting(r))
            return labels::ragTint(rating::Rag::Amber, DelegateStyle::darkPalette());
        if ((column == StatusColumn || column == OverdueColumn) && needsAttention(r)) {
            if (const auto rag = labels::actionRag(r, m_today))
                return labels::ragTint(*rag, DelegateStyle::darkPalette());
        }
        return {};
    case Qt::FontRole:
        if ((column == OverdueColumn && needsAttention(r) && isOverdue(r, m_today))
            || (column == DueColumn && dueBeforeNextMeeting(r))) {
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
            return rag ? labels::statusSnapshot(r) + QStringLiteral(", ") + labels::ragName(*rag)
                       : labels::statusSnapshot(r);
        if (column == DueColumn && dueBeforeNextMeeting(r))
            return tr("%1, due before the next meeting").arg(display(r, column).toString());
        return display(r, column);
    }
    case TableCsv::ExportRole: // a spreadsheet keeps the owner cell as the papers print it
        return column == OwnerColumn ? QVariant(r.action.owner) : QVariant();
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
