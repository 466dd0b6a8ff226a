#pragma once

#include "main/Preferences.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace scrutineer::gui {

// Edit → Preferences…: colours, text size, where the panels go, the database opened at start-up
// and the import settings. Shows a Preferences and says what its fields hold; it applies and
// saves nothing itself (PreferencesController does, on OK). GUI thread.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(const Preferences& current, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    Preferences preferences() const;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace scrutineer::gui
