#pragma once

#include "MeetingStore.h"
#include "meetings/AgendaTreeModel.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AgendaPanel;
}

namespace scrutineer::gui {

// The selected meeting: a header (body, date, time, venue) over its agenda tree. Clicking or
// pressing Enter on a row asks for its page to be opened; moving through the rows reports the
// agenda item the reader is on (notes are anchored to it). GUI thread only.
class AgendaPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaPanel)

public:
    explicit AgendaPanel(QWidget* parent = nullptr);
    ~AgendaPanel() override;

    void showMeeting(const MeetingStore::MeetingSummary& meeting, const AgendaTreeModel::Input& contents);
    void clear();
    AgendaTreeModel* model() const { return m_model; }
    QString currentAgendaNumber() const;
    // Selects and shows the agenda item numbered so (without opening it); false when none is.
    bool selectAgendaItem(const QString& agendaNumber);
    QString headerText() const;
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

public slots:
    // Opens a row as a click would (tests, and keyboard activation).
    void openRow(const QModelIndex& index);
    void focusTree();

signals:
    void openRequested(qint64 documentId, int pdfPage, const QString& highlight);
    void agendaItemChanged(const QString& agendaNumber);

private:
    std::unique_ptr<Ui::AgendaPanel> m_ui;
    AgendaTreeModel* m_model = nullptr;
};

} // namespace scrutineer::gui
