#pragma once

#include "Action.h"
#include "MeetingStore.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AddActionDialog;
}

namespace scrutineer::gui {

// Asks for an action entered by hand: its meeting, ref, text, owner, due date and status.
// GUI thread only.
class AddActionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddActionDialog)

public:
    AddActionDialog(const QList<MeetingStore::MeetingSummary>& meetings, qint64 preferredMeeting, QWidget* parent = nullptr);
    ~AddActionDialog() override;

    Action action() const;
    qint64 meetingId() const;

    // For tests and scripted entry: fills the form as a user would.
    void fill(qint64 meetingId, const QString& text, const QString& owner, const QDate& due);

private:
    void updateOk();

    std::unique_ptr<Ui::AddActionDialog> m_ui;
};

} // namespace scrutineer::gui
