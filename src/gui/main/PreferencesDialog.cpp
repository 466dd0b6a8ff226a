#include "main/PreferencesDialog.h"

#include "Database.h"
#include "main/DatabaseDialogs.h"
#include "ui_PreferencesDialog.h"

#include <QDir>

namespace scrutineer::gui {

PreferencesDialog::PreferencesDialog(const Preferences& current, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->paletteCombo->setCurrentIndex(int(current.palette));
    m_ui->textScaleSpin->setRange(Preferences::kMinTextScale, Preferences::kMaxTextScale);
    m_ui->textScaleSpin->setValue(current.textScale);
    m_ui->panelLayoutCombo->setCurrentIndex(int(current.panelLayout));
    m_ui->readingModeCheck->setChecked(current.startInReadingMode);
    m_ui->defaultDatabaseEdit->setText(current.defaultDatabase);
    m_ui->defaultDatabaseEdit->setPlaceholderText(
        tr("Your own library (%1)").arg(QDir::toNativeSeparators(Database::defaultPath())));
    m_ui->defaultDatabaseEdit->setToolTip(
        tr("A database file or a team database address. Leave empty for your own library. "
           "Opening scrutineer with --db chooses another for that run."));
    m_ui->ocrCheck->setChecked(current.ocr);
    m_ui->workerCheck->setChecked(current.importInWorker);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString start
            = m_ui->defaultDatabaseEdit->text().isEmpty() ? Database::defaultPath() : m_ui->defaultDatabaseEdit->text();
        DatabaseDialogs::chooseExisting(this, start,
                                        [this](const QString& path) { m_ui->defaultDatabaseEdit->setText(path); });
    });
}

PreferencesDialog::~PreferencesDialog() = default;

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.palette = Preferences::Palette(m_ui->paletteCombo->currentIndex());
    p.textScale = m_ui->textScaleSpin->value();
    p.panelLayout = Preferences::PanelLayout(m_ui->panelLayoutCombo->currentIndex());
    p.startInReadingMode = m_ui->readingModeCheck->isChecked();
    p.defaultDatabase = m_ui->defaultDatabaseEdit->text().trimmed();
    p.ocr = m_ui->ocrCheck->isChecked();
    p.importInWorker = m_ui->workerCheck->isChecked();
    return p;
}

} // namespace scrutineer::gui
