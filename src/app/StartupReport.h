#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace scrutineer::gui {
class MainWindow;
}

namespace scrutineer::app {

// --startup-report: prints when the window was interactive (its event loop running), when the
// meetings were listed and when the first page was drawn, then quits. GUI thread only.
class StartupReport final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupReport)

public:
    StartupReport(gui::MainWindow* window, const QElapsedTimer& clock, QObject* parent);

private:
    void finish();

    gui::MainWindow* m_window;
    QElapsedTimer m_clock;
    qint64 m_interactive = -1;
    qint64 m_meetings = -1;
    qint64 m_firstPage = -1;
};

} // namespace scrutineer::app
