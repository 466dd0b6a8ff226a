#include "meetings/MeetingsModel.h"

#include <QFont>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace scrutineer::gui {
namespace {

// Bodies' rows carry internal id 0; a meeting row carries its body's index + 1.
constexpr quintptr kBodyId = 0;

bool upcoming(const MeetingStore::MeetingSummary& meeting, const QDate& today)
{
    return meeting.date.isValid() && meeting.date >= today;
}

} // namespace

MeetingsModel::MeetingsModel(QObject* parent) : QAbstractItemModel(parent)
{
}

void MeetingsModel::setMeetings(const QList<MeetingStore::MeetingSummary>& meetings, const QDate& today)
{
    beginResetModel();
    m_today = today;
    m_bodies.clear();
    QMap<QString, int> byKey; // the stored body, else case-insensitive body + authority -> index
    for (const MeetingStore::MeetingSummary& meeting : meetings) {
        // Two councils' "Cabinet"s that name no council are two bodies in the store: keep them apart.
        const QString key = meeting.bodyId > 0
            ? QStringLiteral("#%1").arg(meeting.bodyId)
            : meeting.body.toCaseFolded() + QChar(0x1f) + meeting.authority.toCaseFolded();
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            it = byKey.insert(key, int(m_bodies.size()));
            m_bodies.append(Body {meeting.body, meeting.authority, {}, 0, {}, 0, {}});
        }
        Body& body = m_bodies[it.value()];
        body.meetings.append(meeting);
        body.openActions += meeting.openActions;
        body.actions += meeting.actions;
        body.upcoming += upcoming(meeting, today) ? 1 : 0;
    }
    std::sort(m_bodies.begin(), m_bodies.end(), [](const Body& a, const Body& b) {
        // Unnamed bodies sink to the bottom; otherwise alphabetical, then by authority.
        if (a.name.isEmpty() != b.name.isEmpty())
            return b.name.isEmpty();
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.authority.compare(b.authority, Qt::CaseInsensitive) < 0;
    });
    for (Body& body : m_bodies) {
        std::stable_sort(body.meetings.begin(), body.meetings.end(),
                         [&today](const MeetingStore::MeetingSummary& a, const MeetingStore::MeetingSummary& b) {
                             const bool aUp = upcoming(a, today);
                             const bool bUp = upcoming(b, today);
                             if (aUp != bUp)
                                 return aUp;
                             if (a.date.isValid() != b.date.isValid())
                                 return a.date.isValid();
                             if (a.date != b.date)
                                 return aUp ? a.date < b.date : a.date > b.date;
                             return a.id < b.id;
                         });
    }
    m_meetingCount = int(meetings.size());
    QSet<QString> councils;
    for (const MeetingStore::MeetingSummary& meeting : meetings) {
        if (!meeting.authority.isEmpty())
            councils.insert(meeting.authority.toCaseFolded());
    }
    m_severalCouncils = councils.size() > 1;
    tellApartSameNames();
    endResetModel();
}

void MeetingsModel::tellApartSameNames()
{
    // Bodies the list would show under one name (no council printed) are told apart by where they
    // meet, the venue most of their meetings give.
    QHash<QString, int> shown;
    for (const Body& body : std::as_const(m_bodies))
        ++shown[bodyLabel(body).toCaseFolded()];
    for (Body& body : m_bodies) {
        if (shown.value(bodyLabel(body).toCaseFolded()) < 2)
            continue;
        QHash<QString, int> venues;
        for (const MeetingStore::MeetingSummary& meeting : std::as_const(body.meetings)) {
            if (!meeting.venue.trimmed().isEmpty())
                ++venues[meeting.venue.trimmed()];
        }
        for (auto it = venues.cbegin(); it != venues.cend(); ++it) {
            if (it.value() > venues.value(body.venue)
                || (it.value() == venues.value(body.venue) && it.key() < body.venue))
                body.venue = it.key();
        }
    }
}

QString MeetingsModel::bodyLabel(const Body& body) const
{
    const QString label = m_severalCouncils ? bodyWithAuthority(body.name, body.authority) : bodyText(body.name);
    return body.venue.isEmpty() ? label : tr("%1 (%2)", "committee, then where it meets").arg(label, body.venue);
}

QModelIndex MeetingsModel::indexForMeeting(qint64 meetingId) const
{
    for (int b = 0; b < m_bodies.size(); ++b) {
        const auto& meetings = m_bodies.at(b).meetings;
        for (int m = 0; m < meetings.size(); ++m) {
            if (meetings.at(m).id == meetingId)
                return createIndex(m, NameColumn, quintptr(b) + 1);
        }
    }
    return {};
}

const MeetingStore::MeetingSummary* MeetingsModel::meeting(qint64 meetingId) const
{
    for (const Body& body : m_bodies) {
        for (const MeetingStore::MeetingSummary& meeting : body.meetings) {
            if (meeting.id == meetingId)
                return &meeting;
        }
    }
    return nullptr;
}

