#include "review/ReviewQueueModel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace scrutineer::gui {

void ReviewQueueModel::setEntries(const QList<ReviewEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const ReviewEntry* ReviewQueueModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int ReviewQueueModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key)
            return i;
    }
    return -1;
}

int ReviewQueueModel::openCount() const
{
    int open = 0;
    for (const ReviewEntry& e : m_entries)
        open += e.state == ReviewEntry::State::Open ? 1 : 0;
    return open;
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewQueueModel::kindText(const ReviewEntry& e)
{
    switch (e.kind) {
    case ReviewEntry::Kind::UnreadTable:
        if (e.regionKind == QLatin1String("resolution"))
            return tr("Resolution not read");
        if (e.regionKind == QLatin1String("minutes"))
            return tr("Minutes not read");
        return tr("Table not read");
    case ReviewEntry::Kind::Resolution:
        return tr("Resolution to check");
    case ReviewEntry::Kind::Attendance:
        return tr("Attendee not matched");
    case ReviewEntry::Kind::Rating:
        return tr("Ratings disagree");
    case ReviewEntry::Kind::LowConfidence:
        return e.actionId > 0 ? tr("Action read uncertainly") : tr("Measure read uncertainly");
    }
    return {};
}

QString ReviewQueueModel::whatText(const ReviewEntry& e)
{
    switch (e.kind) {
    case ReviewEntry::Kind::UnreadTable:
        return e.detail;
    case ReviewEntry::Kind::Resolution: {
        const QString how = e.detail.contains(QLatin1String("agreed-without-resolved"))
            ? tr("Recorded as agreed, with no RESOLVED")
            : e.detail.contains(QLatin1String("motion-without-resolved")) ? tr("A motion with no RESOLVED")
                                                                          : e.detail;
        return tr("%1: \u201c%2\u201d").arg(how, e.subject.left(120));
    }
    case ReviewEntry::Kind::Attendance:
        return tr("%1 is listed as attending but is not a member of the committee").arg(e.subject);
    case ReviewEntry::Kind::Rating:
        return tr("%1, %2: printed %3, the thresholds give %4")
            .arg(e.subject, e.period, e.printedRating, e.computedRating);
    case ReviewEntry::Kind::LowConfidence:
        return tr("%1 (%2% sure)").arg(e.subject.left(140)).arg(qRound(e.confidence * 100));
    }
    return {};
}

QString ReviewQueueModel::contextText(const ReviewEntry& e)
{
    QStringList parts;
    if (!e.body.isEmpty())
        parts.append(e.body);
    if (e.meetingDate.isValid())
        parts.append(QLocale().toString(e.meetingDate, QStringLiteral("d MMM yyyy")));
    if (parts.isEmpty() && !e.documentName.isEmpty())
        parts.append(e.documentName);
    QString context = parts.join(QStringLiteral(", "));
    if (e.pdfPage > 0)
        context += (context.isEmpty() ? QString() : QStringLiteral(" \u00b7 ")) + tr("page %1").arg(e.pdfPage);
    return context;
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    const ReviewEntry* e = entry(index.row());
    if (!e)
        return {};
    if (role == Qt::ToolTipRole && index.column() == KindColumn)
        return contextText(*e);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case KindColumn:
            return kindText(*e);
        case WhatColumn:
            return role == Qt::DisplayRole ? whatText(*e) + QLatin1Char('\n') + contextText(*e) : whatText(*e);
        case MeetingColumn: {
            const QString date
                = e->meetingDate.isValid() ? QLocale().toString(e->meetingDate, QLocale::ShortFormat) : QString();
            if (e->body.isEmpty())
                return date.isEmpty() ? e->documentName : date;
            return date.isEmpty() ? e->body : tr("%1, %2").arg(e->body, date);
        }
        case PageColumn:
            if (e->pdfPage <= 0)
                return QString();
            return e->lastPage > e->pdfPage ? tr("%1\u2013%2").arg(e->pdfPage).arg(e->lastPage)
                                            : QString::number(e->pdfPage);
        case StateColumn:
            return e->state == ReviewEntry::State::Accepted ? tr("Accepted")
                : e->state == ReviewEntry::State::Dismissed ? tr("Dismissed")
                                                            : tr("To review");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && e->state != ReviewEntry::State::Open)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Needs");
    case WhatColumn:
        return tr("What was seen");
    case MeetingColumn:
        return tr("Meeting");
    case PageColumn:
        return tr("Page");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace scrutineer::gui
