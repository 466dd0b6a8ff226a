#pragma once

#include "main/Preferences.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace scrutineer::gui {

class PreferencesDialog;

// Holds the preferences in force: Edit → Preferences… opens the dialog, and OK saves what it says,
// applies the colours and text size to the whole application at once and tells the window what
// else changed. The File menu's "Read Scanned Pages" toggle reads and writes the same setting.
// GUI thread only.
class PreferencesController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesController)

public:
    // `ocrToggle` (checkable, may be null) is kept in step with Preferences::ocr.
    PreferencesController(QWidget* window, QAction* ocrToggle);

    const Preferences& preferences() const { return m_current; }
    QAction* action() const { return m_action; }
    // Opens the dialog (window-modal); returns it so tests can fill it in.
    PreferencesDialog* open();
    // Saves and applies `preferences`; emits changed() when anything differs.
    void setPreferences(const Preferences& preferences);

signals:
    void changed(const scrutineer::gui::Preferences& before, const scrutineer::gui::Preferences& after);

private:
    QWidget* m_window;
    QAction* m_action;
    QPointer<QAction> m_ocrToggle;
    QPointer<PreferencesDialog> m_dialog;
    Preferences m_current;
};

} // namespace scrutineer::gui
