#pragma once

#include <QString>

class QWidget;

namespace scrutineer::gui {

// Asks the user where to save an export, starting in the folder used last time (QSettings).
// Tests answer the next question themselves with setNextAnswer() instead of a dialog.
// GUI thread only.
class SaveLocation final {
public:
    // The chosen path, or empty when the user cancelled.
    static QString ask(QWidget* parent, const QString& caption, const QString& suggestedName, const QString& filter);
    // The next ask() returns this without showing a dialog (empty = as if cancelled).
    static void setNextAnswer(const QString& path);
};

} // namespace scrutineer::gui
