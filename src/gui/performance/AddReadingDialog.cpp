#include "AddReadingDialog.h"

#include "performance/PerformanceData.h"
#include "ui_AddReadingDialog.h"

#include <QLocale>
#include <QPushButton>

namespace scrutineer::gui {

AddReadingDialog::AddReadingDialog(const QString& indicatorKey, const QString& indicatorName, const QString& unit,
                                   QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AddReadingDialog>()), m_key(indicatorKey)
{
    m_ui->setupUi(this);
    m_ui->indicatorLabel->setText(tr("A reading of <b>%1</b>, entered by hand. It is kept when packs are imported again.")
                                      .arg(indicatorName.toHtmlEscaped()));
    if (!unit.isEmpty())
        m_ui->valueSpinBox->setSuffix(unit == QStringLiteral("%") ? unit : QLatin1Char(' ') + unit);
    connect(m_ui->periodLineEdit, &QLineEdit::textChanged, this, &AddReadingDialog::updateOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add reading"));
    updateOk();
}

AddReadingDialog::~AddReadingDialog() = default;

void AddReadingDialog::updateOk()
{
    const QString period = m_ui->periodLineEdit->text().trimmed();
    const QDate date = PerformanceData::periodDate(period);
    if (period.isEmpty())
        m_ui->periodHintLabel->setText(tr("A month (Apr 2030), a quarter (Q1 2030/31), a year or a date."));
    else if (date.isValid())
        m_ui->periodHintLabel->setText(tr("Charted at %1.").arg(QLocale().toString(date, QStringLiteral("MMMM yyyy"))));
    else
        m_ui->periodHintLabel->setText(tr("Not a period the chart can place in time; readings keep the order entered."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!period.isEmpty());
}

ManualReading AddReadingDialog::reading() const
{
    return {m_key, m_ui->periodLineEdit->text().trimmed(), m_ui->valueSpinBox->value(), {}};
}

void AddReadingDialog::fill(const QString& period, double value)
{
    m_ui->periodLineEdit->setText(period);
    m_ui->valueSpinBox->setValue(value);
}

} // namespace scrutineer::gui
