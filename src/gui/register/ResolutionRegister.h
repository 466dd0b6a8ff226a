#pragma once

#include "MeetingStore.h"
#include "ResolutionStore.h"
#include "common/ViewSettings.h"
#include "register/ResolutionFilter.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QTableView;
class QUndoStack;

namespace Ui {
class ResolutionRegister;
}

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

class BodyFilter;
class LatestLoad;
class ResolutionEditor;
class ResolutionProxyModel;
class ResolutionRegisterModel;
struct ResolutionSnapshot;

// The democratic services officer's resolution register: every resolution of every body by date,
// filterable and searchable; record new ones against an agenda item (numbered clauses, next minute
// number suggested), edit them, check or correct extracted ones (user data, kept through
// re-imports), record recorded votes; every edit undoable. Filters, sort order and columns are
// remembered. Loads off the GUI thread; small writes on its own connection. GUI thread only.
class ResolutionRegister final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolutionRegister)

public:
    explicit ResolutionRegister(QWidget* parent = nullptr);
    ~ResolutionRegister() override;

    void setDatabasePath(const QString& path);
    QString databasePath() const { return m_databasePath; }

    ResolutionRegisterModel* model() const { return m_model; }
    ResolutionProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const;
    QUndoStack* undoStack() const { return m_undoStack; }

    ResolutionFilter filter() const;
    void setFilter(const ResolutionFilter& filter);

    QString selectedKey() const;
    void selectKey(const QString& key);

    // Each of these is one undo step. createResolution returns the new key (empty on failure).
    QString createResolution(const ResolutionStore::Manual& manual);
    void editResolution(const QString& key, const Resolution& resolution);
    void setChecked(const QString& key, bool checked);
    void revertToPrinted(const QString& key);
    void recordVote(const QString& key, const std::optional<RecordedVote>& votes);
    void deleteResolution(const QString& key);

    bool exportCsv(const QString& path, QString* error = nullptr) const;

public slots:
    void reload();
    // The meeting and agenda item the reader is looking at: new resolutions default to them.
    void setMeetingContext(qint64 meetingId, const QString& agendaNumber = {});
    void newResolution();
    void editSelected();
    void recordVoteForSelected();
    void openSelected();

signals:
    void openRequested(qint64 documentId, int pdfPage, const QString& highlight);
    void loaded(int resolutionCount);
    void resolutionsChanged();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void setUpControls();
    void applyLoaded(const QList<ResolutionStore::Record>& records, const QList<MeetingStore::MeetingSummary>& meetings);
    void changed(const QString& key);
    void removed(const QString& key);
    void filterChanged();
    void selectionChanged();
    void updateCount();
    void exportChosen();
    void saveSettings() const;
    void restoreSettings();
    std::optional<ResolutionStore::Record> selectedRecord() const;
    void push(const QString& key, const std::function<void(ResolutionSnapshot&)>& change, const QString& text);

    std::unique_ptr<Ui::ResolutionRegister> m_ui;
    std::unique_ptr<Database> m_database;
    ResolutionEditor* m_editor = nullptr;
    QUndoStack* m_undoStack = nullptr;
    ResolutionRegisterModel* m_model = nullptr;
    ResolutionProxyModel* m_proxy = nullptr;
    QString m_databasePath;
    QList<MeetingStore::MeetingSummary> m_meetings;
    qint64 m_contextMeeting = 0;
    QString m_contextItem;
    BodyFilter* m_bodyFilter = nullptr;
    LatestLoad* m_load = nullptr;
    ViewSettings m_settings{QStringLiteral("register")};
    bool m_restoring = false;
};

} // namespace scrutineer::gui
