#include "RecommendationEntryDialog.h"

#include "recommendations/RecommendationLabels.h"
#include "ui_RecommendationEntryDialog.h"

#include <QLocale>
#include <QPushButton>

namespace scrutineer::gui {

RecommendationEntryDialog::RecommendationEntryDialog(Kind kind, const RecommendationRecord& record, const QDate& today,
                                                     QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RecommendationEntryDialog>()), m_kind(kind)
{
    m_ui->setupUi(this);
    const bool response = kind == Kind::Response;
    setWindowTitle(response ? tr("Record the executive's response") : tr("Record a progress update"));
    const Recommendation& rec = record.recommendation;
    m_ui->recommendationLabel->setText(tr("<b>Recommendation %1</b> of %2, %3:<br/>%4")
                                           .arg(reclabels::number(rec).toHtmlEscaped(),
                                                reclabels::madeBy(record).toHtmlEscaped(),
                                                reclabels::shortDate(record.meetingDate), rec.text.toHtmlEscaped()));
    for (const ResponseDecision d : {ResponseDecision::Accepted, ResponseDecision::Partly, ResponseDecision::Rejected,
                                     ResponseDecision::Noted, ResponseDecision::Pending})
        m_ui->decisionComboBox->addItem(reclabels::decision(d), int(d));
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    m_ui->dateEdit->setDisplayFormat(format);
    m_ui->dateEdit->setDate(today);
    m_ui->dueDateEdit->setDisplayFormat(format);
    m_ui->dueDateEdit->setDate(today.addMonths(6));
    m_ui->textLabel->setText(response ? tr("&Response:") : tr("&Progress:"));
    // A correction of the response on record starts from it.
    if (const auto current = record.response(); current && current->decision != ResponseDecision::Pending) {
        m_ui->decisionComboBox->setCurrentIndex(std::max(0, m_ui->decisionComboBox->findData(int(current->decision))));
        m_ui->leadLineEdit->setText(current->lead);
    }
    for (QWidget* field : {static_cast<QWidget*>(m_ui->decisionComboBox), static_cast<QWidget*>(m_ui->leadLineEdit),
                           static_cast<QWidget*>(m_ui->dueDateEdit)})
        m_ui->formLayout->setRowVisible(field, response);
    connect(m_ui->dueCheckBox, &QCheckBox::toggled, m_ui->dueDateEdit, &QWidget::setEnabled);
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, &RecommendationEntryDialog::updateOk);
    connect(m_ui->decisionComboBox, &QComboBox::currentIndexChanged, this, &RecommendationEntryDialog::updateOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(response ? tr("Record response") : tr("Record update"));
    updateOk();
}

RecommendationEntryDialog::~RecommendationEntryDialog() = default;

void RecommendationEntryDialog::updateOk()
{
    // A decision says something on its own; an update without words says nothing.
    const bool text = !m_ui->textEdit->toPlainText().trimmed().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_kind == Kind::Response || text);
}

ResponseEntry RecommendationEntryDialog::response() const
{
    ResponseEntry e;
    e.decision = ResponseDecision(m_ui->decisionComboBox->currentData().toInt());
    e.text = m_ui->textEdit->toPlainText().trimmed();
    e.date = m_ui->dateEdit->date();
    e.lead = m_ui->leadLineEdit->text().trimmed();
    if (m_ui->dueCheckBox->isChecked())
        e.due = m_ui->dueDateEdit->date().toString(Qt::ISODate);
    e.manual = true;
    return e;
}

UpdateEntry RecommendationEntryDialog::update() const
{
    UpdateEntry e;
    e.text = m_ui->textEdit->toPlainText().trimmed();
    e.date = m_ui->dateEdit->date();
    e.manual = true;
    return e;
}

void RecommendationEntryDialog::fill(ResponseDecision decision, const QString& text, const QDate& date,
                                     const QString& lead, const QDate& due)
{
    m_ui->decisionComboBox->setCurrentIndex(std::max(0, m_ui->decisionComboBox->findData(int(decision))));
    m_ui->textEdit->setPlainText(text);
    if (date.isValid())
        m_ui->dateEdit->setDate(date);
    m_ui->leadLineEdit->setText(lead);
    m_ui->dueCheckBox->setChecked(due.isValid());
    if (due.isValid())
        m_ui->dueDateEdit->setDate(due);
}

} // namespace scrutineer::gui
