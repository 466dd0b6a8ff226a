#include "main/PreferencesController.h"

#include "main/PreferencesDialog.h"
#include "main/Theme.h"

#include <QAction>
#include <QApplication>

namespace scrutineer::gui {

PreferencesController::PreferencesController(QWidget* window, QAction* ocrToggle)
    : QObject(window),
      m_window(window),
      m_action(new QAction(tr("Pre&ferences…"), window)),
      m_ocrToggle(ocrToggle),
      m_current(Preferences::load())
{
    m_action->setObjectName(QStringLiteral("actionPreferences"));
    m_action->setShortcuts(QKeySequence::Preferences);
    m_action->setMenuRole(QAction::PreferencesRole);
    m_action->setStatusTip(tr("Colours, text size, panels, the database opened at start-up and importing"));
    connect(m_action, &QAction::triggered, this, [this] { open(); });
    if (m_ocrToggle) {
        m_ocrToggle->setChecked(m_current.ocr);
        connect(m_ocrToggle, &QAction::toggled, this, [this](bool on) {
            Preferences next = m_current;
            next.ocr = on;
            setPreferences(next);
        });
    }
}

PreferencesDialog* PreferencesController::open()
{
    if (m_dialog) {
        m_dialog->raise();
        return m_dialog;
    }
    m_dialog = new PreferencesDialog(m_current, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_dialog)
            setPreferences(m_dialog->preferences());
    });
    m_dialog->open();
    return m_dialog;
}

void PreferencesController::setPreferences(const Preferences& preferences)
{
    const Preferences before = m_current;
    m_current = preferences;
    m_current.save();
    if (m_ocrToggle && m_ocrToggle->isChecked() != m_current.ocr)
        m_ocrToggle->setChecked(m_current.ocr); // comes back here with nothing changed
    if (before.palette != m_current.palette || before.textScale != m_current.textScale) {
        if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
            Theme::apply(*app, m_current);
    }
    if (!(before == m_current))
        emit changed(before, m_current);
}

} // namespace scrutineer::gui
