#pragma once

#include "performance/ReadingCommands.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AddReadingDialog;
}

namespace scrutineer::gui {

// Asks for a reading entered by hand for one indicator: the period it covers and its value.
// GUI thread only.
class AddReadingDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddReadingDialog)

public:
    AddReadingDialog(const QString& indicatorKey, const QString& indicatorName, const QString& unit,
                     QWidget* parent = nullptr);
    ~AddReadingDialog() override;

    ManualReading reading() const;
    // For tests and scripted entry: fills the form as a user would.
    void fill(const QString& period, double value);

private:
    void updateOk();

    std::unique_ptr<Ui::AddReadingDialog> m_ui;
    QString m_key;
};

} // namespace scrutineer::gui
