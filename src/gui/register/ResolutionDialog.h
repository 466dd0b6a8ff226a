#pragma once

#include "MeetingStore.h"
#include "ResolutionStore.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ResolutionDialog;
}

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

// Writes or corrects one resolution: the meeting and agenda item it was passed under, the minute
// number (the next one suggested), the minute title, and the text with its numbered clauses,
// starting from a "RESOLVED: That" template, with a live preview of the clause structure.
// Corrections of extracted resolutions edit the text only. GUI thread only.
class ResolutionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolutionDialog)

public:
    ResolutionDialog(Database& database, const QList<MeetingStore::MeetingSummary>& meetings, QWidget* parent = nullptr);
    ~ResolutionDialog() override;

    // A new resolution for this meeting (0 = the first listed) and agenda item.
    void startNew(qint64 meetingId, const QString& agendaNumber = {});
    void editManual(const ResolutionStore::Manual& manual);
    void correct(const ResolutionStore::Record& record);

    // The text as typed (tests type through this, like a user).
    void setText(const QString& text);
    QString text() const;

    // What was entered: the manual row (id and check kept), or the corrected resolution.
    ResolutionStore::Manual manual() const;
    Resolution resolution() const;

private:
    void fillItems();
    void itemChosen();
    void suggestNumber();
    void addClause();
    void updatePreview();

    std::unique_ptr<Ui::ResolutionDialog> m_ui;
    Database& m_database;
    ResolutionStore::Manual m_manual;
    Resolution m_original; // votes and condition carried through an edit
    QList<MeetingStore::AgendaEntry> m_agenda;
    bool m_correcting = false;
    bool m_titleTouched = false;
};

} // namespace scrutineer::gui
