#pragma once

#include "RecommendationStore.h"
#include "common/ViewSettings.h"
#include "recommendations/RecommendationProxyModel.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QTableView;
class QUndoStack;

namespace Ui {
class RecommendationsView;
}

namespace scrutineer::gui {

class BodyFilter;
class LatestLoad;
class RecommendationEditor;
class RecommendationTableModel;

// The chair's recommendations workspace: every recommendation of every scrutiny body with the
// executive's response and the latest progress, filtered by body, response, "awaiting a response
// over two months" and "accepted, no update since"; the selected one's history in a side pane with
// links to the pages it was printed on; responses and updates recorded by hand (undoable, kept
// apart from extracted data); CSV export. Filters and columns are remembered between runs.
// Loads off the GUI thread; small writes on its own GUI-thread connection. GUI thread only.
class RecommendationsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecommendationsView)

public:
    explicit RecommendationsView(QWidget* parent = nullptr);
    ~RecommendationsView() override;

    void setDatabasePath(const QString& path);
    QString databasePath() const { return m_databasePath; }

    RecommendationTableModel* model() const { return m_model; }
    RecommendationProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const;
    QUndoStack* undoStack() const { return m_undoStack; }
    // "Today" for how long a response has been awaited (tests fix it).
    void setToday(const QDate& today);

    RecommendationViewFilter filter() const;
    // Sets the filter controls (and so the filter).
    void setFilter(const RecommendationViewFilter& filter);

    QString selectedKey() const;
    void selectKey(const QString& key);

    // Each is one undo step.
    void recordResponse(const QString& key, const ResponseEntry& response);
    void recordUpdate(const QString& key, const UpdateEntry& update);
    // Removes an entry recorded by hand (the selected recommendation's response or update N).
    void removeRecordedResponse(const QString& key, int index);
    void removeRecordedUpdate(const QString& key, int index);
    bool exportCsv(const QString& path, QString* error = nullptr) const;

    // The Response filter's entry for a response without a decision (the others hold a decision).
    static constexpr int kNotStated = 100;

public slots:
    void reload();
    void openSelected();
    void askResponse();
    void askUpdate();

signals:
    void openRequested(qint64 documentId, int pdfPage, const QString& highlight);
    void loaded(int recommendationCount);
    // A response or update was recorded or taken back.
    void recommendationsChanged();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void setUpControls();
    void applyLoaded(const QList<RecommendationRecord>& records);
    void refresh(const QString& key);
    void filterChanged();
    void selectionChanged();
    void updateCount();
    void activateLink(const QUrl& url);
    void exportChosen();
    const RecommendationRecord* selectedRecord() const;

    std::unique_ptr<Ui::RecommendationsView> m_ui;
    std::unique_ptr<Database> m_database;
    RecommendationEditor* m_editor = nullptr;
    QUndoStack* m_undoStack = nullptr;
    RecommendationTableModel* m_model = nullptr;
    RecommendationProxyModel* m_proxy = nullptr;
    BodyFilter* m_bodyFilter = nullptr;
    LatestLoad* m_load = nullptr;
    QString m_databasePath;
    ViewSettings m_settings {QStringLiteral("recommendations")};
    bool m_restoring = false;
    bool m_loaded = false; // a load has finished (an empty list means none, not not yet)
};

} // namespace scrutineer::gui