qint64 MeetingsModel::suggestedMeeting() const
{
    const MeetingStore::MeetingSummary* next = nullptr;
    const MeetingStore::MeetingSummary* latest = nullptr;
    for (const Body& body : m_bodies) {
        for (const MeetingStore::MeetingSummary& meeting : body.meetings) {
            if (upcoming(meeting, m_today) && (!next || meeting.date < next->date))
                next = &meeting;
            if (!latest || (meeting.date.isValid() && (!latest->date.isValid() || meeting.date > latest->date)))
                latest = &meeting;
        }
    }
    return next ? next->id : latest ? latest->id : 0;
}

QString MeetingsModel::meetingDateText(const QDate& date)
{
    if (!date.isValid())
        return tr("Date not recognised");
    return QLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

QString MeetingsModel::bodyText(const QString& body)
{
    return body.isEmpty() ? tr("Body not recognised") : body;
}

QString MeetingsModel::bodyWithAuthority(const QString& body, const QString& authority)
{
    // "County Council — Kent County Council": a library holds several councils' "Cabinet"s.
    if (authority.isEmpty() || body.contains(authority, Qt::CaseInsensitive))
        return bodyText(body);
    return tr("%1 \u2014 %2", "committee, then its council").arg(bodyText(body), authority);
}

QModelIndex MeetingsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_bodies.size() ? createIndex(row, column, kBodyId) : QModelIndex();
    if (parent.column() != NameColumn || parent.internalId() != kBodyId || parent.row() >= m_bodies.size())
        return {};
    const Body& body = m_bodies.at(parent.row());
    return row < body.meetings.size() ? createIndex(row, column, quintptr(parent.row()) + 1) : QModelIndex();
}

QModelIndex MeetingsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kBodyId)
        return {};
    return createIndex(int(child.internalId() - 1), NameColumn, kBodyId);
}

int MeetingsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_bodies.size());
    if (parent.column() != NameColumn || parent.internalId() != kBodyId)
        return 0;
    return int(m_bodies.at(parent.row()).meetings.size());
}

int MeetingsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags MeetingsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant MeetingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kBodyId)
        return bodyData(m_bodies.at(index.row()), index.column(), role);
    const Body& body = m_bodies.at(int(index.internalId() - 1));
    return meetingData(body.meetings.at(index.row()), index.column(), role);
}

QVariant MeetingsModel::bodyData(const Body& body, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return bodyLabel(body);
        return body.openActions > 0 ? QVariant(body.openActions) : QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QString text = tr("%n meeting(s)", nullptr, int(body.meetings.size()));
        if (body.upcoming > 0)
            text += tr(", %n upcoming", nullptr, body.upcoming);
        if (body.actions.total() > 0)
            text += QStringLiteral(", ") + body.actions.describe();
        else if (body.openActions > 0)
            text += tr(", %n open action(s)", nullptr, body.openActions);
        // The name in full first: the list may have cut it.
        QString name = bodyText(body.name);
        if (!body.authority.isEmpty())
            name += QLatin1Char('\n') + body.authority;
        if (!body.venue.isEmpty())
            name += QLatin1Char('\n') + tr("Meets at %1").arg(body.venue);
        return role == Qt::ToolTipRole
            ? name + QLatin1Char('\n') + text
            : (body.authority.isEmpty() ? text : body.authority + QStringLiteral(" · ") + text);
    }
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        return column == OpenActionsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IsBodyRole:
        return true;
    case BodyRole:
        return body.name;
    case OpenActionsRole:
        return body.openActions;
    case MeetingIdRole:
        return qint64(0);
    case UpcomingRole:
        return body.upcoming > 0;
    default:
        return {};
    }
}

QVariant MeetingsModel::meetingData(const MeetingStore::MeetingSummary& meeting, int column, int role) const
{
    const bool isUpcoming = upcoming(meeting, m_today);
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return meetingDateText(meeting.date);
        return meeting.openActions > 0 ? QVariant(meeting.openActions) : QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList parts;
        if (isUpcoming)
            parts << tr("Upcoming");
        if (meeting.time.isValid())
            parts << meeting.time.toString(QStringLiteral("HH:mm"));
        if (!meeting.venue.isEmpty())
            parts << meeting.venue;
        parts << tr("%n agenda item(s)", nullptr, meeting.agendaItems);
        if (meeting.minutes > 0)
            parts << tr("%n minute(s)", nullptr, meeting.minutes);
        parts << (meeting.actions.total() > 0 ? meeting.actions.describe()
                                              : tr("%n open action(s)", nullptr, meeting.openActions));
        return parts.join(QStringLiteral(" · "));
    }
    case Qt::FontRole:
        if (isUpcoming) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == OpenActionsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case MeetingIdRole:
        return meeting.id;
    case IsBodyRole:
        return false;
    case DateRole:
        return meeting.date;
    case UpcomingRole:
        return isUpcoming;
    case OpenActionsRole:
        return meeting.openActions;
    case BodyRole:
        return meeting.body;
    default:
        return {};
    }
}

QVariant MeetingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return section == NameColumn ? tr("Meeting") : section == OpenActionsColumn ? tr("Open") : QVariant();
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
        return section == NameColumn       ? tr("Bodies and their meetings, upcoming first")
            : section == OpenActionsColumn ? tr("Open actions")
                                           : QVariant();
    return {};
}

} // namespace scrutineer::gui
