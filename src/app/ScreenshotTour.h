#pragma once

#include <QDir>
#include <QList>
#include <QObject>

class QAction;

#include <functional>

namespace scrutineer::gui {
class MainWindow;
}

namespace scrutineer::app {

// --screenshots DIR: walks a new user's path through the app (welcome page, sample import and
// its summary, the reading room, an agenda item, a search, notes) and saves each screen as a PNG
// with QWidget::grab(), then quits. For documentation and for checking how the screens look.
// The window is 1440×900 unless SCRUTINEER_SCREENSHOT_SIZE says otherwise ("1280x800"); on a
// library that already has meetings, SCRUTINEER_SCREENSHOT_MEETING (a meeting id) picks the pack.
// GUI thread only.
class ScreenshotTour final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

public:
    ScreenshotTour(gui::MainWindow* window, const QString& directory, QObject* parent);

private:
    void grab(QWidget* widget, const QString& name);
    void after(int ms, const std::function<void()>& step);
    void importSample();
    void showAgendaItem();
    void search();
    void notes();
    void chairTools();
    void showWorkspace(const QList<QAction*>& workspaces, int i);

    gui::MainWindow* m_window;
    QDir m_directory;
};

} // namespace scrutineer::app
