#include "ResolutionRegisterModel.h"

#include "common/CellToolTip.h"
#include "register/ClauseText.h"

#include <QCollator>
#include <QFont>
#include <QLocale>

namespace scrutineer::gui {

ResolutionRegisterModel::ResolutionRegisterModel(QObject* parent) : QAbstractTableModel(parent) {}

void ResolutionRegisterModel::setRecords(QList<ResolutionStore::Record> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int ResolutionRegisterModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).key == key)
            return i;
    }
    return -1;
}

void ResolutionRegisterModel::upsert(const ResolutionStore::Record& record)
{
    const int row = rowOf(record.key);
    if (row >= 0) {
        m_records[row] = record;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_records.size());
    beginInsertRows(QModelIndex(), at, at);
    m_records.append(record);
    endInsertRows();
}

void ResolutionRegisterModel::remove(const QString& key)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_records.removeAt(row);
    endRemoveRows();
}

QString ResolutionRegisterModel::reviewText(const ResolutionStore::Record& r)
{
    if (r.manual)
        return r.review == ResolutionStore::Review::Checked ? tr("Recorded here, checked") : tr("Recorded here");
    switch (r.review) {
    case ResolutionStore::Review::Checked: return tr("Checked");
    case ResolutionStore::Review::Corrected: return tr("Corrected");
    case ResolutionStore::Review::Unchecked: break;
    }
    return tr("Not checked");
}

QString ResolutionRegisterModel::reviewStamp(const ResolutionStore::Record& r)
{
    if (!r.changedAt.isValid())
        return {};
    const QDate day = r.changedAt.toLocalTime().date();
    const QString when = QLocale().toString(
        day, day.year() == QDate::currentDate().year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"));
    if (r.changedBy.isEmpty())
        return tr("last changed %1").arg(when);
    if (r.manual)
        return tr("recorded by %1, last changed by %2, %3")
            .arg(r.createdBy.isEmpty() ? r.changedBy : r.createdBy, r.changedBy, when);
    switch (r.review) {
    case ResolutionStore::Review::Corrected: return tr("corrected by %1, %2").arg(r.changedBy, when);
    case ResolutionStore::Review::Checked: return tr("checked by %1, %2").arg(r.changedBy, when);
    case ResolutionStore::Review::Unchecked: break;
    }
    return tr("marked not checked by %1, %2").arg(r.changedBy, when);
}

QString ResolutionRegisterModel::voteText(const std::optional<RecordedVote>& v)
{
    if (!v)
        return {};
    QStringList parts;
    auto side = [&parts](const QString& label, std::optional<int> count, const QStringList& names) {
        if (count || !names.isEmpty())
            parts.append(label.arg(count ? *count : int(names.size())));
    };
    side(tr("For %1"), v->forCount, v->forNames);
    side(tr("Against %1"), v->againstCount, v->againstNames);
    side(tr("Abstain %1"), v->abstainCount, v->abstainNames);
    if (!v->outcome.isEmpty())
        parts.append(v->outcome);
    if (!v->flags.isEmpty())
        parts.append(tr("flagged"));
    return parts.join(QStringLiteral(" · "));
}

int ResolutionRegisterModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_records.size()); }

int ResolutionRegisterModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ResolutionRegisterModel::display(const ResolutionStore::Record& r, int column) const
{
    switch (column) {
    case BodyColumn: return r.body;
    case DateColumn: return r.meetingDate.isValid() ? QLocale().toString(r.meetingDate, QStringLiteral("d MMM yyyy")) : QString();
    case MinuteColumn: return r.minuteTitle.isEmpty() ? r.minuteNumber : tr("%1 %2").arg(r.minuteNumber, r.minuteTitle).trimmed();
    case ItemColumn: return r.agendaNumber;
    case ResolutionColumn: return clausetext::summary(r.resolution);
    case ClausesColumn: {
        const int n = clausetext::clauseCount(r.resolution.clauses);
        return n > 0 ? QVariant(n) : QVariant();
    }
    case VoteColumn: return voteText(r.resolution.votes);
    case ReviewColumn: return reviewText(r);
    default: return {};
    }
}

QVariant ResolutionRegisterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::ToolTipRole) // what the cell shows, whole however narrow its column, then what explains it
        return cellToolTip(data(index, Qt::DisplayRole), data(index, ExplanationRole));
    const ResolutionStore::Record& r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(r, index.column());
    case ExplanationRole:
        if (index.column() == ResolutionColumn)
            return clausetext::format(r.resolution);
        if (index.column() == BodyColumn || index.column() == MinuteColumn || index.column() == VoteColumn)
            return display(r, index.column());
        if (index.column() == ReviewColumn)
            return reviewStamp(r);
        return {};
    case Qt::FontRole:
        if (index.column() == ReviewColumn && r.review == ResolutionStore::Review::Corrected) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ClausesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KeyRole: return r.key;
    case SortRole:
        if (index.column() == DateColumn) // by date, then in the minutes' own order (the store's)
            return (r.meetingDate.isValid() ? r.meetingDate.toJulianDay() : qint64(0)) * 1000000 + index.row();
        if (index.column() == ClausesColumn)
            return clausetext::clauseCount(r.resolution.clauses);
        return display(r, index.column());
    default: return {};
    }
}

QVariant ResolutionRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BodyColumn: return tr("Body");
    case DateColumn: return tr("Meeting");
    case MinuteColumn: return tr("Minute");
    case ItemColumn: return tr("Item");
    case ResolutionColumn: return tr("Resolution");
    case ClausesColumn: return tr("Clauses");
    case VoteColumn: return tr("Recorded vote");
    case ReviewColumn: return tr("Review");
    default: return {};
    }
}

} // namespace scrutineer::gui
