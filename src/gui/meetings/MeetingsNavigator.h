#pragma once

#include "MeetingStore.h"

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class MeetingsNavigator;
}

namespace scrutineer::gui {

class MeetingsModel;

// The meetings list: bodies, then their meetings (upcoming first) with open-action counts, and
// a filter over body names and dates. Selecting a meeting emits meetingSelected. GUI thread only.
class MeetingsNavigator final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingsNavigator)

public:
    explicit MeetingsNavigator(QWidget* parent = nullptr);
    ~MeetingsNavigator() override;

    // Replaces the list, keeping the selected meeting when it is still there.
    void setMeetings(const QList<MeetingStore::MeetingSummary>& meetings, const QDate& today);
    MeetingsModel* model() const { return m_model; }
    qint64 currentMeeting() const;
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

public slots:
    // Selects (and scrolls to) a meeting; false when it is not in the list or the user's filter
    // hides it (the filter is kept, and the list then has no selection).
    bool selectMeeting(qint64 meetingId);
    void focusList();

signals:
    void meetingSelected(qint64 meetingId);

private:
    void onCurrentChanged();

    std::unique_ptr<Ui::MeetingsNavigator> m_ui;
    MeetingsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    qint64 m_current = 0;
};

} // namespace scrutineer::gui
