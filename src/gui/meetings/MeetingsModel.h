#pragma once

#include "MeetingStore.h"

#include <QAbstractItemModel>
#include <QDate>

namespace scrutineer::gui {

// The meetings navigator's tree: bodies (committees, panels) at the top — with their council when
// the library holds more than one and the papers name it — their meetings below,
// upcoming meetings first (soonest on top), then past ones (latest on top), each with its count
// of open actions. Fed from MeetingStore::meetings() in one query. GUI thread only.
class MeetingsModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingsModel)

public:
    enum Column { NameColumn, OpenActionsColumn, ColumnCount };
    enum Role { MeetingIdRole = Qt::UserRole + 1, IsBodyRole, DateRole, UpcomingRole, OpenActionsRole, BodyRole };

    explicit MeetingsModel(QObject* parent = nullptr);

    // Replaces everything; `today` decides what counts as upcoming.
    void setMeetings(const QList<MeetingStore::MeetingSummary>& meetings, const QDate& today);
    int meetingCount() const { return m_meetingCount; }
    QModelIndex indexForMeeting(qint64 meetingId) const;
    const MeetingStore::MeetingSummary* meeting(qint64 meetingId) const;
    // The meeting a council officer would open first: the next upcoming one, else the latest.
    qint64 suggestedMeeting() const;

    // How a meeting is named in lists and titles ("Tue 4 Mar 2030").
    static QString meetingDateText(const QDate& date);
    static QString bodyText(const QString& body);
    // The body with its council when the papers name one and the body's name does not.
    static QString bodyWithAuthority(const QString& body, const QString& authority);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Body {
        QString name;
        QString authority;
        QList<MeetingStore::MeetingSummary> meetings;
        int openActions = 0;
        OpenActionCount actions;
        int upcoming = 0;
        QString venue; // set only to tell apart bodies shown under the same name
    };

    QVariant bodyData(const Body& body, int column, int role) const;
    QString bodyLabel(const Body& body) const;
    void tellApartSameNames();
    QVariant meetingData(const MeetingStore::MeetingSummary& meeting, int column, int role) const;

    QList<Body> m_bodies;
    QDate m_today;
    int m_meetingCount = 0;
    bool m_severalCouncils = false; // bodies are named with their council only when it tells them apart
};

} // namespace scrutineer::gui
