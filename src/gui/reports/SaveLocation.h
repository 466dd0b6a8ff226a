#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace scrutineer::gui {

// Asks the user where to save an export (a window-modal file dialog, no nested event loop),
// starting in the folder used last time (QSettings), and calls `chosen` with the path when the
// user picks one. Tests answer the next question themselves with setNextAnswer().
// Also shows warnings the same way. GUI thread only.
class SaveLocation final {
public:
    static void ask(QWidget* parent, const QString& caption, const QString& suggestedName, const QString& filter,
                    std::function<void(const QString& path)> chosen);
    // The next ask() calls back at once with this path instead of showing a dialog (empty = as
    // if cancelled: no call).
    static void setNextAnswer(const QString& path);
    // A window-modal warning box that deletes itself.
    static void warn(QWidget* parent, const QString& title, const QString& text);
};

} // namespace scrutineer::gui
