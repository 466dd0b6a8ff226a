#pragma once

#include <QTabWidget>

class QUndoStack;

namespace scrutineer::gui {

class ActionTracker;
class CarryForwardView;
class PerformanceView;
class RecommendationsView;
class ReportsPanel;
class ResolutionRegister;

// The officers' and chairs' tools in one tab widget the main window can host (a central tab or a
// dock): the resolution register, the action tracker, recommendations, the performance view and
// reports. Each
// tool stays a self-contained widget with its own Database connection and undo history; this
// only creates them, points them at a database and funnels their "open this page" requests.
// CarryForwardView is separate so the agenda side can show a meeting's carried-forward actions.
// GUI thread only.
class ChairTools final : public QTabWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChairTools)

public:
    explicit ChairTools(QWidget* parent = nullptr);
    ~ChairTools() override;

    void setDatabasePath(const QString& path);
    // On demand, a tool reads the database only when it is first shown (the main window hosts
    // the tools out of sight until asked for); otherwise every tool loads at once.
    void setLoadOnDemand(bool onDemand) { m_onDemand = onDemand; }

    ResolutionRegister* resolutions() const { return m_resolutions; }
    ActionTracker* actions() const { return m_actions; }
    RecommendationsView* recommendations() const { return m_recommendations; }
    PerformanceView* performance() const { return m_performance; }
    ReportsPanel* reports() const { return m_reports; }

    // The tools' edit histories, and the one of a tool (nullptr for a tool without one).
    QList<QUndoStack*> undoStacks() const;
    QUndoStack* undoStackOf(QWidget* tool) const;
    // A host with its own Undo/Redo (e.g. an Edit menu) takes over the tools' Ctrl+Z shortcuts;
    // the tools' undo buttons keep working.
    void releaseUndoShortcuts();

    // A carried-forward list for the agenda side, sharing the tracker's edits and undo history.
    CarryForwardView* createCarryForwardView(QWidget* parent);

public slots:
    // The meeting (and agenda item) the reader has selected: new resolutions and the briefing
    // default to it.
    void setMeetingContext(qint64 meetingId, const QString& agendaNumber = {});
    // Re-reads everything (after an import).
    void reload();
    // Selects a row in its tool, now and again once the tool has loaded (tools load when shown).
    void selectAction(qint64 actionId);
    void selectResolution(const QString& key);
    void selectIndicator(const QString& key);

signals:
    void openRequested(qint64 documentId, int pdfPage, const QString& highlight);
    // Statuses, actions or resolutions changed: counts shown elsewhere are stale.
    void dataChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadShownTool();
    void applyPath(QWidget* tool);

    ResolutionRegister* m_resolutions = nullptr;
    ActionTracker* m_actions = nullptr;
    RecommendationsView* m_recommendations = nullptr;
    PerformanceView* m_performance = nullptr;
    ReportsPanel* m_reports = nullptr;
    QString m_databasePath;
    QList<QWidget*> m_stale; // tools not yet pointed at m_databasePath
    bool m_onDemand = false;
};

} // namespace scrutineer::gui
